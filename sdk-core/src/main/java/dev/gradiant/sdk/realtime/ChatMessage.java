package dev.gradiant.sdk.realtime;

import dev.gradiant.sdk.conversations.Message;
import java.time.Instant;

/**
 * {@code message}: a message was posted to a subscribed conversation (the caller's own too).
 * Durable: it has a {@code seq} and is replayed after a reconnect, never delivered twice. Its
 * content is personal data: {@link #toString()} does not show it.
 *
 * @param channel the channel it came on
 * @param seq its position in the channel
 * @param id the event's id
 * @param createdAt when it was posted
 * @param message the message
 */
public record ChatMessage(Channel channel, long seq, String id, Instant createdAt, Message message)
    implements RealtimeEvent {

  /** The wire type. */
  public static final String TYPE = "message";

  @Override
  public String type() {
    return TYPE;
  }
}
