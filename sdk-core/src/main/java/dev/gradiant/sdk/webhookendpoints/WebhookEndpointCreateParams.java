package dev.gradiant.sdk.webhookendpoints;

import dev.gradiant.sdk.internal.redaction.Redacted;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The body of {@code POST /webhooks}. Build with {@link #builder()}; {@code url} and {@code events}
 * are required. The secret is never shown by {@link #toString()}.
 *
 * @param url the absolute {@code https} URL deliveries are POSTed to (required)
 * @param events the event types to deliver: at least one, each once (required)
 * @param secret the signing secret to use ({@code whsec_…} selects the Standard Webhooks scheme),
 *     or {@code null} to have the server generate one
 */
public record WebhookEndpointCreateParams(
    String url, List<WebhookEventType> events, String secret) {

  /**
   * Checks the fields and copies the list.
   *
   * @param url the absolute {@code https} URL deliveries are POSTed to (required)
   * @param events the event types to deliver: at least one, each once (required)
   * @param secret the signing secret to use, or {@code null} to have the server generate one
   * @throws NullPointerException if {@code url} or {@code events} is null
   * @throws IllegalArgumentException if {@code url} is not an absolute {@code https} URL, {@code
   *     events} is empty or holds a null or repeated type, or {@code secret} is blank
   */
  public WebhookEndpointCreateParams {
    url = WebhookUrl.require(url);
    events = requireEvents(events);
    if (secret != null && secret.isBlank()) {
      throw new IllegalArgumentException(
          "secret must not be blank (leave it unset to have the server generate one)");
    }
  }

  private static List<WebhookEventType> requireEvents(List<WebhookEventType> events) {
    Objects.requireNonNull(events, "events must not be null");
    if (events.isEmpty()) {
      throw new IllegalArgumentException("events must name at least one event type");
    }
    Set<WebhookEventType> seen = new HashSet<>();
    for (int i = 0; i < events.size(); i++) {
      WebhookEventType event = events.get(i);
      if (event == null) {
        throw new IllegalArgumentException("events[" + i + "] must not be null");
      }
      if (!seen.add(event)) {
        throw new IllegalArgumentException(
            "events[" + i + "] repeats " + event + ": each event type may be listed once");
      }
    }
    return List.copyOf(events);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "WebhookEndpointCreateParams[url="
        + url
        + ", events="
        + events
        + ", secret="
        + Redacted.of(secret)
        + "]";
  }

  /** Collects the fields of a {@link WebhookEndpointCreateParams}. */
  public static final class Builder {
    private String url;
    private List<WebhookEventType> events;
    private String secret;

    private Builder() {}

    /**
     * @param url the absolute {@code https} URL deliveries are POSTed to (required)
     * @return this builder
     */
    public Builder url(String url) {
      this.url = url;
      return this;
    }

    /**
     * @param events the event types to deliver: at least one, each once (required)
     * @return this builder
     */
    public Builder events(List<WebhookEventType> events) {
      this.events = events;
      return this;
    }

    /**
     * @param events the event types to deliver: at least one, each once (required)
     * @return this builder
     */
    public Builder events(WebhookEventType... events) {
      this.events = events == null ? null : Arrays.asList(events);
      return this;
    }

    /**
     * @param secret the signing secret to use; at least 32 random bytes are recommended
     * @return this builder
     */
    public Builder secret(String secret) {
      this.secret = secret;
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if {@code url} or {@code events} is unset
     * @throws IllegalArgumentException if a field is invalid
     */
    public WebhookEndpointCreateParams build() {
      return new WebhookEndpointCreateParams(url, events, secret);
    }
  }
}
