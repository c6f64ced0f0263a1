package dev.gradiant.sdk.realtime;

import java.util.Objects;

/**
 * The server's acknowledgement of a subscription.
 *
 * <p>Compatibility: a final class built with {@link #builder()} (for tests that stand in for the
 * feed, too), so fields can be added in a minor release without breaking callers. Nothing it
 * returns is null.
 */
public final class Subscribed {
  private final Channel channel;
  private final long seq;

  private Subscribed(Builder builder) {
    this.channel = builder.channel;
    this.seq = builder.seq;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this acknowledgement} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.channel = channel;
    builder.seq = seq;
    return builder;
  }

  /** {@return the channel} */
  public Channel channel() {
    return channel;
  }

  /**
   * {@return the channel's latest {@code seq} when the subscription started (0: no event yet);
   * events delivered after it have a greater one}
   */
  public long seq() {
    return seq;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Subscribed that && channel.equals(that.channel) && seq == that.seq;
  }

  @Override
  public int hashCode() {
    return Objects.hash(channel, seq);
  }

  @Override
  public String toString() {
    return "Subscribed[channel=" + channel + ", seq=" + seq + "]";
  }

  /** Collects the fields of a {@link Subscribed}; both are required. */
  public static final class Builder {
    private Channel channel;
    private Long seq;

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
     * @param seq the channel's latest {@code seq}, 0 when it has no event yet
     * @return this builder
     * @throws IllegalArgumentException if it is outside the contract's range, 0 to 2<sup>53</sup>-1
     */
    public Builder seq(long seq) {
      this.seq = Seq.position(seq);
      return this;
    }

    /**
     * @return the acknowledgement
     * @throws IllegalStateException if a field is unset
     */
    public Subscribed build() {
      if (channel == null || seq == null) {
        throw new IllegalStateException(
            "Subscribed." + (channel == null ? "channel" : "seq") + " is required");
      }
      return new Subscribed(this);
    }
  }
}
