package dev.gradiant.sdk.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One webhook event for one registered endpoint, signed as Gradiant signs it, and what became of
 * it. A delivery is POSTed only when its URL is forwarded to a local receiver with {@link
 * GradiantSandbox#forwardWebhooks(String, URI)}; otherwise it is only recorded, still signed, so a
 * test can verify it without a server.
 *
 * <p>Like the SDK's models, a final class built with {@link #builder()} (so a field can be added
 * without breaking callers) that returns no {@code null}: what may be absent is an {@link
 * Optional}.
 */
public final class WebhookDelivery {
  private final String eventId;
  private final String eventType;
  private final String endpointId;
  private final String url;
  private final URI forwardedTo;
  private final String body;
  private final Map<String, String> headers;
  private final int attempts;
  private final int lastStatus;
  private final Status status;

  private WebhookDelivery(Builder builder) {
    this.eventId = required(builder.eventId, "eventId");
    this.eventType = required(builder.eventType, "eventType");
    this.endpointId = required(builder.endpointId, "endpointId");
    this.url = required(builder.url, "url");
    this.forwardedTo = builder.forwardedTo;
    this.body = required(builder.body, "body");
    this.headers = Map.copyOf(builder.headers);
    this.attempts = builder.attempts;
    this.lastStatus = builder.lastStatus;
    this.status = required(builder.status, "status");
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalStateException("WebhookDelivery." + field + " is required");
    }
    return value;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this delivery's fields} */
  public Builder toBuilder() {
    Builder builder =
        new Builder()
            .eventId(eventId)
            .eventType(eventType)
            .endpointId(endpointId)
            .url(url)
            .body(body)
            .headers(headers)
            .attempts(attempts)
            .lastStatus(lastStatus)
            .status(status);
    builder.forwardedTo = forwardedTo;
    return builder;
  }

  /** {@return the event id ({@code evt_…}); the same on every attempt} */
  public String eventId() {
    return eventId;
  }

  /** {@return the event type, e.g. {@code booking.created}} */
  public String eventType() {
    return eventType;
  }

  /** {@return the webhook endpoint it is for ({@code wh_…})} */
  public String endpointId() {
    return endpointId;
  }

  /** {@return the URL the endpoint was registered with} */
  public String url() {
    return url;
  }

  /** {@return the local URL it is POSTed to; empty when it is not forwarded} */
  public Optional<URI> forwardedTo() {
    return Optional.ofNullable(forwardedTo);
  }

  /** {@return the exact JSON body, as UTF-8 text} */
  public String body() {
    return body;
  }

  /**
   * {@return the signature headers of the last attempt} {@code webhook-id}, {@code
   * webhook-timestamp} and {@code webhook-signature} for a {@code whsec_} secret, else {@code
   * X-Gradiant-Signature}; unmodifiable.
   */
  public Map<String, String> headers() {
    return headers;
  }

  /** {@return how many POSTs were made (0 when not forwarded)} */
  public int attempts() {
    return attempts;
  }

  /**
   * {@return the HTTP status of the last POST; 0 when no POST was answered (a count, never null)}
   */
  public int lastStatus() {
    return lastStatus;
  }

  /** {@return where the delivery stands} */
  public Status status() {
    return status;
  }

  /** {@return the body's UTF-8 bytes, exactly as signed} */
  public byte[] bodyBytes() {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WebhookDelivery that
        && eventId.equals(that.eventId)
        && eventType.equals(that.eventType)
        && endpointId.equals(that.endpointId)
        && url.equals(that.url)
        && Objects.equals(forwardedTo, that.forwardedTo)
        && body.equals(that.body)
        && headers.equals(that.headers)
        && attempts == that.attempts
        && lastStatus == that.lastStatus
        && status == that.status;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        eventId,
        eventType,
        endpointId,
        url,
        forwardedTo,
        body,
        headers,
        attempts,
        lastStatus,
        status);
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

  /** Collects the fields of a {@link WebhookDelivery}; every method rejects {@code null}. */
  public static final class Builder {
    private String eventId;
    private String eventType;
    private String endpointId;
    private String url;
    private URI forwardedTo;
    private String body;
    private Map<String, String> headers = Map.of();
    private int attempts;
    private int lastStatus;
    private Status status;

    private Builder() {}

    /**
     * @param eventId the event id
     * @return this builder
     */
    public Builder eventId(String eventId) {
      this.eventId = Objects.requireNonNull(eventId, "eventId must not be null");
      return this;
    }

    /**
     * @param eventType the event type
     * @return this builder
     */
    public Builder eventType(String eventType) {
      this.eventType = Objects.requireNonNull(eventType, "eventType must not be null");
      return this;
    }

    /**
     * @param endpointId the webhook endpoint
     * @return this builder
     */
    public Builder endpointId(String endpointId) {
      this.endpointId = Objects.requireNonNull(endpointId, "endpointId must not be null");
      return this;
    }

    /**
     * @param url the registered URL
     * @return this builder
     */
    public Builder url(String url) {
      this.url = Objects.requireNonNull(url, "url must not be null");
      return this;
    }

    /**
     * @param forwardedTo the local URL it is POSTed to (leave unset when it is not forwarded)
     * @return this builder
     */
    public Builder forwardedTo(URI forwardedTo) {
      this.forwardedTo = Objects.requireNonNull(forwardedTo, "forwardedTo must not be null");
      return this;
    }

    /**
     * @param body the JSON body
     * @return this builder
     */
    public Builder body(String body) {
      this.body = Objects.requireNonNull(body, "body must not be null");
      return this;
    }

    /**
     * @param headers the signature headers
     * @return this builder
     */
    public Builder headers(Map<String, String> headers) {
      this.headers = Objects.requireNonNull(headers, "headers must not be null");
      return this;
    }

    /**
     * @param attempts how many POSTs were made
     * @return this builder
     */
    public Builder attempts(int attempts) {
      this.attempts = attempts;
      return this;
    }

    /**
     * @param lastStatus the last status, or 0 when none answered
     * @return this builder
     */
    public Builder lastStatus(int lastStatus) {
      this.lastStatus = lastStatus;
      return this;
    }

    /**
     * @param status where the delivery stands
     * @return this builder
     */
    public Builder status(Status status) {
      this.status = Objects.requireNonNull(status, "status must not be null");
      return this;
    }

    /**
     * {@return the delivery}
     *
     * @throws IllegalStateException if a field other than {@code forwardedTo}, {@code headers},
     *     {@code attempts} or {@code lastStatus} was not set
     */
    public WebhookDelivery build() {
      return new WebhookDelivery(this);
    }
  }
}
