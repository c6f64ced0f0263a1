package dev.gradiant.sdk.payments;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradiant.sdk.internal.redaction.Redacted;
import dev.gradiant.sdk.internal.validation.Fields;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The optional body of {@code POST /payments/intents/{id}/confirm}: which payment method to charge.
 * {@code paymentMethod} is an opaque token that the payment provider's client-side library created
 * ({@code pm_…}); card numbers never go through this API, and {@link Builder#build()} refuses a
 * value that looks like one. {@link #toString()} leaves the token out.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null.
 */
public final class PaymentIntentConfirmParams {
  /** The longest token the contract allows. */
  static final int MAX_PAYMENT_METHOD_LENGTH = 255;

  // 12 to 19 digits, maybe grouped by spaces or dashes: a primary account number, not a token.
  private static final Pattern CARD_NUMBER = Pattern.compile("[0-9](?:[ -]?[0-9]){11,18}");

  @JsonProperty private final String paymentMethod;

  private PaymentIntentConfirmParams(Builder builder) {
    String method = Fields.notBlank("paymentMethod", builder.paymentMethod);
    if (method != null && method.length() > MAX_PAYMENT_METHOD_LENGTH) {
      throw new IllegalArgumentException(
          "paymentMethod must be at most "
              + MAX_PAYMENT_METHOD_LENGTH
              + " characters, got "
              + method.length());
    }
    if (method != null && CARD_NUMBER.matcher(method.strip()).matches()) {
      throw new IllegalArgumentException(
          "paymentMethod must be a payment-method token from the payment provider, not a card"
              + " number: card numbers must never be sent to this API");
    }
    this.paymentMethod = method;
  }

  /** {@return a builder with nothing set: the intent's default payment method is charged} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of these params} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.paymentMethod = paymentMethod;
    return builder;
  }

  /** {@return the payment-method token to charge, if set} */
  public Optional<String> paymentMethod() {
    return Optional.ofNullable(paymentMethod);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PaymentIntentConfirmParams that
        && Objects.equals(paymentMethod, that.paymentMethod);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(paymentMethod);
  }

  /** Leaves the payment-method token out: it lets its holder charge the payer. */
  @Override
  public String toString() {
    return "PaymentIntentConfirmParams[paymentMethod=" + Redacted.of(paymentMethod) + "]";
  }

  /** Collects the fields of a {@link PaymentIntentConfirmParams}. Each method rejects null. */
  public static final class Builder {
    private String paymentMethod;

    private Builder() {}

    /**
     * @param paymentMethod the payment-method token to charge ({@code pm_…}), at most 255 chars
     * @return this builder
     */
    public Builder paymentMethod(String paymentMethod) {
      this.paymentMethod = Objects.requireNonNull(paymentMethod, "paymentMethod must not be null");
      return this;
    }

    /**
     * @return the params
     * @throws IllegalArgumentException if {@code paymentMethod} is blank, longer than 255
     *     characters, or looks like a card number
     */
    public PaymentIntentConfirmParams build() {
      return new PaymentIntentConfirmParams(this);
    }
  }
}
