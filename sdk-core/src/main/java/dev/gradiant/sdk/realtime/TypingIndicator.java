package dev.gradiant.sdk.realtime;

import java.util.Objects;

/**
 * {@code typing}: someone else in a subscribed conversation started or stopped typing. Ephemeral:
 * never replayed; treat an indicator not renewed for 10 s as stopped. It carries ids only, which
 * the contract does not mark as personal data (they appear in paths and channel names), so {@link
 * #toString()} shows them.
 *
 * <p>Compatibility: a final class built with {@link #builder()} (for tests of an application's
 * listeners, too), so fields can be added in a minor release without breaking callers. Nothing it
 * returns is null.
 */
public final class TypingIndicator implements RealtimeEvent {
  /** The wire type. */
  public static final String TYPE = "typing";

  private final Channel channel;
  private final String conversationId;
  private final String userId;
  private final boolean typing;

  private TypingIndicator(Builder builder) {
    this.channel = builder.channel;
    this.conversationId = builder.conversationId;
    this.userId = builder.userId;
    this.typing = builder.typing;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this event} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.channel = channel;
    builder.conversationId = conversationId;
    builder.userId = userId;
    builder.typing = typing;
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

  /** {@return the conversation} */
  public String conversationId() {
    return conversationId;
  }

  /** {@return who is typing (never the receiving user)} */
  public String userId() {
    return userId;
  }

  /** {@return whether they are typing} */
  public boolean typing() {
    return typing;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TypingIndicator that
        && channel.equals(that.channel)
        && conversationId.equals(that.conversationId)
        && userId.equals(that.userId)
        && typing == that.typing;
  }

  @Override
  public int hashCode() {
    return Objects.hash(channel, conversationId, userId, typing);
  }

  @Override
  public String toString() {
    return "TypingIndicator[channel="
        + channel
        + ", conversationId="
        + conversationId
        + ", userId="
        + userId
        + ", typing="
        + typing
        + "]";
  }

  /** Collects the fields of a {@link TypingIndicator}; every one is required. */
  public static final class Builder {
    private Channel channel;
    private String conversationId;
    private String userId;
    private Boolean typing;

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
     * @param conversationId the conversation
     * @return this builder
     */
    public Builder conversationId(String conversationId) {
      this.conversationId =
          Objects.requireNonNull(conversationId, "conversationId must not be null");
      return this;
    }

    /**
     * @param userId who is typing
     * @return this builder
     */
    public Builder userId(String userId) {
      this.userId = Objects.requireNonNull(userId, "userId must not be null");
      return this;
    }

    /**
     * @param typing whether they are typing
     * @return this builder
     */
    public Builder typing(boolean typing) {
      this.typing = typing;
      return this;
    }

    /**
     * @return the event
     * @throws IllegalStateException if a field is unset
     */
    public TypingIndicator build() {
      required(channel, "channel");
      required(conversationId, "conversationId");
      required(userId, "userId");
      required(typing, "typing");
      return new TypingIndicator(this);
    }

    private static void required(Object value, String field) {
      if (value == null) {
        throw new IllegalStateException("TypingIndicator." + field + " is required");
      }
    }
  }
}
