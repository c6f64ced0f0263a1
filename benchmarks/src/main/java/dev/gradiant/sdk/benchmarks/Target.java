package dev.gradiant.sdk.benchmarks;

import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
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

  /**
   * Starts a loopback target for many callers at once: its OkHttp client may run {@code
   * connections} calls at a time to the server (OkHttp's defaults: 64 in all, 5 per host) and keeps
   * as many idle connections (default: 5), so that neither the dispatcher nor connection churn
   * limits the clients under test. The server has a thread per connection.
   *
   * @param api the answers
   * @param connections calls at a time, and idle connections kept
   * @return the target; close it to stop its server
   */
  public static Target loopbackForConcurrency(CannedApi api, int connections) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(connections);
    dispatcher.setMaxRequestsPerHost(connections);
    OkHttpClient http =
        new OkHttpClient.Builder()
            .dispatcher(dispatcher)
            .connectionPool(new ConnectionPool(connections, 5, TimeUnit.MINUTES))
            .build();
    LoopbackServer server = LoopbackServer.start(api);
    return new Target(server.baseUrl(), http, server);
  }

  /** {@return the loopback server, or null in-JVM} */
  public LoopbackServer server() {
    return server;
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
