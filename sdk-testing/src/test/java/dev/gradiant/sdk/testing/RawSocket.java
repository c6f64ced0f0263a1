package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * A bare WebSocket client of one of the sandbox's channels, for frame-level tests: it sends what it
 * is told and checks every frame it receives against the channel's server messages in the AsyncAPI
 * contract ({@link ServerFrameContract}). The feed's and GraphQL's clients add their protocol's
 * steps.
 */
class RawSocket extends WebSocketListener implements AutoCloseable {
  private static final OkHttpClient HTTP = new OkHttpClient();

  private final ServerFrameContract contract;
  private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
  private final BlockingQueue<Integer> closes = new LinkedBlockingQueue<>();
  private final CompletableFuture<String> protocol = new CompletableFuture<>();
  private final WebSocket socket;

  /**
   * Connects to {@code path} of the sandbox's realtime URL.
   *
   * @param subprotocol the subprotocol asked for, or {@code null} for none
   */
  RawSocket(
      GradiantSandbox sandbox, String path, String subprotocol, ServerFrameContract contract) {
    this.contract = contract;
    String url = sandbox.realtimeUrl().replaceFirst("^ws", "http") + path;
    Request.Builder request = new Request.Builder().url(url);
    if (subprotocol != null) {
      request.header("Sec-WebSocket-Protocol", subprotocol);
    }
    socket = HTTP.newWebSocket(request.build(), this);
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    String chosen = response.header("Sec-WebSocket-Protocol");
    protocol.complete(chosen == null ? "" : chosen);
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
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

  /** {@return the subprotocol the sandbox chose; empty for none} */
  String protocol() {
    try {
      return protocol.get(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new AssertionError("the upgrade did not complete", e);
    }
  }

  void send(String json) {
    assertThat(socket.send(json)).isTrue();
  }

  /** {@return the next frame, after checking it against its schema in the contract} */
  JsonNode next() {
    try {
      String text = frames.poll(10, TimeUnit.SECONDS);
      assertThat(text).as("the sandbox sent a frame").isNotNull();
      JsonNode frame = TestSupport.JSON.readTree(text);
      assertThat(contract.check(frame)).as("contract problems of " + text).isEmpty();
      return frame;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the next frame, which must be of {@code type}} */
  JsonNode expect(String type) {
    JsonNode frame = next();
    assertThat(frame.path("type").asText()).as("type of " + frame).isEqualTo(type);
    return frame;
  }

  /** {@return the close code the sandbox sent (1006: the connection ended without one)} */
  int closeCode() {
    try {
      Integer code = closes.poll(10, TimeUnit.SECONDS);
      assertThat(code).as("the sandbox closed the connection").isNotNull();
      return code;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@return the frames received and not yet taken} */
  List<String> pending() {
    return List.copyOf(frames);
  }

  @Override
  public void close() {
    socket.close(1000, null);
  }
}
