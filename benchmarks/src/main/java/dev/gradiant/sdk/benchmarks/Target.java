package dev.gradiant.sdk.benchmarks;

import okhttp3.OkHttpClient;

/**
 * Where the clients under test send their calls: {@code inJvm} (an OkHttp interceptor answers, no
 * socket) or {@code loopback} (a {@link LoopbackServer} on 127.0.0.1). The three clients of one
 * benchmark share the target's OkHttp client, so they share its connection pool too.
 */
public final class Target implements AutoCloseable {
  /** The in-JVM transport's name, as the benchmarks' {@code transport} parameter spells it. */
  public static final String IN_JVM = "inJvm";

  /** The loopback transport's name. */
  public static final String LOOPBACK = "loopback";

  private final String baseUrl;
  private final OkHttpClient http;
  private final LoopbackServer server;

  private Target(String baseUrl, OkHttpClient http, LoopbackServer server) {
    this.baseUrl = baseUrl;
    this.http = http;
    this.server = server;
  }

  /**
   * Starts a target.
   *
   * @param transport {@value #IN_JVM} or {@value #LOOPBACK}
   * @param api the answers
   * @return the target; close it to stop its server
   */
  public static Target start(String transport, CannedApi api) {
    switch (transport) {
      case IN_JVM:
        // Never connected to: the interceptor answers first. Plain http is allowed for loopback.
        return new Target("http://127.0.0.1/v1", InJvmTransport.client(api), null);
      case LOOPBACK:
        LoopbackServer server = LoopbackServer.start(api);
        return new Target(server.baseUrl(), new OkHttpClient(), server);
      default:
        throw new IllegalArgumentException("Unknown transport: " + transport);
    }
  }

  /** {@return the API root} */
  public String baseUrl() {
    return baseUrl;
  }

  /** {@return the OkHttp client the clients under test call through} */
  public OkHttpClient http() {
    return http;
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    if (server != null) {
      server.close();
    }
  }
}
