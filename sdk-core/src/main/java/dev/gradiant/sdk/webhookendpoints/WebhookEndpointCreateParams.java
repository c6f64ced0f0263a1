package dev.gradiant.sdk.webhookendpoints;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradiant.sdk.internal.redaction.Redacted;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code POST /webhooks}. Build with {@link #builder()}; {@code url} and {@code events}
 * are required. The secret is never shown by {@link #toString()}.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null: required fields are returned as
 * they are, the optional {@link #secret()} as an {@link Optional}.
 */
public final class WebhookEndpointCreateParams {
  @JsonProperty private final String url;
  @JsonProperty private final List<WebhookEventType> events;
  @JsonProperty private final String secret;

  private WebhookEndpointCreateParams(Builder builder) {
    this.url = WebhookUrl.require(builder.url);
    this.events = requireEvents(builder.events);
    this.secret = builder.secret;
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

  /** {@return a builder holding every field of these params} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.url = url;
    builder.events = events;
    builder.secret = secret;
    return builder;
  }

  /** {@return the absolute {@code https} URL deliveries are POSTed to} */
  public String url() {
    return url;
  }

  /** {@return the event types to deliver: at least one, each once; unmodifiable} */
  public List<WebhookEventType> events() {
    return events;
  }

  /**
   * {@return the signing secret to use ({@code whsec_…} selects the Standard Webhooks scheme), or
   * empty to have the server generate one}
   */
  public Optional<String> secret() {
    return Optional.ofNullable(secret);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WebhookEndpointCreateParams that
        && url.equals(that.url)
        && events.equals(that.events)
        && Objects.equals(secret, that.secret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, events, secret);
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

  /** Collects the fields of a {@link WebhookEndpointCreateParams}. Each method rejects null. */
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
      this.url = Objects.requireNonNull(url, "url must not be null");
      return this;
    }

    /**
     * @param events the event types to deliver: at least one, each once (required)
     * @return this builder
     */
    public Builder events(List<WebhookEventType> events) {
      this.events = Objects.requireNonNull(events, "events must not be null");
      return this;
    }

    /**
     * @param events the event types to deliver: at least one, each once (required)
     * @return this builder
     */
    public Builder events(WebhookEventType... events) {
      this.events = Arrays.asList(Objects.requireNonNull(events, "events must not be null"));
      return this;
    }

    /**
     * @param secret the signing secret to use; at least 32 random bytes are recommended
     * @return this builder
     */
    public Builder secret(String secret) {
      this.secret = Objects.requireNonNull(secret, "secret must not be null");
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if {@code url} or {@code events} is unset
     * @throws IllegalArgumentException if {@code url} is not an absolute {@code https} URL, {@code
     *     events} is empty or holds a null or repeated type, or {@code secret} is blank
     */
    public WebhookEndpointCreateParams build() {
      return new WebhookEndpointCreateParams(this);
    }
  }
}
