package dev.gradiant.sdk.webhooks;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A verified webhook event: its type, id, creation time and typed data.
 *
 * <p>Read from either documented envelope: {@code {"event": "session.completed", "data": {…}}} or
 * {@code {"id": "evt_123", "type": "booking.created", "createdAt": "…", "data": {…}}}. Immutable;
 * {@link #toString()} prints no personal data.
 */
public final class WebhookEvent {
  private final String id;
  private final EventType type;
  private final Instant createdAt;
  private final EventData data;
  private final Map<String, Object> rawData;
  private final SignatureScheme scheme;
  private final String deliveryId;
  private final String replayKey;

  WebhookEvent(
      String id,
      EventType type,
      Instant createdAt,
      EventData data,
      Map<String, Object> rawData,
      SignatureScheme scheme,
      String deliveryId,
      String replayKey) {
    this.id = id;
    this.type = Objects.requireNonNull(type);
    this.createdAt = createdAt;
    this.data = Objects.requireNonNull(data);
    this.rawData = Objects.requireNonNull(rawData);
    this.scheme = Objects.requireNonNull(scheme);
    this.deliveryId = deliveryId;
    this.replayKey = Objects.requireNonNull(replayKey);
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
   * The typed data: the record {@link EventType#dataType()} names.
   *
   * @return the data; {@link UnknownEventData} for an unknown type
   */
  public EventData data() {
    return data;
  }

  /**
   * The data as one record type, when it is one.
   *
   * @param <T> the record type
   * @param type the record's class, such as {@code BookingEventData.class}
   * @return the data, or empty if it is another record type
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
    return rawData;
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

  /** The key the replay protection remembers: the delivery id, else the event id, else the MAC. */
  String replayKey() {
    return replayKey;
  }

  /** Prints type, ids, time, scheme and data; the data records print no personal fields. */
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
}
