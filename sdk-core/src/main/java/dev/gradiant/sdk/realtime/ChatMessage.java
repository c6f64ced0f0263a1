package dev.gradiant.sdk.realtime;

import dev.gradiant.sdk.conversations.Message;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code message}: a message was posted to a subscribed conversation (the caller's own too).
 * Durable: it has a {@code seq} and is replayed after a reconnect, never delivered twice. Its
 * content is personal data: {@link #toString()} does not show it (see {@link Message#toString()}).
 *
 * <p>Compatibility: a final class built with {@link #builder()} (for tests of an application's
 * listeners, too), so fields can be added in a minor release without breaking callers. Nothing it
 * returns is null.
 */
public final class ChatMessage implements RealtimeEvent {
  /** The wire type. */
  public static final String TYPE = "message";

  private final Channel channel;
  private final long seq;
  private final String id;
  private final Instant createdAt;
  private final Message message;

  private ChatMessage(Builder builder) {
    this.channel = builder.channel;
    this.seq = builder.seq;
    this.id = builder.id;
    this.createdAt = builder.createdAt;
    this.message = builder.message;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this event} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.channel = channel;
    builder.seq = seq;
    builder.id = id;
    builder.createdAt = createdAt;
    builder.message = message;
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

  /** {@return its position in the channel (1 or more)} */
  public long seq() {
    return seq;
  }

  /** {@return the event's id} */
  public String id() {
    return id;
  }

  /** {@return when it was posted} */
  public Instant createdAt() {
    return createdAt;
  }

  /** {@return the message} */
  public Message message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ChatMessage that
        && channel.equals(that.channel)
        && seq == that.seq
        && id.equals(that.id)
        && createdAt.equals(that.createdAt)
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(channel, seq, id, createdAt, message);
  }

  @Override
  public String toString() {
    return "ChatMessage[channel="
        + channel
        + ", seq="
        + seq
        + ", id="
        + id
        + ", createdAt="
        + createdAt
        + ", message="
        + message
        + "]";
  }

  /** Collects the fields of a {@link ChatMessage}; every one is required. */
  public static final class Builder {
    private Channel channel;
    private Long seq;
    private String id;
    private Instant createdAt;
    private Message message;

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
     * @param seq its position in the channel
     * @return this builder
     * @throws IllegalArgumentException if it is outside the contract's range, 1 to 2<sup>53</sup>-1
     */
    public Builder seq(long seq) {
      this.seq = Seq.durable(seq);
      return this;
    }

    /**
     * @param id the event's id
     * @return this builder
     */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /**
     * @param createdAt when it was posted
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt must not be null");
      return this;
    }

    /**
     * @param message the message
     * @return this builder
     */
    public Builder message(Message message) {
      this.message = Objects.requireNonNull(message, "message must not be null");
      return this;
    }

    /**
     * @return the event
     * @throws IllegalStateException if a field is unset
     */
    public ChatMessage build() {
      required(channel, "channel");
      required(seq, "seq");
      required(id, "id");
      required(createdAt, "createdAt");
      required(message, "message");
      return new ChatMessage(this);
    }

    private static void required(Object value, String field) {
      if (value == null) {
        throw new IllegalStateException("ChatMessage." + field + " is required");
      }
    }
  }
}
