package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * The server side of a WebSocket channel on 127.0.0.1: every request to one path is upgraded to a
 * WebSocket the test drives frame by frame ({@link Socket}); every request is recorded; other paths
 * are answered 404. Every frame the client sends is checked against the AsyncAPI contract of the
 * channel ({@link ClientFrameContract}): {@link #close()} fails the test if one was not a valid
 * client message. The feed's and GraphQL subscriptions' peers add their protocol's steps.
 *
 * @param <S> the type of the peer's connections
 */
public class WebSocketPeer<S extends WebSocketPeer.Socket> implements AutoCloseable {
  /** Reads the frames. */
  public static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer server = new MockWebServer();
  private final BlockingQueue<S> connections = new LinkedBlockingQueue<>();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final List<String> frameViolations = new CopyOnWriteArrayList<>();
  private volatile boolean answerSubprotocol = true;

  /**
   * Starts the server.
   *
   * @param path the path upgraded, e.g. {@code /v1/realtime}
   * @param subprotocol the subprotocol the upgrade names, or {@code null} for none
   * @param contract the client's messages of the channel
   * @param sockets makes a connection, given the contract and where it reports what breaks it
   */
  protected WebSocketPeer(
      String path,
      String subprotocol,
      ClientFrameContract contract,
      BiFunction<ClientFrameContract, List<String>, S> sockets) {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            requests.add(request);
            if (!request.getUrl().encodedPath().equals(path)) {
              return new MockResponse.Builder().code(404).build();
            }
            S socket = sockets.apply(contract, frameViolations);
            connections.add(socket);
            MockResponse.Builder response = new MockResponse.Builder();
            if (subprotocol != null && answerSubprotocol) {
              response.addHeader("Sec-WebSocket-Protocol", subprotocol);
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
  public void withoutSubprotocol() {
    answerSubprotocol = false;
  }

  /** {@return the API base URL of this server, {@code http://127.0.0.1:<port>/v1}} */
  public String baseUrl() {
    return server.url("/v1").toString();
  }

  /** {@return the next connection the client opened; fails the test if none comes within 5 s} */
  public S nextConnection() {
    try {
      S socket = connections.poll(5, TimeUnit.SECONDS);
      assertThat(socket).as("the client opened a connection").isNotNull();
      socket.awaitOpen();
      return socket;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@return the connections opened and not yet taken} */
  public int pendingConnections() {
    return connections.size();
  }

  /** {@return every request the server received so far} */
  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** {@return what was wrong with the client's frames so far, as the contract reads them} */
  public List<String> frameViolations() {
    return List.copyOf(frameViolations);
  }

  @Override
  public void close() {
    server.close();
    assertThat(frameViolations).as("client frames that break the AsyncAPI contract").isEmpty();
  }

  /** One upgraded connection, seen from the server. */
  public static class Socket extends WebSocketListener {
    private final ClientFrameContract contract;
    private final List<String> violations;
    private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
    private final BlockingQueue<Integer> closes = new LinkedBlockingQueue<>();
    private final BlockingQueue<WebSocket> opened = new LinkedBlockingQueue<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private WebSocket socket;

    /**
     * A connection whose client frames are checked.
     *
     * @param contract the client's messages of the channel
     * @param violations where what breaks the contract is added
     */
    protected Socket(ClientFrameContract contract, List<String> violations) {
      this.contract = contract;
      this.violations = violations;
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
      opened.add(webSocket);
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
      violations.addAll(contract.violations(text));
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

    /** {@return the next text frame the client sent, as written} */
    public String nextText() {
      try {
        String text = frames.poll(5, TimeUnit.SECONDS);
        assertThat(text).as("the client sent a frame").isNotNull();
        return text;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /**
     * Takes the next frame the client sent.
     *
     * @param type the {@code type} it must have
     * @return the frame
     */
    public JsonNode expect(String type) {
      String text = nextText();
      try {
        JsonNode frame = JSON.readTree(text);
        assertThat(frame.path("type").asText()).as("type of " + text).isEqualTo(type);
        return frame;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** {@return the frames received and not yet taken} */
    public List<String> pendingFrames() {
      return List.copyOf(frames);
    }

    /** {@return every frame the client sent on this connection, in order} */
    public List<String> received() {
      return List.copyOf(received);
    }

    /**
     * Sends a text frame to the client.
     *
     * @param json the frame
     */
    public void send(String json) {
      assertThat(socket.send(json)).isTrue();
    }

    /**
     * Closes the connection with a close frame.
     *
     * @param code the close code
     * @param reason the reason, or {@code null}
     */
    public void close(int code, String reason) {
      socket.close(code, reason);
    }

    /** Ends the connection without a close frame, as a lost network would. */
    public void cancel() {
      socket.cancel();
    }

    /** {@return the close code the client sent (1006: the connection failed without one)} */
    public int clientClose() {
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
