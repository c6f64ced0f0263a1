package dev.gradiant.sdk.realtime;

/**
 * {@code typing}: someone else in a subscribed conversation started or stopped typing. Ephemeral:
 * never replayed; treat an indicator not renewed for 10 s as stopped.
 *
 * @param channel the channel it came on
 * @param conversationId the conversation
 * @param userId who is typing
 * @param typing whether they are typing
 */
public record TypingIndicator(Channel channel, String conversationId, String userId, boolean typing)
    implements RealtimeEvent {

  /** The wire type. */
  public static final String TYPE = "typing";

  @Override
  public String type() {
    return TYPE;
  }
}
