package dev.gradiant.sdk.webhookendpoints;

import dev.gradiant.sdk.internal.redaction.Redacted;
import java.time.Instant;
import java.util.List;

/**
 * A registered webhook endpoint. The signing secret is present only in the answer of {@link
 * WebhookEndpointsClient#create}; store it in a secret store. {@link #toString()} never shows it.
 *
 * @param id the endpoint's id
 * @param url the {@code https} URL deliveries are POSTed to
 * @param events the event types delivered to it; never null
 * @param createdAt when it was registered
 * @param secret the signing secret: set only in the answer of {@code POST /webhooks}, {@code null}
 *     in lists
 */
public record WebhookEndpoint(
    String id, String url, List<WebhookEventType> events, Instant createdAt, String secret) {

  /**
   * Replaces an absent event list with an empty one and makes it unmodifiable.
   *
   * @param id the endpoint's id
   * @param url the {@code https} URL deliveries are POSTed to
   * @param events the event types delivered to it; never null
   * @param createdAt when it was registered
   * @param secret the signing secret, or {@code null}
   */
  public WebhookEndpoint {
    events = events == null ? List.of() : List.copyOf(events);
  }

  @Override
  public String toString() {
    return "WebhookEndpoint[id="
        + id
        + ", url="
        + url
        + ", events="
        + events
        + ", createdAt="
        + createdAt
        + ", secret="
        + Redacted.of(secret)
        + "]";
  }
}
