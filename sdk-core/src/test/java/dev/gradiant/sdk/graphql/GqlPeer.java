package dev.gradiant.sdk.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * The server side of GraphQL subscriptions on 127.0.0.1: every request to {@code /v1/graphql} is
 * upgraded (answering the subprotocol {@code graphql-transport-ws}, unless told not to) to a
 * WebSocket the test drives message by message ({@link Socket}); every request is recorded. Every
 * frame the client sends is checked against the AsyncAPI contract ({@link GqlFrameContract}):
 * {@link #close()} fails the test if one was not a valid client message.
 */
final class GqlPeer implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();
  private final BlockingQueue<Socket> connections = new LinkedBlockingQueue<>();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final List<String> frameViolations = new CopyOnWriteArrayList<>();
  private volatile boolean answerSubprotocol = true;

  GqlPeer() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            requests.add(request);
            if (!request.getUrl().encodedPath().equals("/v1/graphql")) {
              return new MockResponse.Builder().code(404).build();
            }
            Socket socket = new Socket(frameViolations);
            connections.add(socket);
            MockResponse.Builder response = new MockResponse.Builder();
            if (answerSubprotocol) {
              response.addHeader("Sec-WebSocket-Protocol", "graphql-transport-ws");
            }
            return response.webSocketUpgrade(socket).build();
          }
        });
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** From now on, upgrades do not name the subprotocol. */
  void withoutSubprotocol() {
    answerSubprotocol = false;
  }

  /** {@return the API base URL of this server, {@code http://127.0.0.1:<port>/v1}} */
  String baseUrl() {
    return server.url("/v1").toString();
  }

  /** {@return the next connection the client opened; fails the test if none comes within 5 s} */
  Socket nextConnection() {
    try {
      Socket socket = connections.poll(5, TimeUnit.SECONDS);
      assertThat(socket).as("the client opened a connection").isNotNull();
      socket.awaitOpen();
      return socket;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@return the connections opened and not yet taken} */
  int pendingConnections() {
    return connections.size();
  }

  /** {@return every request the server received so far} */
  List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** {@return what was wrong with the client's frames so far, as the contract reads them} */
  List<String> frameViolations() {
    return List.copyOf(frameViolations);
  }

  @Override
  public void close() {
    server.close();
    assertThat(frameViolations).as("client frames that break the AsyncAPI contract").isEmpty();
  }

  /** One upgraded connection, seen from the server. */
  static final class Socket extends WebSocketListener {
    private final List<String> violations;
    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final BlockingQueue<Integer> closes = new LinkedBlockingQueue<>();
    private final BlockingQueue<WebSocket> opened = new LinkedBlockingQueue<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private WebSocket socket;

    Socket(List<String> violations) {
      this.violations = violations;
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      opened.add(webSocket);
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      violations.addAll(GqlFrameContract.graphql().violations(text));
      received.add(text);
      frames.add(text);
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
      closes.add(code);
      webSocket.close(1000, null);
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
      closes.add(1006);
    }

    void awaitOpen() throws InterruptedException {
      if (socket == null) {
        socket = opened.poll(5, TimeUnit.SECONDS);
        assertThat(socket).as("the upgrade completed").isNotNull();
      }
    }

    /** {@return the next frame, which must be of {@code type}} */
    JsonNode expect(String type) {
      try {
        String text = frames.poll(5, TimeUnit.SECONDS);
        assertThat(text).as("the client sent a " + type).isNotNull();
        JsonNode frame = GqlFrameContract.JSON.readTree(text);
        assertThat(frame.path("type").asText()).as("type of " + text).isEqualTo(type);
        return frame;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** {@return the frames received and not yet taken} */
    List<String> pendingFrames() {
      return List.copyOf(frames);
    }

    /** {@return every frame the client sent on this connection, in order} */
    List<String> received() {
      return List.copyOf(received);
    }

    void send(String json) {
      assertThat(socket.send(json)).isTrue();
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

    void close(int code, String reason) {
      socket.close(code, reason);
    }

    void cancel() {
      socket.cancel();
    }

    /** {@return the close code the client sent (1006: the connection failed without one)} */
    int clientClose() {
      try {
        Integer code = closes.poll(5, TimeUnit.SECONDS);
        assertThat(code).as("the client closed the connection").isNotNull();
        return code;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
