package dev.gradiant.sdk.internal.realtime;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/**
 * One WebSocket of the feed, from opening to its end, and what the feed knows of it. Its OkHttp
 * callbacks (on the socket's reader thread) hand every event to the {@link FeedEngine}, which
 * ignores those of a connection that is no longer the current one. Fields change under the feed's
 * lock.
 */
final class Connection extends WebSocketListener {
  private final FeedEngine feed;

  WebSocket socket;
  boolean ended;
  boolean authenticated;
  long received;
  Map<String, String> headers = Map.of();
  Duration heartbeat;
  CompletableFuture<Void> pingTimer;
  CompletableFuture<Void> deadTimer;

  Connection(FeedEngine feed) {
    this.feed = feed;
  }

  void cancelTimers() {
    if (pingTimer != null) {
      pingTimer.cancel(false);
    }
    if (deadTimer != null) {
      deadTimer.cancel(false);
    }
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    feed.opened(this, webSocket);
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    feed.received(this, text);
  }

  @Override
  public void onMessage(WebSocket webSocket, ByteString bytes) {
    feed.receivedBinary(this);
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    webSocket.close(1000, null);
    feed.ended(this, code, reason, null);
  }

  @Override
  public void onClosed(WebSocket webSocket, int code, String reason) {
    feed.ended(this, code, reason, null);
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
    int code = CloseCodes.ABNORMAL;
    if (response != null && response.code() == 401) {
      code = 4401;
    } else if (response != null && response.code() == 403) {
      code = 4403;
    }
    if (response != null) {
      response.close();
    }
    feed.ended(this, code, response == null ? "" : "upgrade answered " + response.code(), null);
  }
}
