package dev.gradiant.sdk.internal.http;

import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * The starting point of every OkHttp client the SDK builds for itself. Most of the cost of a new
 * {@link OkHttpClient} is the platform's TLS set-up (the trust manager, the socket factory and the
 * certificate chain cleaner built from the trust anchors): the same for every client of the
 * process, and immutable. It is made once, here, and clients derived with {@link
 * OkHttpClient#newBuilder()} share it. Each derived client gets its own connection pool, so that
 * closing one client leaves the connections of the others alone.
 */
public final class PlatformTls {
  private PlatformTls() {}

  /** Built on first use: a client given its own OkHttp client never pays for it. */
  private static final class Base {
    private static final OkHttpClient CLIENT = new OkHttpClient();
  }

  /**
   * @return a builder with the platform's TLS set-up already made, and a connection pool of its own
   */
  public static OkHttpClient.Builder newClientBuilder() {
    return Base.CLIENT.newBuilder().connectionPool(new ConnectionPool());
  }
}
