package dev.gradiant.sdk.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gradiant.sdk.webhooks.BookingEventData;
import dev.gradiant.sdk.webhooks.EventType;
import dev.gradiant.sdk.webhooks.InMemorySeenEventStore;
import dev.gradiant.sdk.webhooks.SignatureScheme;
import dev.gradiant.sdk.webhooks.UserEventData;
import dev.gradiant.sdk.webhooks.WebhookDispatcher;
import dev.gradiant.sdk.webhooks.WebhookHeaders;
import dev.gradiant.sdk.webhooks.WebhookSigner;
import dev.gradiant.sdk.webhooks.WebhookVerificationException;
import dev.gradiant.sdk.webhooks.WebhookVerifier;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on the JDK's built-in HTTP server: raw bytes in, signature verified, typed
 * event handed to a handler, 200 or 400 out.
 *
 * <p>Run it with {@code mvn -q -Pquickstart -DskipTests -pl examples -am verify
 * -Dexample.main=dev.gradiant.sdk.examples.WebhookReceiver}: it starts on 127.0.0.1, signs one demo
 * {@code booking.created} event, posts it to itself, posts a tampered copy, prints both answers and
 * exits. The secret comes from {@code GRADIANT_WEBHOOK_SECRET}. In production the endpoint sits
 * behind HTTPS (Gradiant only delivers to HTTPS URLs); this demo only talks to itself over
 * loopback.
 */
public final class WebhookReceiver implements AutoCloseable {
  /** The environment variable holding the endpoint's webhook secret. */
  public static final String SECRET_ENV = "GRADIANT_WEBHOOK_SECRET";

  /** The path deliveries are posted to. */
  public static final String PATH = "/webhooks/gradiant";

  /**
   * DEMO ONLY: the public example secret of the Standard Webhooks specification, used when {@link
   * #SECRET_ENV} is unset. Anyone can sign with it; never configure it on a real endpoint.
   */
  static final String DEMO_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  private static final int MAX_BODY_BYTES = 1 << 20;

  private final HttpServer server;
  private final WebhookDispatcher dispatcher;
  private final AtomicInteger handled = new AtomicInteger();

  private WebhookReceiver(HttpServer server, String secret) {
    this.server = server;
    WebhookVerifier verifier =
        WebhookVerifier.builder()
            .secret(secret)
            .seenEventStore(InMemorySeenEventStore.create())
            .build();
    this.dispatcher =
        WebhookDispatcher.builder()
            .verifier(verifier)
            .on(
                EventType.BOOKING_CREATED,
                BookingEventData.class,
                (event, booking) ->
                    received(
                        "booking "
                            + booking.id()
                            + " created, status "
                            + booking.status()
                            + ", scheduled at "
                            + booking.scheduledAt()))
            .on(
                EventType.USER_CREATED,
                UserEventData.class,
                // Only the id: the email, names and phone number are personal data.
                (event, user) -> received("user " + user.id() + " created"))
            .onUnknown((event, data) -> received(event.toString()))
            .build();
    server.createContext(PATH, this::handle);
  }

  /**
   * Starts a receiver on 127.0.0.1.
   *
   * @param port the port, or 0 for any free one
   * @param secret the endpoint's webhook secret
   * @return the running receiver; close it to stop it
   * @throws IOException if the port cannot be bound
   * @throws IllegalArgumentException if the secret is invalid
   */
  public static WebhookReceiver start(int port, String secret) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    try {
      WebhookReceiver receiver = new WebhookReceiver(server, secret);
      server.start();
      return receiver;
    } catch (RuntimeException e) {
      server.stop(0);
      throw e;
    }
  }

  /**
   * The URL deliveries go to.
   *
   * @return {@code http://127.0.0.1:<port>/webhooks/gradiant}
   */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
  }

  /**
   * How many deliveries were verified and handled.
   *
   * @return the count
   */
  public int handledCount() {
    return handled.get();
  }

  /** Stops the server at once. */
  @Override
  public void close() {
    server.stop(0);
  }

  private void received(String summary) {
    handled.incrementAndGet();
    System.out.println("Received: " + summary);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        respond(exchange, 405, "POST only");
        return;
      }
      byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        respond(exchange, 413, "body larger than " + MAX_BODY_BYTES + " bytes");
        return;
      }
      try {
        dispatcher.handle(body, WebhookHeaders.ofLists(exchange.getRequestHeaders()));
        respond(exchange, 200, "ok");
      } catch (WebhookVerificationException e) {
        // The message names the header and the problem, never a secret or a signature.
        System.out.println("Rejected: " + e.reason() + ": " + e.getMessage());
        respond(exchange, 400, e.reason() + ": " + e.getMessage());
      } catch (RuntimeException e) {
        // A handler failed: answer 5xx so the sender retries; its replay mark was released.
        System.out.println("Handler failed: " + e.getClass().getSimpleName());
        respond(exchange, 500, "handler failed; please retry");
      }
    }
  }

  private static void respond(HttpExchange exchange, int status, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /**
   * Starts the receiver, posts one signed demo event and one tampered copy to it, prints the
   * answers and exits.
   *
   * @param args optionally the port; 0 or none for any free one
   * @throws Exception if the server cannot start or the requests fail
   */
  public static void main(String[] args) throws Exception {
    String secret = System.getenv(SECRET_ENV);
    if (secret == null || secret.isBlank()) {
      System.out.println(
          SECRET_ENV + " is unset: using the public DEMO secret. Never use it on a real endpoint.");
      secret = DEMO_SECRET;
    }
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    try (WebhookReceiver receiver = start(port, secret)) {
      System.out.println("Listening on " + receiver.uri());
      byte[] body = demoEvent().getBytes(StandardCharsets.UTF_8);
      SignatureScheme scheme =
          secret.startsWith("whsec_")
              ? SignatureScheme.STANDARD_WEBHOOKS
              : SignatureScheme.GRADIANT;
      Map<String, String> headers = WebhookSigner.of(secret).sign(body, scheme);
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

      HttpResponse<String> good = post(client, receiver.uri(), body, headers);
      System.out.println("Signed delivery   -> " + good.statusCode() + " " + good.body());
      byte[] tampered =
          demoEvent().replace("pending", "confirmed").getBytes(StandardCharsets.UTF_8);
      HttpResponse<String> bad = post(client, receiver.uri(), tampered, headers);
      System.out.println("Tampered delivery -> " + bad.statusCode() + " " + bad.body());
    }
  }

  static HttpResponse<String> post(
      HttpClient client, URI uri, byte[] body, Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String demoEvent() {
    return "{\"id\":\"evt_demo_1\",\"type\":\"booking.created\","
        + "\"createdAt\":\"2024-01-01T00:00:00Z\",\"data\":{\"id\":\"booking_123\","
        + "\"type\":\"booking\",\"attributes\":{\"scheduled_at\":\"2024-01-01T10:00:00Z\","
        + "\"status\":\"pending\",\"user_id\":\"user_123\",\"practitioner_id\":\"prac_123\"}}}";
  }
}
