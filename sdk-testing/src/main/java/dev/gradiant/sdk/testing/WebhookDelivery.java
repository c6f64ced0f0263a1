package dev.gradiant.sdk.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One webhook event for one registered endpoint, signed as Gradiant signs it, and what became of
 * it. A delivery is POSTed only when its URL is forwarded to a local receiver with {@link
 * GradiantSandbox#forwardWebhooks(String, URI)}; otherwise it is only recorded, still signed, so a
 * test can verify it without a server.
 *
 * @param eventId the event id ({@code evt_…}); the same on every attempt
 * @param eventType the event type, e.g. {@code booking.created}
 * @param endpointId the webhook endpoint it is for ({@code wh_…})
 * @param url the URL the endpoint was registered with
 * @param forwardedTo the local URL it is POSTed to, or null when not forwarded
 * @param body the exact JSON body, as UTF-8 text
 * @param headers the signature headers of the last attempt: {@code webhook-id}, {@code
 *     webhook-timestamp} and {@code webhook-signature} for a {@code whsec_} secret, else {@code
 *     X-Gradiant-Signature}
 * @param attempts how many POSTs were made (0 when not forwarded)
 * @param lastStatus the status of the last POST, or 0 when none answered
 * @param status where the delivery stands
 */
public record WebhookDelivery(
    String eventId,
    String eventType,
    String endpointId,
    String url,
    URI forwardedTo,
    String body,
    Map<String, String> headers,
    int attempts,
    int lastStatus,
    Status status) {

  /** Where a delivery stands. */
  public enum Status {
    /** Queued or being retried. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Every attempt failed (a non-2xx answer or no answer). */
    FAILED,
    /** Recorded only: the endpoint's URL is not forwarded to a local receiver. */
    NOT_FORWARDED;

    /** {@return whether nothing more will happen to the delivery} */
    public boolean isFinal() {
      return this != PENDING;
    }
  }

  /**
   * Copies the headers.
   *
   * @param eventId the event id
   * @param eventType the event type
   * @param endpointId the webhook endpoint
   * @param url the registered URL
   * @param forwardedTo the local URL, or null
   * @param body the JSON body
   * @param headers the signature headers
   * @param attempts how many POSTs were made
   * @param lastStatus the last status, or 0
   * @param status where the delivery stands
   */
  public WebhookDelivery {
    headers = Map.copyOf(headers);
  }

  /** {@return the body's UTF-8 bytes, exactly as signed} */
  public byte[] bodyBytes() {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  /** Shows the event and the outcome; the body may hold personal data. */
  @Override
  public String toString() {
    return "WebhookDelivery["
        + eventType
        + " "
        + eventId
        + " -> "
        + endpointId
        + ", "
        + status
        + ", attempts="
        + attempts
        + ", lastStatus="
        + lastStatus
        + "]";
  }
}
