package dev.gradiant.sdk.internal.realtime;

import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * Opens the feed's WebSockets on an OkHttp client made at the first connection, and releases that
 * client's threads and connections when closed if the SDK made it (an application's client, handed
 * to the builder, is left open: its copy shares the application's dispatcher and pool).
 */
public final class WebSocketOpener implements AutoCloseable {
  private final Supplier<OkHttpClient> factory;
  private final boolean owned;
  private OkHttpClient client;
  private boolean closed;

  /**
   * @param factory makes the OkHttp client, once, at the first connection
   * @param owned whether {@link #close()} shuts the client's dispatcher down
   */
  public WebSocketOpener(Supplier<OkHttpClient> factory, boolean owned) {
    this.factory = factory;
    this.owned = owned;
  }

  /**
   * @param request the upgrade request
   * @param listener what receives the socket's events (on OkHttp's reader thread)
   * @return the socket, connecting
   * @throws IllegalStateException once closed
   */
  public WebSocket open(Request request, WebSocketListener listener) {
    OkHttpClient current;
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("The realtime feed is closed");
      }
      if (client == null) {
        client = factory.get();
      }
      current = client;
    }
    return current.newWebSocket(request, listener);
  }

  /** Shuts the SDK's own OkHttp client down once its sockets are done; idempotent. */
  @Override
  public void close() {
    OkHttpClient toRelease;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      toRelease = client;
    }
    if (owned && toRelease != null) {
      toRelease.dispatcher().executorService().shutdown();
      toRelease.connectionPool().evictAll();
    }
  }
}
