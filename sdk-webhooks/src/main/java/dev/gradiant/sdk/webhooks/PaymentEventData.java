package dev.gradiant.sdk.webhooks;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The data of a {@code payment.*} event. The contract requires only the id (a delivery without one
 * is rejected as {@code MALFORMED_PAYLOAD}); every other field is empty when the payload omits it.
 *
 * <p>Immutable. Like every webhook data type it is a final class with a {@link Builder}, so fields
 * can be added later without breaking callers; nothing it returns is null.
 */
public final class PaymentEventData implements EventData {
  private final String id;
  private final String bookingId;
  private final String userId;
  private final BigDecimal amount;
  private final String currency;
  private final String status;

  private PaymentEventData(Builder builder) {
    this.id = builder.id;
    this.bookingId = builder.bookingId;
    this.userId = builder.userId;
    this.amount = builder.amount;
    this.currency = builder.currency;
    this.status = builder.status;
  }

  /**
   * Starts a builder, such as for a handler's tests.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this data's fields.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.bookingId = bookingId;
    builder.userId = userId;
    builder.amount = amount;
    builder.currency = currency;
    builder.status = status;
    return builder;
  }

  /**
   * The payment's id ({@code paymentId} or {@code id}): the payment intent's id ({@code pi_123}),
   * the one the payments API answers with.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The id of the booking paid for.
   *
   * @return the id, or empty if the payload has none
   */
  public Optional<String> bookingId() {
    return Optional.ofNullable(bookingId);
  }

  /**
   * The id of the user who paid.
   *
   * @return the id, or empty if the payload has none
   */
  public Optional<String> userId() {
    return Optional.ofNullable(userId);
  }

  /**
   * The exact amount in major units ({@code 75.00} is 75.00 USD). The contract sends a payment
   * intent, whose {@code amount} is a whole number of minor units of its {@code currency} ({@code
   * 7500} USD): it is converted by the currency's ISO 4217 exponent (USD 2, JPY 0, BHD 3), so the
   * result has the currency's number of decimals. Deliveries written against the earlier contract
   * carry a Money object {@code {"amount", "currency"}} in major units, and some senders a plain
   * decimal or string: those are read as written. The shapes are told apart by the JSON type of
   * {@code amount}.
   *
   * <p>So a flat JSON integer is always minor units: {@code "amount": 75, "currency": "USD"} is
   * {@code 0.75} USD. Earlier versions of this SDK read it as {@code 75.00}; a sender that means
   * major units must write a fraction ({@code 75.00}) or a string ({@code "75"}).
   *
   * @return the amount in major units, or empty if the payload has none
   */
  public Optional<BigDecimal> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * The ISO 4217 currency code, such as {@code USD}.
   *
   * @return the code, or empty if the payload has none
   */
  public Optional<String> currency() {
    return Optional.ofNullable(currency);
  }

  /**
   * The payment's status: {@code pending}, {@code completed}, {@code failed} or {@code refunded},
   * the values of the payment intent's status and of a booking's {@code paymentStatus}.
   *
   * @return the status, or empty if the payload has none
   */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PaymentEventData that
        && id.equals(that.id)
        && Objects.equals(bookingId, that.bookingId)
        && Objects.equals(userId, that.userId)
        && Objects.equals(amount, that.amount)
        && Objects.equals(currency, that.currency)
        && Objects.equals(status, that.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, bookingId, userId, amount, currency, status);
  }

  @Override
  public String toString() {
    return "PaymentEventData[id="
        + id
        + ", bookingId="
        + bookingId
        + ", userId="
        + userId
        + ", amount="
        + amount
        + ", currency="
        + currency
        + ", status="
        + status
        + "]";
  }

  /**
   * Builds {@link PaymentEventData}; each method rejects null (leave a field unset to leave it
   * empty). Not thread-safe.
   */
  public static final class Builder {
    private String id;
    private String bookingId;
    private String userId;
    private BigDecimal amount;
    private String currency;
    private String status;

    private Builder() {}

    /**
     * Sets the payment's id; required.
     *
     * @param id the id
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /**
     * Sets the id of the booking paid for.
     *
     * @param bookingId the id
     * @return this builder
     * @throws NullPointerException if {@code bookingId} is null
     */
    public Builder bookingId(String bookingId) {
      this.bookingId = Objects.requireNonNull(bookingId, "bookingId must not be null");
      return this;
    }

    /**
     * Sets the id of the user who paid.
     *
     * @param userId the id
     * @return this builder
     * @throws NullPointerException if {@code userId} is null
     */
    public Builder userId(String userId) {
      this.userId = Objects.requireNonNull(userId, "userId must not be null");
      return this;
    }

    /**
     * Sets the amount in major units.
     *
     * @param amount the amount
     * @return this builder
     * @throws NullPointerException if {@code amount} is null
     */
    public Builder amount(BigDecimal amount) {
      this.amount = Objects.requireNonNull(amount, "amount must not be null");
      return this;
    }

    /**
     * Sets the ISO 4217 currency code.
     *
     * @param currency the code, such as {@code USD}
     * @return this builder
     * @throws NullPointerException if {@code currency} is null
     */
    public Builder currency(String currency) {
      this.currency = Objects.requireNonNull(currency, "currency must not be null");
      return this;
    }

    /**
     * Sets the payment's status.
     *
     * @param status the status, such as {@code completed}
     * @return this builder
     * @throws NullPointerException if {@code status} is null
     */
    public Builder status(String status) {
      this.status = Objects.requireNonNull(status, "status must not be null");
      return this;
    }

    /**
     * Builds the data.
     *
     * @return the data
     * @throws IllegalStateException if the id is not set
     */
    public PaymentEventData build() {
      if (id == null) {
        throw new IllegalStateException("PaymentEventData.id is required");
      }
      return new PaymentEventData(this);
    }
  }
}
