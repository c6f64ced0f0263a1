package dev.gradiant.sdk.realtime;

import java.util.Objects;

/**
 * {@code resync_required}: the events a reconnect would have replayed are no longer kept by the
 * server (or the channel's history was reset). The subscription is live from {@link #seq()} on; the
 * events between were not delivered: reload the state through REST ({@code
 * users().listBookings(..)}, the conversation's messages).
 *
 * <p>Compatibility: a final class built with {@link #builder()} (for tests of an application's
 * listeners, too), so fields can be added in a minor release without breaking callers. Nothing it
 * returns is null.
 */
public final class ResyncRequired implements RealtimeEvent {
  /** The wire type. */
  public static final String TYPE = "resync_required";

  private final Channel channel;
  private final long seq;
  private final String reason;

  private ResyncRequired(Builder builder) {
    this.channel = builder.channel;
    this.seq = builder.seq;
    this.reason = builder.reason;
  }

  /** {@return a builder with nothing set (the reason empty)} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this event} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.channel = channel;
    builder.seq = seq;
    builder.reason = reason;
    return builder;
  }

  @Override
  public String type() {
    return TYPE;
  }

  /** {@return the channel} */
  public Channel channel() {
    return channel;
  }

  /** {@return the position the subscription is live from: later events have a greater seq} */
  public long seq() {
    return seq;
  }

  /** {@return {@code history_expired} or {@code history_reset} (an open list); empty if none} */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ResyncRequired that
        && channel.equals(that.channel)
        && seq == that.seq
        && reason.equals(that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(channel, seq, reason);
  }

  @Override
  public String toString() {
    return "ResyncRequired[channel=" + channel + ", seq=" + seq + ", reason=" + reason + "]";
  }

  /** Collects the fields of a {@link ResyncRequired}; the channel and seq are required. */
  public static final class Builder {
    private Channel channel;
    private Long seq;
    private String reason = "";

    private Builder() {}

    /**
     * @param channel the channel
     * @return this builder
     */
    public Builder channel(Channel channel) {
      this.channel = Objects.requireNonNull(channel, "channel must not be null");
      return this;
    }

    /**
     * @param seq the position the subscription is live from
     * @return this builder
     * @throws IllegalArgumentException if it is outside the contract's range, 0 to 2<sup>53</sup>-1
     */
    public Builder seq(long seq) {
      this.seq = Seq.position(seq);
      return this;
    }

    /**
     * @param reason e.g. {@code history_expired}
     * @return this builder
     */
    public Builder reason(String reason) {
      this.reason = Objects.requireNonNull(reason, "reason must not be null");
      return this;
    }

    /**
     * @return the event
     * @throws IllegalStateException if the channel or seq is unset
     */
    public ResyncRequired build() {
      if (channel == null || seq == null) {
        throw new IllegalStateException(
            "ResyncRequired." + (channel == null ? "channel" : "seq") + " is required");
      }
      return new ResyncRequired(this);
    }
  }
}
