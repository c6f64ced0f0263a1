package dev.gradiant.sdk.benchmarks;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;

/**
 * A fast HTTP/1.1 server on 127.0.0.1 answering from a {@link CannedApi}: the JDK's {@code
 * HttpServer}, with the bodies pre-rendered as byte arrays, answering on its dispatcher thread with
 * keep-alive and {@code TCP_NODELAY}. (OkHttp's MockWebServer was slower and records every request
 * it serves, which grows the heap during a long run.)
 */
public final class LoopbackServer implements AutoCloseable {
  private final HttpServer server;

  private LoopbackServer(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts a server on an ephemeral port of 127.0.0.1.
   *
   * @param api the answers
   * @return the running server
   */
  public static LoopbackServer start(CannedApi api) {
    // Read once, when the JDK's server implementation is first loaded: without it, an answer
    // written as headers then body can wait for a delayed ACK (Nagle).
    System.setProperty("sun.net.httpserver.nodelay", "true");
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
      Map<String, String> headers = CannedApi.headers();
      server.createContext("/", exchange -> answer(api, headers, exchange));
      server.setExecutor(null);
      server.start();
      return new LoopbackServer(server);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void answer(CannedApi api, Map<String, String> headers, HttpExchange exchange)
      throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    String query = exchange.getRequestURI().getRawQuery();
    CannedApi.Answer answer =
        api.answer(
            exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath(),
            parameter(query, "limit"),
            parameter(query, "offset"));
    Headers out = exchange.getResponseHeaders();
    headers.forEach(out::set);
    exchange.sendResponseHeaders(answer.status(), answer.body().length);
    try (OutputStream body = exchange.getResponseBody()) {
      body.write(answer.body());
    }
  }

  private static String parameter(String query, String name) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.regionMatches(0, name, 0, eq) && eq == name.length()) {
        return pair.substring(eq + 1);
      }
    }
    return null;
  }

  /** {@return the API root on this server, e.g. {@code http://127.0.0.1:50123/v1}} */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
