package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.sessions.Session;
import dev.gradiant.sdk.sessions.SessionCreateParams;
import dev.gradiant.sdk.sessions.SessionStatus;
import dev.gradiant.sdk.sessions.SessionUpdateParams;
import dev.gradiant.sdk.users.UserCreateParams;
import dev.gradiant.sdk.users.UserUpdateParams;
import dev.gradiant.sdk.webhookendpoints.WebhookEndpoint;
import dev.gradiant.sdk.webhookendpoints.WebhookEndpointCreateParams;
import dev.gradiant.sdk.webhookendpoints.WebhookEventType;
import dev.gradiant.sdk.webhooks.BookingEventData;
import dev.gradiant.sdk.webhooks.EventType;
import dev.gradiant.sdk.webhooks.PaymentEventData;
import dev.gradiant.sdk.webhooks.SessionEventData;
import dev.gradiant.sdk.webhooks.SignatureScheme;
import dev.gradiant.sdk.webhooks.WebhookEvent;
import dev.gradiant.sdk.webhooks.WebhookHeaders;
import dev.gradiant.sdk.webhooks.WebhookVerifier;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhooksTest {
  private static final String SECRET = "whsec_dGVzdC1zYW5kYm94LXNlY3JldC0wMTIzNDU2Nzg5YWJjZA==";
  private static final String URL = "https://clinic.example/webhooks/gradiant";
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final GradiantSandbox sandbox =
      GradiantSandbox.builder().webhookRetries(3, Duration.ofMillis(10)).start();
  private final GradiantClient client = TestSupport.client(sandbox);
  private final Receiver receiver = new Receiver();

  @AfterEach
  void close() {
    receiver.close();
    client.close();
    sandbox.close();
  }

  /** A local receiver that records what it gets and answers the queued statuses, then 200. */
  static final class Receiver implements AutoCloseable {
    final HttpServer server;
    final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
    final List<Map<String, List<String>>> headers = Collections.synchronizedList(new ArrayList<>());
    final List<byte[]> bodies = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger hits = new AtomicInteger();

    Receiver() {
      try {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      server.createContext(
          "/hook",
          exchange -> {
            try (exchange) {
              hits.incrementAndGet();
              headers.add(Map.copyOf(exchange.getRequestHeaders()));
              bodies.add(exchange.getRequestBody().readAllBytes());
              Integer status = statuses.poll();
              exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            }
          });
      server.start();
    }

    URI uri() {
      return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  private WebhookEndpoint register(String secret, WebhookEventType... events) {
    WebhookEndpointCreateParams.Builder params =
        WebhookEndpointCreateParams.builder().url(URL).events(events);
    if (secret != null) {
      params.secret(secret);
    }
    return client.webhookEndpoints().create(params.build());
  }

  private Session completedSession() {
    Session session =
        client
            .sessions()
            .create(
                SessionCreateParams.builder()
                    .userId("user_client1")
                    .practitionerId("prac_101")
                    .build());
    client
        .sessions()
        .update(
            session.id(), SessionUpdateParams.builder().status(SessionStatus.IN_PROGRESS).build());
    client
        .sessions()
        .update(
            session.id(), SessionUpdateParams.builder().status(SessionStatus.COMPLETED).build());
    return session;
  }

  @Test
  void aCompletedSessionIsDeliveredSignedWithStandardWebhooks() {
    WebhookEndpoint endpoint = register(SECRET, WebhookEventType.SESSION_COMPLETED);
    assertThat(endpoint.secret()).contains(SECRET);
    sandbox.forwardWebhooks(URL, receiver.uri());

    Session session = completedSession();
    List<WebhookDelivery> deliveries = sandbox.awaitDeliveries(1, WAIT);

    WebhookDelivery delivery = deliveries.get(0);
    assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
    assertThat(delivery.eventType()).isEqualTo("session.completed");
    assertThat(delivery.endpointId()).isEqualTo(endpoint.id());
    assertThat(delivery.attempts()).isEqualTo(1);
    assertThat(delivery.lastStatus()).isEqualTo(200);
    assertThat(delivery.toString()).contains("session.completed").doesNotContain("sess_");
    assertThat(receiver.bodies.get(0)).isEqualTo(delivery.bodyBytes());

    WebhookEvent event =
        WebhookVerifier.builder()
            .secret(SECRET)
            .build()
            .verify(receiver.bodies.get(0), WebhookHeaders.ofLists(receiver.headers.get(0)));
    assertThat(event.scheme()).isEqualTo(SignatureScheme.STANDARD_WEBHOOKS);
    assertThat(event.type()).isEqualTo(EventType.SESSION_COMPLETED);
    SessionEventData data = event.dataAs(SessionEventData.class).orElseThrow();
    assertThat(data.sessionId()).isEqualTo(session.id());
    assertThat(data.completedAt())
        .isEqualTo(client.sessions().get(session.id()).completedAt().orElseThrow());
  }

  @Test
  void aPlainSecretSignsWithTheGradiantSchemeAndBookingsFireTheirEvents() {
    register(
        "your_webhook_secret_0123456789abcdef",
        WebhookEventType.BOOKING_CREATED,
        WebhookEventType.BOOKING_CONFIRMED,
        WebhookEventType.BOOKING_CANCELLED,
        WebhookEventType.PAYMENT_COMPLETED,
        WebhookEventType.PAYMENT_REFUNDED);
    sandbox.forwardWebhooks(URL, receiver.uri());
    Booking booking =
        client
            .bookings()
            .create(
                BookingCreateParams.builder()
                    .practitionerId("prac_102")
                    .scheduledAt(TestSupport.nextWednesday(10).toInstant())
                    .duration(60)
                    .sessionType(SessionType.VIDEO_CALL)
                    .build());
    sandbox.setBookingStatus(booking.id(), "confirmed");
    client.bookings().cancel(booking.id());

    List<WebhookDelivery> deliveries = sandbox.awaitDeliveries(5, WAIT);

    assertThat(deliveries)
        .extracting(WebhookDelivery::eventType)
        .containsExactly(
            "booking.created",
            "payment.completed",
            "booking.confirmed",
            "payment.refunded",
            "booking.cancelled");
    WebhookVerifier verifier =
        WebhookVerifier.builder().secret("your_webhook_secret_0123456789abcdef").build();
    List<WebhookEvent> events = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      events.add(
          verifier.verify(receiver.bodies.get(i), WebhookHeaders.ofLists(receiver.headers.get(i))));
    }
    assertThat(events).allMatch(e -> e.scheme() == SignatureScheme.GRADIANT);
    assertThat(events.get(0).dataAs(BookingEventData.class).orElseThrow().id())
        .isEqualTo(booking.id());
    assertThat(events.get(1).dataAs(PaymentEventData.class).orElseThrow().amount().orElseThrow())
        .isEqualByComparingTo("120");
    assertThat(deliveries.get(0).headers()).containsKey("X-Gradiant-Signature");
  }

  @Test
  void failedDeliveriesAreRetriedWithTheSameIdThenGivenUp() {
    register(SECRET, WebhookEventType.USER_CREATED, WebhookEventType.USER_UPDATED);
    sandbox.forwardWebhooks(URL, receiver.uri());
    receiver.statuses.add(500);
    receiver.statuses.add(503);
    receiver.statuses.add(400);
    receiver.statuses.add(500);
    receiver.statuses.add(500);

    String userId =
        client
            .users()
            .create(UserCreateParams.builder().email("hooked@clinic.example").build())
            .id();
    client.users().update(userId, UserUpdateParams.builder().firstName("Hook").build());
    List<WebhookDelivery> deliveries = sandbox.awaitDeliveries(2, WAIT);

    assertThat(deliveries.get(1).status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
    assertThat(deliveries.get(0).status()).isEqualTo(WebhookDelivery.Status.FAILED);
    assertThat(deliveries.get(0).attempts()).isEqualTo(3);
    assertThat(deliveries.get(0).lastStatus()).isEqualTo(400);
    assertThat(deliveries.get(1).attempts()).isEqualTo(3);
    assertThat(receiver.hits.get()).isEqualTo(6);
    assertThat(receiver.headers.subList(0, 3))
        .extracting(h -> h.get("Webhook-id").get(0))
        .containsOnly("msg_" + deliveries.get(0).eventId());
  }

  @Test
  void unforwardedDeliveriesAreRecordedSignedButNotSent() {
    WebhookEndpoint endpoint = register(null, WebhookEventType.SESSION_COMPLETED);
    assertThat(endpoint.secret().orElseThrow()).startsWith("whsec_");
    register(SECRET, WebhookEventType.BOOKING_CREATED);

    completedSession();
    WebhookDelivery delivery = sandbox.awaitDeliveries(1, WAIT).get(0);

    assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.NOT_FORWARDED);
    assertThat(delivery.forwardedTo()).isEmpty();
    assertThat(delivery.attempts()).isZero();
    WebhookEvent event =
        WebhookVerifier.builder()
            .secret(endpoint.secret().orElseThrow())
            .build()
            .verify(delivery.bodyBytes(), WebhookHeaders.of(delivery.headers()));
    assertThat(event.type()).isEqualTo(EventType.SESSION_COMPLETED);
    assertThat(receiver.hits.get()).isZero();
    assertThat(sandbox.deliveries()).hasSize(1);
    sandbox.clearDeliveries();
    assertThat(sandbox.deliveries()).isEmpty();
  }

  @Test
  void anUnreachableReceiverFailsTheDelivery() throws IOException {
    int port;
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    register(SECRET, WebhookEventType.SESSION_COMPLETED);
    sandbox.forwardWebhooks(URL, URI.create("http://localhost:" + port + "/gone"));

    completedSession();

    WebhookDelivery delivery = sandbox.awaitDeliveries(1, WAIT).get(0);
    assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.FAILED);
    assertThat(delivery.lastStatus()).isZero();
  }

  @Test
  void awaitingMoreDeliveriesThanHappenTimesOut() {
    assertThatThrownBy(() -> sandbox.awaitDeliveries(1, Duration.ofMillis(50)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("0 of 1");
  }

  @Test
  void deletedEndpointsGetNothing() {
    WebhookEndpoint endpoint = register(SECRET, WebhookEventType.SESSION_COMPLETED);
    client.webhookEndpoints().delete(endpoint.id());

    completedSession();

    assertThat(sandbox.deliveries()).isEmpty();
    assertThatThrownBy(() -> client.webhookEndpoints().delete(endpoint.id()))
        .isInstanceOf(NotFoundException.class);
  }
}
