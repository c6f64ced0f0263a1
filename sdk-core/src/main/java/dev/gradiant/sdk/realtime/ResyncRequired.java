package dev.gradiant.sdk.realtime;

/**
 * {@code resync_required}: the events a reconnect would have replayed are no longer kept by the
 * server (or the channel's history was reset). The subscription is live from {@code seq} on; the
 * events between were not delivered: reload the state through REST ({@code
 * users().listBookings(..)}, the conversation's messages).
 *
 * @param channel the channel
 * @param seq the subscription is live from here: later events have a greater {@code seq}
 * @param reason {@code history_expired} or {@code history_reset} (an open list)
 */
public record ResyncRequired(Channel channel, long seq, String reason) implements RealtimeEvent {

  /** The wire type. */
  public static final String TYPE = "resync_required";

  @Override
  public String type() {
    return TYPE;
  }
}
