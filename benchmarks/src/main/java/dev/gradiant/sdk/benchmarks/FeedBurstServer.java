package dev.gradiant.sdk.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * A live-feed server on 127.0.0.1 for {@link RealtimeDeliveryBenchmark}: it answers {@code auth}
 * and {@code subscribe} as the contract says, and every {@code typing} frame it receives with a
 * burst of {@code booking_update} events (increasing {@code seq}) on the subscribed channel. The
 * SDK's feed and a raw OkHttp listener connect to the same server and receive the same frames.
 */
final class FeedBurstServer implements AutoCloseable {
  static final String CHANNEL = "bookings:user_123";

  private final MockWebServer server = new MockWebServer();
  private final int burst;

  FeedBurstServer(int burst) {
    this.burst = burst;
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse.Builder().webSocketUpgrade(new Peer()).build();
          }
        });
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the API base URL whose feed this server is, {@code http://127.0.0.1:<port>/v1}} */
  String baseUrl() {
    return server.url("/v1").toString();
  }

  /** {@return the feed's URL, in OkHttp's http form} */
  String feedUrl() {
    return server.url("/v1/realtime").toString();
  }

  @Override
  public void close() {
    server.close();
  }

  /** One connection: replies by the first field of the frame's type. */
  private final class Peer extends WebSocketListener {
    private long seq;

    @Override
    public void onMessage(WebSocket socket, String text) {
      if (text.contains("\"type\":\"auth\"")) {
        socket.send(
            "{\"type\":\"authenticated\",\"userId\":\"user_123\",\"heartbeatIntervalMs\":25000}");
      } else if (text.contains("\"type\":\"subscribe\"")) {
        socket.send(
            "{\"type\":\"subscribed\",\"channel\":\"" + CHANNEL + "\",\"seq\":" + seq + "}");
      } else if (text.contains("\"type\":\"typing\"")) {
        for (int i = 0; i < burst; i++) {
          seq++;
          socket.send(
              "{\"type\":\"booking_update\",\"channel\":\""
                  + CHANNEL
                  + "\",\"seq\":"
                  + seq
                  + ",\"id\":\"evt_"
                  + seq
                  + "\",\"createdAt\":\"2024-01-01T09:00:00Z\",\"event\":\"booking.confirmed\","
                  + "\"data\":{\"id\":\"booking_123\",\"userId\":\"user_123\","
                  + "\"practitionerId\":\"prac_123\",\"scheduledAt\":\"2024-01-01T10:00:00Z\","
                  + "\"duration\":60,\"status\":\"confirmed\",\"sessionType\":\"video_call\"}}");
        }
      }
    }

    @Override
    public void onClosing(WebSocket socket, int code, String reason) {
      socket.close(1000, null);
    }
  }
}
