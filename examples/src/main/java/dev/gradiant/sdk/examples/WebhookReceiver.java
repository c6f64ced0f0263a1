package dev.gradiant.sdk.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.practitioners.AvailabilitySlot;
import dev.gradiant.sdk.sessions.Session;
import dev.gradiant.sdk.sessions.SessionCreateParams;
import dev.gradiant.sdk.sessions.SessionStatus;
import dev.gradiant.sdk.sessions.SessionUpdateParams;
import dev.gradiant.sdk.testing.GradiantSandbox;
import dev.gradiant.sdk.testing.WebhookDelivery;
import dev.gradiant.sdk.users.User;
import dev.gradiant.sdk.users.UserCreateParams;
import dev.gradiant.sdk.webhookendpoints.WebhookEndpoint;
import dev.gradiant.sdk.webhookendpoints.WebhookEndpointCreateParams;
import dev.gradiant.sdk.webhookendpoints.WebhookEventType;
import dev.gradiant.sdk.webhooks.BookingEventData;
import dev.gradiant.sdk.webhooks.EventType;
import dev.gradiant.sdk.webhooks.SessionEventData;
import dev.gradiant.sdk.webhooks.UserEventData;
import dev.gradiant.sdk.webhooks.WebhookDispatcher;
import dev.gradiant.sdk.webhooks.WebhookHeaders;
import dev.gradiant.sdk.webhooks.WebhookVerificationException;
import dev.gradiant.sdk.webhooks.WebhookVerifier;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver on the JDK's built-in HTTP server: raw bytes in, signature verified, typed
 * event handed to a handler, 200 or 400 out.
 *
 * <p>Run it with {@code mvn -q -Pquickstart -DskipTests -pl examples -am verify
 * -Dexample=WebhookReceiver}: it starts the embedded sandbox, registers an endpoint there (the
 * answer carries the signing secret, or uses {@code GRADIANT_WEBHOOK_SECRET} when set), starts the
 * receiver on 127.0.0.1 with that secret, has the sandbox forward the endpoint's deliveries to it,
 * creates a user, completes a session and books a practitioner, waits (at most 10 s) for the three
 * signed deliveries, then posts a tampered copy of the last one, which is refused. In production
 * the endpoint sits behind HTTPS (Gradiant only delivers to HTTPS URLs).
 */
public final class WebhookReceiver implements AutoCloseable {
  /** The environment variable holding the endpoint's webhook secret. */
  public static final String SECRET_ENV = "GRADIANT_WEBHOOK_SECRET";

  /** The path deliveries are posted to. */
  public static final String PATH = "/webhooks/gradiant";

  /** The public HTTPS URL the demo registers; the sandbox forwards it to this receiver. */
  static final String PUBLIC_URL = "https://clinic.example/webhooks/gradiant";

  private static final int MAX_BODY_BYTES = 1 << 20;

  private final HttpServer server;
  private final WebhookDispatcher dispatcher;
  private final AtomicInteger handled = new AtomicInteger();
  private final PrintStream out;

  private WebhookReceiver(HttpServer server, String secret, PrintStream out) {
    this.server = server;
    this.out = out;
    // Replay protection is on by default: a delivery seen in the last 24 hours is rejected. The
    // default store is in this process's memory; several instances need a shared SeenEventStore.
    WebhookVerifier verifier = WebhookVerifier.builder().secret(secret).build();
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
                            + booking.status().orElse("unknown")
                            + ", scheduled at "
                            + booking.scheduledAt().map(Object::toString).orElse("unknown")))
            .on(
                EventType.SESSION_COMPLETED,
                SessionEventData.class,
                (event, session) ->
                    received(
                        "session "
                            + session.sessionId()
                            + " completed at "
                            + session.completedAt()))
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
    return start(port, secret, System.out);
  }

  /**
   * Starts a receiver on 127.0.0.1 that prints what it handles to {@code out}.
   *
   * @param port the port, or 0 for any free one
   * @param secret the endpoint's webhook secret
   * @param out where to print one line per delivery
   * @return the running receiver; close it to stop it
   * @throws IOException if the port cannot be bound
   * @throws IllegalArgumentException if the secret is invalid
   */
  public static WebhookReceiver start(int port, String secret, PrintStream out) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    try {
      WebhookReceiver receiver = new WebhookReceiver(server, secret, out);
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
    out.println("   received: " + summary);
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
        out.println("   rejected: " + e.reason() + ": " + e.getMessage());
        // A duplicate was handled when it first came: acknowledge it, or the sender retries it.
        int status = e.reason() == WebhookVerificationException.Reason.DUPLICATE ? 200 : 400;
        respond(exchange, status, e.reason() + ": " + e.getMessage());
      } catch (RuntimeException e) {
        // A handler failed: answer 5xx so the sender retries; its replay mark was released.
        out.println("   handler failed: " + e.getClass().getSimpleName());
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
   * Wires the receiver to the embedded sandbox's deliveries; see the class description.
   *
   * @param args ignored
   * @throws Exception if the servers cannot start or a request fails
   */
  public static void main(String[] args) throws Exception {
    run(System.getenv(SECRET_ENV), System.out);
  }

  /**
   * The demo, printing to {@code out}.
   *
   * @param secret the secret to register the endpoint with, or null to have one generated
   * @param out where to print
   * @throws Exception if the servers cannot start or a request fails
   */
  static void run(String secret, PrintStream out) throws Exception {
    try (GradiantSandbox sandbox = GradiantSandbox.start();
        GradiantClient client =
            GradiantClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiToken(sandbox.apiToken())
                .build()) {
      out.println("Webhooks from the embedded sandbox at " + sandbox.baseUrl());
      WebhookEndpointCreateParams.Builder registration =
          WebhookEndpointCreateParams.builder()
              .url(PUBLIC_URL)
              .events(
                  WebhookEventType.USER_CREATED,
                  WebhookEventType.SESSION_COMPLETED,
                  WebhookEventType.BOOKING_CREATED);
      if (secret != null && !secret.isBlank()) {
        registration.secret(secret);
      }
      WebhookEndpoint endpoint = client.webhookEndpoints().create(registration.build());
      // The answer is the only one that carries the secret: store it in a secret store.
      out.println(
          "1. registered "
              + endpoint.id()
              + " for "
              + endpoint.events()
              + " (signing secret received, not printed)");

      try (WebhookReceiver receiver = start(0, endpoint.secret().orElseThrow(), out)) {
        // In production a TLS-terminating proxy routes the public URL here; the sandbox forwards.
        sandbox.forwardWebhooks(PUBLIC_URL, receiver.uri());
        out.println("2. receiver on " + receiver.uri() + ", forwarded from " + PUBLIC_URL);

        out.println("3. creating a user, completing a session, booking a practitioner:");
        String email = "webhooks+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        User user = client.users().create(UserCreateParams.builder().email(email).build());
        Session session =
            client.sessions().create(SessionCreateParams.builder().userId(user.id()).build());
        for (SessionStatus status : List.of(SessionStatus.IN_PROGRESS, SessionStatus.COMPLETED)) {
          client
              .sessions()
              .update(session.id(), SessionUpdateParams.builder().status(status).build());
        }
        bookFirstFreeSlot(client, "prac_101");

        List<WebhookDelivery> deliveries = sandbox.awaitDeliveries(3, Duration.ofSeconds(10));
        for (WebhookDelivery delivery : deliveries) {
          out.println(
              "   delivery "
                  + delivery.eventType()
                  + " -> "
                  + delivery.status()
                  + " (HTTP "
                  + delivery.lastStatus()
                  + ", attempt "
                  + delivery.attempts()
                  + ")");
        }

        WebhookDelivery last = deliveries.get(deliveries.size() - 1);
        byte[] tampered =
            last.body()
                .replace("\"status\":\"pending\"", "\"status\":\"confirmed\"")
                .getBytes(StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> forged = post(http, receiver.uri(), tampered, last.headers());
        out.println(
            "4. tampered copy of the last delivery -> "
                + forged.statusCode()
                + " "
                + forged.body());
        out.println("Handled " + receiver.handledCount() + " deliveries. Done.");
      }
    }
  }

  private static void bookFirstFreeSlot(GradiantClient client, String practitionerId) {
    LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    Instant soonest = Instant.now().plusSeconds(3600);
    AvailabilitySlot slot =
        client
            .practitioners()
            .getAvailability(practitionerId, tomorrow, tomorrow.plusDays(13))
            .slots()
            .stream()
            .filter(s -> s.available() && s.startTime().isAfter(soonest))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No free slot in the next two weeks"));
    client
        .bookings()
        .create(
            BookingCreateParams.builder()
                .practitionerId(practitionerId)
                .scheduledAt(slot.startTime())
                .duration(60)
                .sessionType(SessionType.VIDEO_CALL)
                .build());
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
