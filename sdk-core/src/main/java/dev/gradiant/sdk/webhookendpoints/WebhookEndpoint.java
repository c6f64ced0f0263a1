package dev.gradiant.sdk.webhookendpoints;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.gradiant.sdk.internal.redaction.Redacted;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A registered webhook endpoint. The signing secret is present only in the answer of {@link
 * WebhookEndpointsClient#create}; store it in a secret store. {@link #toString()} never shows it.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null: {@link #id()}, {@link #url()} and
 * {@link #createdAt()}, required by the contract, are always present; {@link #events()} is empty
 * when absent (like every list); the {@link #secret()} may be absent and is an {@link Optional}.
 */
@JsonDeserialize(builder = WebhookEndpoint.Builder.class)
public final class WebhookEndpoint {
  @JsonProperty private final String id;
  @JsonProperty private final String url;
  @JsonProperty private final List<WebhookEventType> events;
  @JsonProperty private final Instant createdAt;
  @JsonProperty private final String secret;

  private WebhookEndpoint(Builder builder) {
    this.id = builder.id;
    this.url = builder.url;
    this.events = builder.events;
    this.createdAt = builder.createdAt;
    this.secret = builder.secret;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this endpoint} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.url = url;
    builder.events = events;
    builder.createdAt = createdAt;
    builder.secret = secret;
    return builder;
  }

  /** {@return the endpoint's id} */
  public String id() {
    return id;
  }

  /** {@return the {@code https} URL deliveries are POSTed to} */
  public String url() {
    return url;
  }

  /** {@return the event types delivered to it; unmodifiable, empty when absent} */
  public List<WebhookEventType> events() {
    return events;
  }

  /** {@return when it was registered} */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * {@return the signing secret: present only in the answer of {@code POST /webhooks}, empty in
   * lists}
   */
  public Optional<String> secret() {
    return Optional.ofNullable(secret);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WebhookEndpoint that
        && id.equals(that.id)
        && url.equals(that.url)
        && events.equals(that.events)
        && createdAt.equals(that.createdAt)
        && Objects.equals(secret, that.secret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, url, events, createdAt, secret);
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

  /**
   * Collects the fields of a {@link WebhookEndpoint}. Each method rejects null; leave a field unset
   * to have it absent. The SDK reads answers with it, skipping JSON nulls.
   */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String url;
    private List<WebhookEventType> events = List.of();
    private Instant createdAt;
    private String secret;

    private Builder() {}

    /**
     * @param id the endpoint's id (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /**
     * @param url the {@code https} URL deliveries are POSTed to (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder url(String url) {
      this.url = Objects.requireNonNull(url, "url must not be null");
      return this;
    }

    /**
     * @param events the event types delivered to it; copied (empty when never set)
     * @return this builder
     * @throws NullPointerException if {@code events} is or holds null
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder events(List<WebhookEventType> events) {
      Objects.requireNonNull(events, "events must not be null");
      events.forEach(event -> Objects.requireNonNull(event, "events must not hold null"));
      this.events = List.copyOf(events);
      return this;
    }

    /**
     * @param createdAt when it was registered (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder createdAt(Instant createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt must not be null");
      return this;
    }

    /**
     * @param secret the signing secret
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder secret(String secret) {
      this.secret = Objects.requireNonNull(secret, "secret must not be null");
      return this;
    }

    /**
     * @return the endpoint
     * @throws IllegalStateException if {@code id}, {@code url} or {@code createdAt} is unset
     */
    public WebhookEndpoint build() {
      required(id, "id");
      required(url, "url");
      required(createdAt, "createdAt");
      return new WebhookEndpoint(this);
    }

    private static void required(Object value, String field) {
      if (value == null) {
        throw new IllegalStateException("WebhookEndpoint." + field + " is required");
      }
    }
  }
}
