package dev.gradiant.sdk.payments;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.gradiant.sdk.core.Money;
import dev.gradiant.sdk.internal.validation.Fields;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /payments/intents}. Build with {@link #builder()}; {@code bookingId} and
 * {@code amount} are required. The amount is {@link Money} in major units ({@code 75.00} USD); it
 * is sent as the API wants it, in the currency's minor units ({@code "amount": 7500, "currency":
 * "USD"}), and {@link Builder#build()} refuses an amount that cannot be sent exactly.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null: required fields are returned as
 * they are, the list is empty when unset (the server then offers {@code card}).
 */
@JsonPropertyOrder({"bookingId", "amount", "currency", "paymentMethodTypes"})
public final class PaymentIntentCreateParams {
  @JsonProperty private final String bookingId;
  private final Money amount;

  @JsonProperty("amount")
  private final long minorUnits;

  @JsonProperty private final String currency;
  @JsonProperty private final List<PaymentMethodType> paymentMethodTypes;

  private PaymentIntentCreateParams(Builder builder) {
    this.bookingId = Objects.requireNonNull(builder.bookingId, "bookingId must not be null");
    Fields.notBlank("bookingId", bookingId);
    this.amount = Objects.requireNonNull(builder.amount, "amount must not be null");
    this.minorUnits = MinorUnits.of("amount", amount);
    this.currency = amount.currency();
    this.paymentMethodTypes = builder.paymentMethodTypes;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of these params} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.bookingId = bookingId;
    builder.amount = amount;
    builder.paymentMethodTypes = paymentMethodTypes;
    return builder;
  }

  /** {@return the booking to pay for} */
  public String bookingId() {
    return bookingId;
  }

  /** {@return what to pay, in major units: the booking's price} */
  public Money amount() {
    return amount;
  }

  /** {@return how the user may pay; empty when unset (the server offers {@code card})} */
  public List<PaymentMethodType> paymentMethodTypes() {
    return paymentMethodTypes == null ? List.of() : paymentMethodTypes;
  }

  /** {@return the amount as sent: in the currency's minor units ({@code 7500} for 75.00 USD)} */
  public long amountInMinorUnits() {
    return minorUnits;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PaymentIntentCreateParams that
        && bookingId.equals(that.bookingId)
        && amount.equals(that.amount)
        && Objects.equals(paymentMethodTypes, that.paymentMethodTypes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bookingId, amount, paymentMethodTypes);
  }

  @Override
  public String toString() {
    return "PaymentIntentCreateParams[bookingId="
        + bookingId
        + ", amount="
        + amount
        + ", paymentMethodTypes="
        + paymentMethodTypes()
        + "]";
  }

  /** Collects the fields of a {@link PaymentIntentCreateParams}. Each method rejects null. */
  public static final class Builder {
    private String bookingId;
    private Money amount;
    private List<PaymentMethodType> paymentMethodTypes;

    private Builder() {}

    /**
     * @param bookingId the booking to pay for (required)
     * @return this builder
     */
    public Builder bookingId(String bookingId) {
      this.bookingId = Objects.requireNonNull(bookingId, "bookingId must not be null");
      return this;
    }

    /**
     * @param amount what to pay in major units, e.g. {@code new Money(new BigDecimal("75.00"),
     *     "USD")}: the booking's price (required)
     * @return this builder
     */
    public Builder amount(Money amount) {
      this.amount = Objects.requireNonNull(amount, "amount must not be null");
      return this;
    }

    /**
     * @param paymentMethodTypes how the user may pay: at least one, no repeats
     * @return this builder
     * @throws IllegalArgumentException if the list is empty or repeats a type
     */
    public Builder paymentMethodTypes(List<PaymentMethodType> paymentMethodTypes) {
      Objects.requireNonNull(paymentMethodTypes, "paymentMethodTypes must not be null");
      List<PaymentMethodType> copy = List.copyOf(paymentMethodTypes);
      if (copy.isEmpty()) {
        throw new IllegalArgumentException(
            "paymentMethodTypes must not be empty (leave it unset for the server's default)");
      }
      if (new HashSet<>(copy).size() != copy.size()) {
        throw new IllegalArgumentException("paymentMethodTypes must not repeat a type");
      }
      this.paymentMethodTypes = copy;
      return this;
    }

    /**
     * @param paymentMethodTypes how the user may pay: at least one, no repeats
     * @return this builder
     * @throws IllegalArgumentException if none is given or one repeats
     */
    public Builder paymentMethodTypes(PaymentMethodType... paymentMethodTypes) {
      Objects.requireNonNull(paymentMethodTypes, "paymentMethodTypes must not be null");
      return paymentMethodTypes(List.of(paymentMethodTypes));
    }

    /**
     * @return the params
     * @throws NullPointerException if {@code bookingId} or {@code amount} is unset
     * @throws IllegalArgumentException if {@code bookingId} is blank, or {@code amount} cannot be
     *     sent exactly: its currency is not an ISO 4217 code with a minor unit (USD, JPY, BHD; not
     *     XAU or XXX), it has more decimals than the currency (75.001 USD), it is zero or negative,
     *     or it is above 2^53 - 1 minor units. The message names the field.
     */
    public PaymentIntentCreateParams build() {
      return new PaymentIntentCreateParams(this);
    }
  }
}
