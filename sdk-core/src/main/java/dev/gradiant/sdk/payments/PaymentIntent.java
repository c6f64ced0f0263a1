package dev.gradiant.sdk.payments;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.gradiant.sdk.bookings.PaymentStatus;
import dev.gradiant.sdk.core.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment for one booking. Its {@link #amount()} is {@link Money} in major units ({@code 75.00}
 * USD), converted exactly from the minor units the API sends ({@code "amount": 7500, "currency":
 * "USD"}) by the currency's ISO 4217 exponent. Its {@link #status()} is a {@link PaymentStatus},
 * the same values as a booking's {@code paymentStatus} and a {@code payment.*} webhook's status;
 * its {@link #id()} is the id those webhooks carry. Nothing in it is personal data.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null: the fields the contract requires
 * ({@code id}, {@code bookingId}, {@code amount}, {@code status}) are returned as they are, the
 * others as an {@link Optional}, and the list is empty when absent.
 */
@JsonDeserialize(builder = PaymentIntent.Builder.class)
@JsonPropertyOrder({
  "id",
  "bookingId",
  "userId",
  "amount",
  "currency",
  "status",
  "paymentMethodTypes",
  "createdAt",
  "updatedAt"
})
public final class PaymentIntent {
  @JsonProperty private final String id;
  @JsonProperty private final String bookingId;
  @JsonProperty private final String userId;
  private final Money amount;
  @JsonProperty private final PaymentStatus status;
  @JsonProperty private final List<PaymentMethodType> paymentMethodTypes;
  @JsonProperty private final Instant createdAt;
  @JsonProperty private final Instant updatedAt;

  private PaymentIntent(Builder builder, Money amount) {
    this.id = builder.id;
    this.bookingId = builder.bookingId;
    this.userId = builder.userId;
    this.amount = amount;
    this.status = builder.status;
    this.paymentMethodTypes = builder.paymentMethodTypes;
    this.createdAt = builder.createdAt;
    this.updatedAt = builder.updatedAt;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this intent} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.bookingId = bookingId;
    builder.userId = userId;
    builder.amount = amount;
    builder.status = status;
    builder.paymentMethodTypes = paymentMethodTypes;
    builder.createdAt = createdAt;
    builder.updatedAt = updatedAt;
    return builder;
  }

  /** {@return the intent's id ({@code pi_123}), also the id of its {@code payment.*} webhooks} */
  public String id() {
    return id;
  }

  /** {@return the booking paid for} */
  public String bookingId() {
    return bookingId;
  }

  /** {@return the user who pays} */
  public Optional<String> userId() {
    return Optional.ofNullable(userId);
  }

  /**
   * {@return what is paid, in major units with the currency's number of decimals ({@code 75.00}
   * USD, {@code 7500} JPY, {@code 7.500} BHD)}
   */
  public Money amount() {
    return amount;
  }

  /** {@return whether the payment went through} */
  public PaymentStatus status() {
    return status;
  }

  /** {@return how the user may pay; empty when the answer lists none} */
  public List<PaymentMethodType> paymentMethodTypes() {
    return paymentMethodTypes;
  }

  /** {@return when the intent was created} */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** {@return when it last changed} */
  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  /** The amount as the API writes it: minor units of {@link #wireCurrency()}. */
  @JsonProperty("amount")
  private BigDecimal wireMinorUnits() {
    return amount
        .amount()
        .movePointRight(MinorUnits.exponent("currency", amount.currency()))
        .stripTrailingZeros()
        .setScale(0);
  }

  @JsonProperty("currency")
  private String wireCurrency() {
    return amount.currency();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PaymentIntent that
        && id.equals(that.id)
        && bookingId.equals(that.bookingId)
        && Objects.equals(userId, that.userId)
        && amount.equals(that.amount)
        && status.equals(that.status)
        && paymentMethodTypes.equals(that.paymentMethodTypes)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(updatedAt, that.updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, bookingId, userId, amount, status, paymentMethodTypes, createdAt, updatedAt);
  }

  /** Shows every field: a payment intent holds ids, an amount and statuses, no personal data. */
  @Override
  public String toString() {
    return "PaymentIntent[id="
        + id
        + ", bookingId="
        + bookingId
        + ", userId="
        + userId
        + ", amount="
        + amount
        + ", status="
        + status
        + ", paymentMethodTypes="
        + paymentMethodTypes
        + ", createdAt="
        + createdAt
        + ", updatedAt="
        + updatedAt
        + "]";
  }

  /**
   * Collects the fields of a {@link PaymentIntent}. Each method rejects null; leave a field unset
   * to have it absent. The SDK reads answers with it, skipping JSON nulls, and converts the wire's
   * minor-unit {@code amount} and {@code currency} into {@link Money}.
   */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String bookingId;
    private String userId;
    private Money amount;
    private PaymentStatus status;
    private List<PaymentMethodType> paymentMethodTypes = List.of();
    private Instant createdAt;
    private Instant updatedAt;
    // The wire form of the amount, read from an answer and converted in build().
    private BigDecimal wireMinorUnits;
    private String wireCurrency;

    private Builder() {}

    /**
     * @param id the intent's id (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /**
     * @param bookingId the booking paid for (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder bookingId(String bookingId) {
      this.bookingId = Objects.requireNonNull(bookingId, "bookingId must not be null");
      return this;
    }

    /**
     * @param userId the user who pays
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder userId(String userId) {
      this.userId = Objects.requireNonNull(userId, "userId must not be null");
      return this;
    }

    /**
     * @param amount what is paid, in major units (required)
     * @return this builder
     */
    @JsonIgnore
    public Builder amount(Money amount) {
      this.amount = Objects.requireNonNull(amount, "amount must not be null");
      return this;
    }

    @JsonProperty("amount")
    @JsonSetter(nulls = Nulls.SKIP)
    private Builder wireMinorUnits(BigDecimal minorUnits) {
      this.wireMinorUnits = minorUnits;
      return this;
    }

    @JsonProperty("currency")
    @JsonSetter(nulls = Nulls.SKIP)
    private Builder wireCurrency(String currency) {
      this.wireCurrency = currency;
      return this;
    }

    /**
     * @param status whether the payment went through (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder status(PaymentStatus status) {
      this.status = Objects.requireNonNull(status, "status must not be null");
      return this;
    }

    /**
     * @param paymentMethodTypes how the user may pay
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder paymentMethodTypes(List<PaymentMethodType> paymentMethodTypes) {
      Objects.requireNonNull(paymentMethodTypes, "paymentMethodTypes must not be null");
      this.paymentMethodTypes = List.copyOf(paymentMethodTypes);
      return this;
    }

    /**
     * @param createdAt when the intent was created
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder createdAt(Instant createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt must not be null");
      return this;
    }

    /**
     * @param updatedAt when it last changed
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder updatedAt(Instant updatedAt) {
      this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt must not be null");
      return this;
    }

    /**
     * @return the payment intent
     * @throws IllegalStateException if {@code id}, {@code bookingId}, {@code amount} or {@code
     *     status} is unset (when read from an answer: if the answer has an {@code amount} without a
     *     {@code currency})
     * @throws IllegalArgumentException if an answer's {@code amount} is not a whole number of minor
     *     units, or its currency is unknown or has no minor unit
     */
    public PaymentIntent build() {
      if (id == null) {
        throw new IllegalStateException("PaymentIntent.id is required");
      }
      if (bookingId == null) {
        throw new IllegalStateException("PaymentIntent.bookingId is required");
      }
      Money money = amount != null ? amount : fromWire();
      if (money == null) {
        throw new IllegalStateException("PaymentIntent.amount is required");
      }
      if (status == null) {
        throw new IllegalStateException("PaymentIntent.status is required");
      }
      return new PaymentIntent(this, money);
    }

    private Money fromWire() {
      if (wireMinorUnits == null) {
        return null;
      }
      if (wireCurrency == null) {
        throw new IllegalStateException("PaymentIntent.currency is required");
      }
      long minor;
      try {
        minor = wireMinorUnits.longValueExact();
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException(
            "amount must be a whole number of minor units that fits a long");
      }
      return MinorUnits.toMoney(minor, wireCurrency);
    }
  }
}
