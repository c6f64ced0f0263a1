package dev.gradiant.sdk.bookings;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.gradiant.sdk.core.ExtensibleEnum;
import dev.gradiant.sdk.internal.enums.KnownValues;
import java.util.List;

/**
 * Whether a payment went through: a booking's {@code paymentStatus}, a payment intent's {@code
 * status} ({@link dev.gradiant.sdk.payments.PaymentIntent#status()}) and a {@code payment.*}
 * webhook's status share these values. {@code pending} until confirmed, {@code completed} when
 * paid, {@code failed} when declined (it may be confirmed again), {@code refunded} when a paid
 * booking is cancelled. Values added by the server later are kept, not rejected.
 */
public final class PaymentStatus extends ExtensibleEnum {

  /** {@code pending}. */
  public static final PaymentStatus PENDING = new PaymentStatus("pending");

  /** {@code completed}. */
  public static final PaymentStatus COMPLETED = new PaymentStatus("completed");

  /** {@code failed}. */
  public static final PaymentStatus FAILED = new PaymentStatus("failed");

  /** {@code refunded}. */
  public static final PaymentStatus REFUNDED = new PaymentStatus("refunded");

  private static final KnownValues<PaymentStatus> KNOWN =
      KnownValues.of(PaymentStatus::new, List.of(PENDING, COMPLETED, FAILED, REFUNDED));

  private PaymentStatus(String value) {
    super(value);
  }

  /**
   * The constant for a wire value, or a new instance holding an unknown one.
   *
   * @param value the wire value
   * @return the status
   */
  @JsonCreator
  public static PaymentStatus of(String value) {
    return KNOWN.parse(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(value());
  }
}
