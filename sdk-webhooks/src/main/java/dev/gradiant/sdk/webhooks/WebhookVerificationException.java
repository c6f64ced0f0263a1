package dev.gradiant.sdk.webhooks;

import java.util.Objects;

/**
 * A webhook delivery was rejected: its signature did not verify, its timestamp was out of
 * tolerance, it was a replay, or its verified body could not be read as an event.
 *
 * <p>Answer the sender with a 4xx status. The message says what to check (which header, which
 * scheme, how far off the clock is) and is safe to log and to return: it never contains a secret,
 * an expected signature, or the payload.
 */
public final class WebhookVerificationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a delivery was rejected. */
  public enum Reason {
    /** A required signature header is absent or blank. */
    MISSING_HEADER,
    /** A signature header is present but not in its scheme's format. */
    MALFORMED_HEADER,
    /** Well-formed signatures, none of which matches a configured secret. */
    NO_MATCHING_SIGNATURE,
    /** The Standard Webhooks timestamp is further in the past than the tolerance allows. */
    TIMESTAMP_TOO_OLD,
    /** The Standard Webhooks timestamp is further in the future than the tolerance allows. */
    TIMESTAMP_TOO_NEW,
    /** The delivery id or event id was already accepted within the replay window. */
    DUPLICATE,
    /** The signature is valid but the body is not a readable webhook event. */
    MALFORMED_PAYLOAD
  }

  /** Why the delivery was rejected. */
  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param reason why the delivery was rejected
   * @param message what to check; must not contain secrets, signatures or payload content
   * @throws NullPointerException if {@code reason} is null
   */
  public WebhookVerificationException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason must not be null");
  }

  /**
   * Why the delivery was rejected.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
