package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * A bare WebSocket client of the sandbox's feed, for frame-level tests: it sends what it is told
 * and checks every frame it receives against the AsyncAPI contract.
 */
final class RawFeed extends WebSocketListener implements AutoCloseable {
  private static final OkHttpClient HTTP = new OkHttpClient();

  private final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
  private final BlockingQueue<Integer> closes = new LinkedBlockingQueue<>();
  private final WebSocket socket;

  RawFeed(GradiantSandbox sandbox) {
    String url = sandbox.realtimeUrl().replaceFirst("^ws", "http") + "/realtime";
    socket = HTTP.newWebSocket(new Request.Builder().url(url).build(), this);
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

  void send(String json) {
    assertThat(socket.send(json)).isTrue();
  }

  /** {@return the next frame, after checking it against its schema in the contract} */
  JsonNode next() {
    try {
      String text = frames.poll(10, TimeUnit.SECONDS);
      assertThat(text).as("the sandbox sent a frame").isNotNull();
      JsonNode frame = TestSupport.JSON.readTree(text);
      assertThat(FeedContract.get().check(frame)).as("contract problems of " + text).isEmpty();
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

  /** Sends {@code auth} with {@code token} and returns the {@code authenticated} answer. */
  JsonNode authenticate(String token) {
    send("{\"type\":\"auth\",\"ref\":\"a1\",\"token\":\"" + token + "\"}");
    return expect("authenticated");
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
