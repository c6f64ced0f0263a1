package dev.gradiant.sdk.realtime;

import java.util.Map;

/**
 * {@code webrtc_signal}: a video-call signal from another participant of a booking. Ephemeral:
 * never replayed. {@code signalData} holds network addresses (personal data): {@link #toString()}
 * does not show it.
 *
 * @param channel the channel it came on
 * @param bookingId the booking of the call
 * @param fromUserId who sent it
 * @param signalType {@code offer}, {@code answer}, {@code ice_candidate}, {@code hangup} (an open
 *     list)
 * @param signalData the signal as sent (an SDP, an ICE candidate), read as JSON maps, lists,
 *     strings, numbers and booleans
 */
public record WebrtcSignal(
    Channel channel,
    String bookingId,
    String fromUserId,
    String signalType,
    Map<String, Object> signalData)
    implements RealtimeEvent {

  /** The wire type. */
  public static final String TYPE = "webrtc_signal";

  @Override
  public String type() {
    return TYPE;
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
}
