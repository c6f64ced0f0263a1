package dev.gradiant.sdk.webhooks;

import dev.gradiant.sdk.webhooks.internal.PlainJson;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A verified webhook event: its type, id, creation time and typed data.
 *
 * <p>Read from either documented envelope: {@code {"event": "session.completed", "data": {…}}} or
 * {@code {"id": "evt_123", "type": "booking.created", "createdAt": "…", "data": {…}}}. Immutable;
 * {@link #toString()} prints no personal data.
 *
 * <p>A {@link WebhookVerifier} makes events; {@link #builder()} makes one for a handler's tests.
 * Nothing an event returns is null: what a delivery may lack is an {@link Optional}.
 */
public final class WebhookEvent {
  private final String id;
  private final EventType type;
  private final Instant createdAt;
  private final EventData data;
  // Converted from the parsed body when first asked for (most handlers read the typed data only);
  // null until then for an event the verifier read. Converted again by any thread that finds it
  // null: the map is unmodifiable and reached through a final field, so every thread sees it whole.
  private Map<String, Object> rawData;
  private final Supplier<Map<String, Object>> rawDataSource;
  private final SignatureScheme scheme;
  private final String deliveryId;
  private final String replayKey;

  private WebhookEvent(Builder builder) {
    this.id = builder.id;
    this.type = builder.type;
    this.createdAt = builder.createdAt;
    this.data = builder.data;
    this.rawData = builder.rawDataSource == null ? builder.rawData : null;
    this.rawDataSource = builder.rawDataSource;
    this.scheme = builder.scheme;
    this.deliveryId = builder.deliveryId;
    this.replayKey =
        builder.replayKey != null
            ? builder.replayKey
            : builder.deliveryId != null ? builder.deliveryId : builder.id;
  }

  /**
   * Starts a builder, such as for a handler's tests; the type, data and scheme are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this event's fields.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.type = type;
    builder.createdAt = createdAt;
    builder.data = data;
    builder.rawData = rawData();
    builder.scheme = scheme;
    builder.deliveryId = deliveryId;
    builder.replayKey = replayKey;
    return builder;
  }

  /**
   * The event's id, such as {@code evt_123}.
   *
   * @return the id, or empty if the envelope has none (the {@code {"event", "data"}} shape)
   */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /**
   * The event's type; unknown types are kept, never rejected.
   *
   * @return the type
   */
  public EventType type() {
    return type;
  }

  /**
   * When the event was created ({@code createdAt} or {@code created_at}).
   *
   * @return the creation time, or empty if the envelope has none
   */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /**
   * The typed data: the class {@link EventType#dataType()} names.
   *
   * @return the data; {@link UnknownEventData} for an unknown type
   */
  public EventData data() {
    return data;
  }

  /**
   * The data as one data type, when it is one.
   *
   * @param <T> the data type
   * @param type the data class, such as {@code BookingEventData.class}
   * @return the data, or empty if it is another data type
   * @throws NullPointerException if {@code type} is null
   */
  public <T extends EventData> Optional<T> dataAs(Class<T> type) {
    Objects.requireNonNull(type, "type must not be null");
    return type.isInstance(data) ? Optional.of(type.cast(data)) : Optional.empty();
  }

  /**
   * The data object as plain Java, JSON:API attributes flattened, for fields the typed data does
   * not model. A JSON object is a {@code Map<String, Object>} in the payload's key order, an array
   * a {@code List<Object>}, a string a {@code String}, a whole number an {@code Integer}, {@code
   * Long} or {@code BigInteger} (the smallest that holds it), any other number an exact {@code
   * BigDecimal}, a boolean a {@code Boolean}, and JSON {@code null} a {@code null} value.
   *
   * @return the data; unmodifiable at every depth, empty if the event has no data
   */
  public Map<String, Object> rawData() {
    Map<String, Object> read = rawData;
    if (read == null) {
      read = rawDataSource.get();
      rawData = read;
    }
    return read;
  }

  /**
   * The scheme whose signature was verified.
   *
   * @return the scheme
   */
  public SignatureScheme scheme() {
    return scheme;
  }

  /**
   * The {@code webhook-id} of a Standard Webhooks delivery: the same on every retry of a message,
   * so a good key for your own idempotency.
   *
   * @return the delivery id, or empty under the Gradiant scheme
   */
  public Optional<String> deliveryId() {
    return Optional.ofNullable(deliveryId);
  }

  /**
   * The key the replay protection remembers: the delivery id, else the event id, else the MAC; null
   * for a built event with neither id.
   */
  String replayKey() {
    return replayKey;
  }

  /**
   * Two events are equal when every field is (the verifier's bookkeeping aside).
   *
   * @param other the object to compare with
   * @return whether {@code other} is an equal event
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof WebhookEvent that
        && Objects.equals(id, that.id)
        && type.equals(that.type)
        && Objects.equals(createdAt, that.createdAt)
        && data.equals(that.data)
        && rawData().equals(that.rawData())
        && scheme == that.scheme
        && Objects.equals(deliveryId, that.deliveryId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, type, createdAt, data, rawData(), scheme, deliveryId);
  }

  /** Prints type, ids, time, scheme and data; the data types print no personal fields. */
  @Override
  public String toString() {
    return "WebhookEvent[type="
        + type
        + ", id="
        + id
        + ", createdAt="
        + createdAt
        + ", scheme="
        + scheme
        + ", deliveryId="
        + deliveryId
        + ", data="
        + data
        + "]";
  }

  /** Builds a {@link WebhookEvent}; each method rejects null. Not thread-safe. */
  public static final class Builder {
    private String id;
    private EventType type;
    private Instant createdAt;
    private EventData data;
    private Map<String, Object> rawData = Map.of();
    private Supplier<Map<String, Object>> rawDataSource;
    private SignatureScheme scheme;
    private String deliveryId;
    private String replayKey;

    private Builder() {}

    /**
     * Sets the event's id.
     *
     * @param id the id, such as {@code evt_123}
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /**
     * Sets the event's type; required.
     *
     * @param type the type
     * @return this builder
     * @throws NullPointerException if {@code type} is null
     */
    public Builder type(EventType type) {
      this.type = Objects.requireNonNull(type, "type must not be null");
      return this;
    }

    /**
     * Sets when the event was created.
     *
     * @param createdAt the creation time
     * @return this builder
     * @throws NullPointerException if {@code createdAt} is null
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt must not be null");
      return this;
    }

    /**
     * Sets the typed data; required, and of the class {@link EventType#dataType()} names.
     *
     * @param data the data
     * @return this builder
     * @throws NullPointerException if {@code data} is null
     */
    public Builder data(EventData data) {
      this.data = Objects.requireNonNull(data, "data must not be null");
      return this;
    }

    /**
     * Sets the raw data object; empty unless set. An unmodifiable deep copy is kept.
     *
     * @param rawData the data object as plain Java: maps with string keys, lists, strings, numbers,
     *     booleans and nulls
     * @return this builder
     * @throws NullPointerException if {@code rawData} is null
     * @throws IllegalArgumentException if a key, at any depth, is not a string
     */
    public Builder rawData(Map<String, ?> rawData) {
      this.rawData =
          PlainJson.copy("rawData", Objects.requireNonNull(rawData, "rawData must not be null"));
      this.rawDataSource = null;
      return this;
    }

    /**
     * Sets the scheme whose signature was verified; required.
     *
     * @param scheme the scheme
     * @return this builder
     * @throws NullPointerException if {@code scheme} is null
     */
    public Builder scheme(SignatureScheme scheme) {
      this.scheme = Objects.requireNonNull(scheme, "scheme must not be null");
      return this;
    }

    /**
     * Sets the Standard Webhooks delivery id.
     *
     * @param deliveryId the {@code webhook-id}
     * @return this builder
     * @throws NullPointerException if {@code deliveryId} is null
     */
    public Builder deliveryId(String deliveryId) {
      this.deliveryId = Objects.requireNonNull(deliveryId, "deliveryId must not be null");
      return this;
    }

    /** Sets data already converted by {@link PlainJson#of}: unmodifiable, so not copied again. */
    Builder plainRawData(Map<String, Object> rawData) {
      this.rawData = rawData;
      this.rawDataSource = null;
      return this;
    }

    /**
     * Sets where {@link #rawData()} is converted from when first asked for: a function that returns
     * an unmodifiable map ({@link PlainJson#of}), the same every time.
     */
    Builder rawDataFrom(Supplier<Map<String, Object>> source) {
      this.rawDataSource = source;
      return this;
    }

    /** Sets the key the replay protection remembers; the verifier's own bookkeeping. */
    Builder replayKey(String replayKey) {
      this.replayKey = replayKey;
      return this;
    }

    /**
     * Builds the event.
     *
     * @return the event
     * @throws IllegalStateException naming the first required field not set, or if the data is not
     *     of the class the type names
     */
    public WebhookEvent build() {
      if (type == null) {
        throw new IllegalStateException("WebhookEvent.type is required");
      }
      if (data == null) {
        throw new IllegalStateException("WebhookEvent.data is required");
      }
      if (scheme == null) {
        throw new IllegalStateException("WebhookEvent.scheme is required");
      }
      if (!type.dataType().isInstance(data)) {
        throw new IllegalStateException(
            "WebhookEvent.data: "
                + type
                + " events carry "
                + type.dataType().getSimpleName()
                + ", not "
                + data.getClass().getSimpleName());
      }
      return new WebhookEvent(this);
    }
  }
}
