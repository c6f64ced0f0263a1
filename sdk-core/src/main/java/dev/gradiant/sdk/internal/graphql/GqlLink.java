package dev.gradiant.sdk.internal.graphql;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/**
 * One WebSocket of GraphQL subscriptions, from opening to its end, and what the engine knows of it.
 * Its OkHttp callbacks (on the socket's reader thread) hand every event to the {@link
 * SubscriptionEngine}, which ignores those of a connection that is no longer the current one.
 * Fields change under the engine's lock.
 */
final class GqlLink extends WebSocketListener {
  private final SubscriptionEngine engine;

  WebSocket socket;
  boolean ended;
  boolean closing;
  boolean initSent;
  boolean acknowledged;
  long received;
  Map<String, String> headers = Map.of();
  CompletableFuture<Void> ackTimer;
  CompletableFuture<Void> pingTimer;
  CompletableFuture<Void> deadTimer;

  GqlLink(SubscriptionEngine engine) {
    this.engine = engine;
  }

  void cancelTimers() {
    cancel(ackTimer);
    cancel(pingTimer);
    cancel(deadTimer);
  }

  private static void cancel(CompletableFuture<Void> timer) {
    if (timer != null) {
      timer.cancel(false);
    }
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    engine.opened(this, webSocket, response.header("Sec-WebSocket-Protocol"));
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    engine.received(this, text);
  }

  @Override
  public void onMessage(WebSocket webSocket, ByteString bytes) {
    engine.receivedBinary(this);
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    webSocket.close(1000, null);
    engine.ended(this, code, reason);
  }

  @Override
  public void onClosed(WebSocket webSocket, int code, String reason) {
    engine.ended(this, code, reason);
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
    int code = GqlCloseCodes.ABNORMAL;
    if (response != null && response.code() == 401) {
      code = 4401;
    } else if (response != null && response.code() == 403) {
      code = 4403;
    }
    if (response != null) {
      response.close();
    }
    engine.ended(this, code, response == null ? "" : "upgrade answered " + response.code());
  }
}
