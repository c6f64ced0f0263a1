package dev.gradiant.sdk.internal.http;

import java.net.ProxySelector;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The starting point of every OkHttp client the SDK builds for itself. Most of the cost of a new
 * {@link OkHttpClient} is the platform's TLS set-up (the trust manager, the socket factory and the
 * certificate chain cleaner built from the trust anchors): the same for every client of the
 * process, and immutable. It is made once, here, and clients derived with {@link
 * OkHttpClient#newBuilder()} share it. Each derived client gets its own connection pool and
 * dispatcher, so that closing one client leaves the connections and threads of the others alone,
 * and the proxy selector in effect when it is built (a derived builder would otherwise keep the
 * base's). The trust material is the platform's as it was when the first client was built, as it is
 * for an {@code OkHttpClient} an application builds once and shares; failed routes are remembered
 * across the SDK's clients, as they are across the calls of one client.
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
    OkHttpClient.Builder builder =
        Base.CLIENT.newBuilder().connectionPool(new ConnectionPool()).dispatcher(new Dispatcher());
    ProxySelector proxies = ProxySelector.getDefault();
    if (proxies != null) {
      builder.proxySelector(proxies);
    }
    return builder;
  }
}
