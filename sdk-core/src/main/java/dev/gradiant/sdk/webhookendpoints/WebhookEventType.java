package dev.gradiant.sdk.webhookendpoints;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.gradiant.sdk.core.ExtensibleEnum;
import dev.gradiant.sdk.internal.enums.KnownValues;
import java.util.List;

/**
 * An event type a webhook endpoint subscribes to. Types added by the server later are kept, not
 * rejected, and can be subscribed to with {@link #of(String)}.
 */
public final class WebhookEventType extends ExtensibleEnum {

  /** {@code session.completed}. */
  public static final WebhookEventType SESSION_COMPLETED =
      new WebhookEventType("session.completed");

  /** {@code booking.created}. */
  public static final WebhookEventType BOOKING_CREATED = new WebhookEventType("booking.created");

  /** {@code booking.confirmed}. */
  public static final WebhookEventType BOOKING_CONFIRMED =
      new WebhookEventType("booking.confirmed");

  /** {@code booking.cancelled}. */
  public static final WebhookEventType BOOKING_CANCELLED =
      new WebhookEventType("booking.cancelled");

  /** {@code booking.completed}. */
  public static final WebhookEventType BOOKING_COMPLETED =
      new WebhookEventType("booking.completed");

  /** {@code booking.no_show}. */
  public static final WebhookEventType BOOKING_NO_SHOW = new WebhookEventType("booking.no_show");

  /** {@code payment.completed}. */
  public static final WebhookEventType PAYMENT_COMPLETED =
      new WebhookEventType("payment.completed");

  /** {@code payment.failed}. */
  public static final WebhookEventType PAYMENT_FAILED = new WebhookEventType("payment.failed");

  /** {@code payment.refunded}. */
  public static final WebhookEventType PAYMENT_REFUNDED = new WebhookEventType("payment.refunded");

  /** {@code user.created}. */
  public static final WebhookEventType USER_CREATED = new WebhookEventType("user.created");

  /** {@code user.verified}. */
  public static final WebhookEventType USER_VERIFIED = new WebhookEventType("user.verified");

  /** {@code user.updated}. */
  public static final WebhookEventType USER_UPDATED = new WebhookEventType("user.updated");

  private static final KnownValues<WebhookEventType> KNOWN =
      KnownValues.of(
          WebhookEventType::new,
          List.of(
              SESSION_COMPLETED,
              BOOKING_CREATED,
              BOOKING_CONFIRMED,
              BOOKING_CANCELLED,
              BOOKING_COMPLETED,
              BOOKING_NO_SHOW,
              PAYMENT_COMPLETED,
              PAYMENT_FAILED,
              PAYMENT_REFUNDED,
              USER_CREATED,
              USER_VERIFIED,
              USER_UPDATED));

  private WebhookEventType(String value) {
    super(value);
  }

  /**
   * The constant for a wire value, or a new instance holding an unknown one.
   *
   * @param value the wire value, e.g. {@code booking.created}
   * @return the event type
   */
  @JsonCreator
  public static WebhookEventType of(String value) {
    return KNOWN.parse(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(value());
  }
}
