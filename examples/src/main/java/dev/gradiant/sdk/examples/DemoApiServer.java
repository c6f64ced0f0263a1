package dev.gradiant.sdk.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A tiny stand-in for the Gradiant API on 127.0.0.1, so the quickstart runs with no account and no
 * network. It speaks the contract's envelope, error shape and paging for {@code /health} and the
 * users endpoints the quickstart calls, keeping users in memory. (The full sandbox with every
 * resource is the {@code sdk-testing} module's job.)
 */
public final class DemoApiServer implements AutoCloseable {
  /** The only bearer token the demo server accepts. */
  public static final String DEMO_TOKEN = "demo-token";

  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, ObjectNode> users = new LinkedHashMap<>();
  private final HttpServer server;

  private DemoApiServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/", this::handle);
    server.start();
    for (String name : List.of("Ada", "Grace", "Edsger", "Barbara", "Donald")) {
      ObjectNode user = json.createObjectNode();
      user.put("id", "user_" + name.toLowerCase());
      user.put("email", name.toLowerCase() + "@clinic.example");
      user.put("firstName", name);
      user.put("createdAt", "2024-01-01T00:00:00Z");
      users.put(user.get("id").asText(), user);
    }
  }

  /** Starts the server on a free loopback port. */
  public static DemoApiServer start() {
    try {
      return new DemoApiServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the base URL to give the client, e.g. {@code http://127.0.0.1:54321/v1}} */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private synchronized void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath().substring("/v1".length());
      String method = exchange.getRequestMethod();
      if (path.equals("/health") && method.equals("GET")) {
        ObjectNode health = json.createObjectNode().put("status", "healthy").put("version", "demo");
        send(exchange, 200, envelope(health));
        return;
      }
      if (!("Bearer " + DEMO_TOKEN)
          .equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        send(exchange, 401, error("AUTHENTICATION_REQUIRED", "Missing or invalid token"));
        return;
      }
      if (path.equals("/users") && method.equals("POST")) {
        ObjectNode user = (ObjectNode) json.readTree(exchange.getRequestBody());
        user.put("id", "user_" + UUID.randomUUID().toString().substring(0, 8));
        user.put("verified", false);
        user.put("createdAt", Instant.now().toString());
        users.put(user.get("id").asText(), user);
        send(exchange, 201, envelope(user));
      } else if (path.equals("/users") && method.equals("GET")) {
        send(exchange, 200, page(exchange.getRequestURI().getRawQuery()));
      } else if (path.startsWith("/users/") && method.equals("GET")) {
        ObjectNode user = users.get(path.substring("/users/".length()));
        if (user == null) {
          send(exchange, 404, error("RESOURCE_NOT_FOUND", "User not found"));
        } else {
          send(exchange, 200, envelope(user));
        }
      } else {
        send(exchange, 404, error("RESOURCE_NOT_FOUND", "The demo server does not serve " + path));
      }
    }
  }

  private ObjectNode page(String query) {
    Map<String, Integer> params = new LinkedHashMap<>(Map.of("limit", 20, "offset", 0));
    if (query != null) {
      for (String pair : query.split("&")) {
        String[] parts = pair.split("=", 2);
        params.put(parts[0], Integer.parseInt(parts[1]));
      }
    }
    List<ObjectNode> all = new ArrayList<>(users.values());
    int offset = params.get("offset");
    int end = Math.min(all.size(), offset + params.get("limit"));
    ArrayNode data = json.createArrayNode();
    all.subList(Math.min(offset, end), end).forEach(data::add);
    ObjectNode body = envelope(data);
    ((ObjectNode) body.get("meta"))
        .put("total", all.size())
        .put("limit", params.get("limit"))
        .put("offset", offset);
    return body;
  }

  private ObjectNode envelope(JsonNode data) {
    ObjectNode body = json.createObjectNode();
    body.set("data", data);
    body.set("meta", meta());
    return body;
  }

  private ObjectNode error(String code, String message) {
    ObjectNode body = json.createObjectNode();
    body.putObject("error").put("code", code).put("message", message);
    body.set("meta", meta());
    return body;
  }

  private ObjectNode meta() {
    return json.createObjectNode()
        .put("requestId", "req_" + UUID.randomUUID().toString().substring(0, 8))
        .put("timestamp", Instant.now().toString());
  }

  private void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = json.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("X-RateLimit-Limit", "100");
    exchange.getResponseHeaders().set("X-RateLimit-Remaining", "99");
    exchange
        .getResponseHeaders()
        .set("X-RateLimit-Reset", Long.toString(Instant.now().plusSeconds(60).getEpochSecond()));
    exchange.getResponseHeaders().set("X-Request-ID", body.path("meta").path("requestId").asText());
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public String toString() {
    return "DemoApiServer[" + baseUrl() + "]";
  }
}
