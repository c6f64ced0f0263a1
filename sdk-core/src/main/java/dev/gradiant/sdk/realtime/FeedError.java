package dev.gradiant.sdk.realtime;

/**
 * {@code error} that answers no request of this client still waiting (those fail their own future
 * instead): e.g. a rate limit, or the reason the server gives before closing the connection.
 *
 * @param code the error code, e.g. {@code RATE_LIMIT_EXCEEDED} (an open list)
 * @param message the server's message
 */
public record FeedError(String code, String message) implements RealtimeEvent {

  /** The wire type. */
  public static final String TYPE = "error";

  @Override
  public String type() {
    return TYPE;
  }
}
