package dev.gradiant.sdk.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.ClientFrameContract;
import dev.gradiant.sdk.WebSocketPeer;
import java.util.List;

/**
 * The server side of the feed on 127.0.0.1: every request to {@code /v1/realtime} is upgraded to a
 * WebSocket the test drives frame by frame ({@link Socket}), each client frame checked against the
 * {@code feed} channel of the AsyncAPI contract.
 */
final class FeedPeer extends WebSocketPeer<FeedPeer.Socket> {
  FeedPeer() {
    super("/v1/realtime", null, ClientFrameContract.feed(), Socket::new);
  }

  /** One upgraded connection, seen from the server, with the protocol's steps. */
  static final class Socket extends WebSocketPeer.Socket {
    Socket(ClientFrameContract contract, List<String> violations) {
      super(contract, violations);
    }

    /** Answers the {@code auth} frame (returned) with {@code authenticated}. */
    JsonNode authenticate() {
      JsonNode auth = expect("auth");
      send(
          "{\"type\":\"authenticated\",\"ref\":\""
              + auth.path("ref").asText()
              + "\",\"userId\":\"user_123\",\"heartbeatIntervalMs\":25000}");
      return auth;
    }

    /** Answers the next {@code subscribe} (returned) with {@code subscribed} at {@code seq}. */
    JsonNode acceptSubscribe(long seq) {
      JsonNode subscribe = expect("subscribe");
      send(
          "{\"type\":\"subscribed\",\"ref\":\""
              + subscribe.path("ref").asText()
              + "\",\"channel\":\""
              + subscribe.path("channel").asText()
              + "\",\"seq\":"
              + seq
              + "}");
      return subscribe;
    }

    /** Sends a {@code booking_update} of {@code channel} at {@code seq}. */
    void sendBooking(String channel, long seq) {
      send(
          "{\"type\":\"booking_update\",\"channel\":\""
              + channel
              + "\",\"seq\":"
              + seq
              + ",\"id\":\"evt_"
              + seq
              + "\",\"createdAt\":\"2024-01-01T09:00:00Z\",\"event\":\"booking.confirmed\","
              + "\"data\":{\"id\":\"booking_"
              + seq
              + "\",\"userId\":\"user_123\",\"status\":\"confirmed\"}}");
    }
  }
}
