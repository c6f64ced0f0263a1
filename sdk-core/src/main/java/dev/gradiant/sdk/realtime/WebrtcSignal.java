package dev.gradiant.sdk.realtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code webrtc_signal}: a video-call signal from another participant of a booking. Ephemeral:
 * never replayed. {@code signalData} holds network addresses, personal data by the contract ({@code
 * x-personal-data}): {@link #toString()} does not show it.
 *
 * <p>Compatibility: a final class built with {@link #builder()} (for tests of an application's
 * listeners, too), so fields can be added in a minor release without breaking callers. Nothing it
 * returns is null.
 */
public final class WebrtcSignal implements RealtimeEvent {
  /** The wire type. */
  public static final String TYPE = "webrtc_signal";

  private final Channel channel;
  private final String bookingId;
  private final String fromUserId;
  private final String signalType;
  private final Map<String, Object> signalData;

  private WebrtcSignal(Builder builder) {
    this.channel = builder.channel;
    this.bookingId = builder.bookingId;
    this.fromUserId = builder.fromUserId;
    this.signalType = builder.signalType;
    this.signalData = builder.signalData;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this event} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.channel = channel;
    builder.bookingId = bookingId;
    builder.fromUserId = fromUserId;
    builder.signalType = signalType;
    builder.signalData = signalData;
    return builder;
  }

  @Override
  public String type() {
    return TYPE;
  }

  /** {@return the channel it came on} */
  public Channel channel() {
    return channel;
  }

  /** {@return the booking of the call} */
  public String bookingId() {
    return bookingId;
  }

  /** {@return who sent it} */
  public String fromUserId() {
    return fromUserId;
  }

  /**
   * {@return {@code offer}, {@code answer}, {@code ice_candidate}, {@code hangup} (an open list)}
   */
  public String signalType() {
    return signalType;
  }

  /**
   * {@return the signal as sent (an SDP, an ICE candidate), read as JSON maps, lists, strings,
   * numbers, booleans and nulls; unmodifiable at the top level}
   */
  public Map<String, Object> signalData() {
    return signalData;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WebrtcSignal that
        && channel.equals(that.channel)
        && bookingId.equals(that.bookingId)
        && fromUserId.equals(that.fromUserId)
        && signalType.equals(that.signalType)
        && signalData.equals(that.signalData);
  }

  @Override
  public int hashCode() {
    return Objects.hash(channel, bookingId, fromUserId, signalType, signalData);
  }

  @Override
  public String toString() {
    return "WebrtcSignal[channel="
        + channel
        + ", bookingId="
        + bookingId
        + ", fromUserId="
        + fromUserId
        + ", signalType="
        + signalType
        + ", signalData=****]";
  }

  /** Collects the fields of a {@link WebrtcSignal}; every one is required. */
  public static final class Builder {
    private Channel channel;
    private String bookingId;
    private String fromUserId;
    private String signalType;
    private Map<String, Object> signalData;

    private Builder() {}

    /**
     * @param channel the channel it came on
     * @return this builder
     */
    public Builder channel(Channel channel) {
      this.channel = Objects.requireNonNull(channel, "channel must not be null");
      return this;
    }

    /**
     * @param bookingId the booking of the call
     * @return this builder
     */
    public Builder bookingId(String bookingId) {
      this.bookingId = Objects.requireNonNull(bookingId, "bookingId must not be null");
      return this;
    }

    /**
     * @param fromUserId who sent it
     * @return this builder
     */
    public Builder fromUserId(String fromUserId) {
      this.fromUserId = Objects.requireNonNull(fromUserId, "fromUserId must not be null");
      return this;
    }

    /**
     * @param signalType e.g. {@code offer}
     * @return this builder
     */
    public Builder signalType(String signalType) {
      this.signalType = Objects.requireNonNull(signalType, "signalType must not be null");
      return this;
    }

    /**
     * @param signalData the signal as sent; copied (its values may be null, as JSON's may)
     * @return this builder
     */
    public Builder signalData(Map<String, ?> signalData) {
      Objects.requireNonNull(signalData, "signalData must not be null");
      this.signalData = Collections.unmodifiableMap(new LinkedHashMap<>(signalData));
      return this;
    }

    /**
     * @return the event
     * @throws IllegalStateException if a field is unset
     */
    public WebrtcSignal build() {
      required(channel, "channel");
      required(bookingId, "bookingId");
      required(fromUserId, "fromUserId");
      required(signalType, "signalType");
      required(signalData, "signalData");
      return new WebrtcSignal(this);
    }

    private static void required(Object value, String field) {
      if (value == null) {
        throw new IllegalStateException("WebrtcSignal." + field + " is required");
      }
    }
  }
}
