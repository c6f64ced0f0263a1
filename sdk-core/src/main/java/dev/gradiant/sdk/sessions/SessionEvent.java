package dev.gradiant.sdk.sessions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.gradiant.sdk.internal.validation.JsonObjects;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a session's event log. Its {@code data} may hold what the participant typed, so it
 * is personal data: {@link #toString()} shows only how many entries it has.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null: {@link #id()}, {@link #sessionId()}
 * and {@link #type()}, required by the contract, are always present; {@link #data()} is empty when
 * absent; every other value may be absent and is an {@link Optional}.
 */
@JsonDeserialize(builder = SessionEvent.Builder.class)
public final class SessionEvent {
  @JsonProperty private final String id;
  @JsonProperty private final String sessionId;
  @JsonProperty private final Long timestampMs;
  @JsonProperty private final String phase;
  @JsonProperty private final SessionEventType type;
  @JsonProperty private final Map<String, Object> data;
  @JsonProperty private final Instant createdAt;

  private SessionEvent(Builder builder) {
    this.id = builder.id;
    this.sessionId = builder.sessionId;
    this.timestampMs = builder.timestampMs;
    this.phase = builder.phase;
    this.type = builder.type;
    this.data = builder.data;
    this.createdAt = builder.createdAt;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this event} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.sessionId = sessionId;
    builder.timestampMs = timestampMs;
    builder.phase = phase;
    builder.type = type;
    builder.data = data;
    builder.createdAt = createdAt;
    return builder;
  }

  /** {@return the event's id} */
  public String id() {
    return id;
  }

  /** {@return the session it belongs to} */
  public String sessionId() {
    return sessionId;
  }

  /** {@return when it happened, in epoch milliseconds (see {@link #timestamp()})} */
  public Optional<Long> timestampMs() {
    return Optional.ofNullable(timestampMs);
  }

  /** {@return {@link #timestampMs()} as an {@link Instant}} */
  public Optional<Instant> timestamp() {
    return timestampMs().map(Instant::ofEpochMilli);
  }

  /** {@return the phase it happened in, e.g. {@code task}} */
  public Optional<String> phase() {
    return Optional.ofNullable(phase);
  }

  /** {@return what happened} */
  public SessionEventType type() {
    return type;
  }

  /**
   * {@return event-specific content as parsed JSON ({@code String}, {@code Number}, {@code
   * Boolean}, {@code null}, nested {@code Map} and {@code List}); unmodifiable, empty when absent}
   */
  public Map<String, Object> data() {
    return data;
  }

  /** {@return when the server recorded it} */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SessionEvent that
        && id.equals(that.id)
        && sessionId.equals(that.sessionId)
        && Objects.equals(timestampMs, that.timestampMs)
        && Objects.equals(phase, that.phase)
        && type.equals(that.type)
        && data.equals(that.data)
        && Objects.equals(createdAt, that.createdAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, sessionId, timestampMs, phase, type, data, createdAt);
  }

  @Override
  public String toString() {
    return "SessionEvent[id="
        + id
        + ", sessionId="
        + sessionId
        + ", timestampMs="
        + timestampMs
        + ", phase="
        + phase
        + ", type="
        + type
        + ", data="
        + JsonObjects.describe(data)
        + ", createdAt="
        + createdAt
        + "]";
  }

  /**
   * Collects the fields of a {@link SessionEvent}. Each method rejects null; leave a field unset to
   * have it absent. The SDK reads answers with it, skipping JSON nulls.
   */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String sessionId;
    private Long timestampMs;
    private String phase;
    private SessionEventType type;
    private Map<String, Object> data = Map.of();
    private Instant createdAt;

    private Builder() {}

    /**
     * @param id the event's id (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /**
     * @param sessionId the session it belongs to (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder sessionId(String sessionId) {
      this.sessionId = Objects.requireNonNull(sessionId, "sessionId must not be null");
      return this;
    }

    /**
     * @param timestampMs when it happened, in epoch milliseconds
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder timestampMs(long timestampMs) {
      this.timestampMs = timestampMs;
      return this;
    }

    /**
     * @param phase the phase it happened in
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder phase(String phase) {
      this.phase = Objects.requireNonNull(phase, "phase must not be null");
      return this;
    }

    /**
     * @param type what happened (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder type(SessionEventType type) {
      this.type = Objects.requireNonNull(type, "type must not be null");
      return this;
    }

    /**
     * @param data event-specific content as JSON-like values; copied deeply, {@code null} values
     *     kept
     * @return this builder
     * @throws IllegalArgumentException if a key, at any depth, is not a string
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder data(Map<String, ?> data) {
      this.data = JsonObjects.copy("data", Objects.requireNonNull(data, "data must not be null"));
      return this;
    }

    /**
     * @param createdAt when the server recorded it
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder createdAt(Instant createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt must not be null");
      return this;
    }

    /**
     * @return the event
     * @throws IllegalStateException if {@code id}, {@code sessionId} or {@code type} is unset
     */
    public SessionEvent build() {
      required(id, "id");
      required(sessionId, "sessionId");
      required(type, "type");
      return new SessionEvent(this);
    }

    private static void required(Object value, String field) {
      if (value == null) {
        throw new IllegalStateException("SessionEvent." + field + " is required");
      }
    }
  }
}
