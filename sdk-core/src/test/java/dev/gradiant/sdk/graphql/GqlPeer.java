package dev.gradiant.sdk.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.ClientFrameContract;
import dev.gradiant.sdk.WebSocketPeer;
import java.util.List;

/**
 * The server side of GraphQL subscriptions on 127.0.0.1: every request to {@code /v1/graphql} is
 * upgraded (answering the subprotocol {@code graphql-transport-ws}, unless told not to) to a
 * WebSocket the test drives message by message ({@link Socket}), each client frame checked against
 * the {@code graphql} channel of the AsyncAPI contract.
 */
final class GqlPeer extends WebSocketPeer<GqlPeer.Socket> {
  GqlPeer() {
    super("/v1/graphql", "graphql-transport-ws", ClientFrameContract.graphql(), Socket::new);
  }

  /** One upgraded connection, seen from the server, with the protocol's steps. */
  static final class Socket extends WebSocketPeer.Socket {
    Socket(ClientFrameContract contract, List<String> violations) {
      super(contract, violations);
    }

    /** Answers {@code connection_init} (returned) with {@code connection_ack}. */
    JsonNode acknowledge() {
      JsonNode init = expect("connection_init");
      send("{\"type\":\"connection_ack\",\"payload\":{\"userId\":\"user_123\"}}");
      return init;
    }

    /** Sends a {@code next} for {@code id} with a booking update at {@code seq}. */
    void sendBooking(String id, long seq) {
      send(
          "{\"type\":\"next\",\"id\":\""
              + id
              + "\",\"payload\":{\"data\":{\"bookingUpdates\":{\"id\":\"booking_"
              + seq
              + "\",\"status\":\"CONFIRMED\",\"scheduledAt\":\"2024-01-01T10:00:00Z\"}},"
              + "\"extensions\":{\"realtime\":{\"channel\":\"bookings:user_123\",\"seq\":"
              + seq
              + ",\"id\":\"evt_"
              + seq
              + "\"}}}}");
    }
  }
}
