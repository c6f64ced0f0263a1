package dev.gradiant.sdk.payments;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.gradiant.sdk.core.ExtensibleEnum;
import dev.gradiant.sdk.internal.enums.KnownValues;
import java.util.List;

/** How a user may pay a payment intent. Values added by the server later are kept, not rejected. */
public final class PaymentMethodType extends ExtensibleEnum {

  /** {@code card}. */
  public static final PaymentMethodType CARD = new PaymentMethodType("card");

  /** {@code apple_pay}. */
  public static final PaymentMethodType APPLE_PAY = new PaymentMethodType("apple_pay");

  /** {@code google_pay}. */
  public static final PaymentMethodType GOOGLE_PAY = new PaymentMethodType("google_pay");

  private static final KnownValues<PaymentMethodType> KNOWN =
      KnownValues.of(PaymentMethodType::new, List.of(CARD, APPLE_PAY, GOOGLE_PAY));

  private PaymentMethodType(String value) {
    super(value);
  }

  /**
   * The constant for a wire value, or a new instance holding an unknown one.
   *
   * @param value the wire value
   * @return the type
   */
  @JsonCreator
  public static PaymentMethodType of(String value) {
    return KNOWN.parse(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(value());
  }
}
