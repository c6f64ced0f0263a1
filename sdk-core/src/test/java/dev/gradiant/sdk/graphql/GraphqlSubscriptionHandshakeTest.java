package dev.gradiant.sdk.graphql;

import static dev.gradiant.sdk.graphql.Subscriptions.bookingUpdates;
import static dev.gradiant.sdk.graphql.Subscriptions.elapse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.ManualScheduler;
import dev.gradiant.sdk.RealtimeTestClients;
import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.graphql.Subscriptions.BookingUpdates;
import dev.gradiant.sdk.logging.CapturedLogs;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code graphql-transport-ws} handshake: {@code connection_init} first, with the token in its
 * payload and nowhere else (URL, upgrade headers, logs); {@code subscribe} only after {@code
 * connection_ack}; no ack within 10 s closes {@code 4504} and reconnects; a server that does not
 * speak the subprotocol is closed {@code 4406}.
 */
class GraphqlSubscriptionHandshakeTest {
  private static final String TOKEN = "gql-secret-token-51ab";

  private final GqlPeer peer = new GqlPeer();
  private final ManualScheduler scheduler = new ManualScheduler();
  private final GradiantClient client =
      RealtimeTestClients.builder(
              peer.baseUrl(), scheduler, new FakeTime(Instant.parse("2024-01-01T09:00:00Z")))
          .apiToken(TOKEN)
          .build();

  @AfterEach
  void tearDown() {
    client.close();
    peer.close();
  }

  @Test
  void connectionInitCarriesTheTokenFirstAndSubscribeWaitsForTheAck() {
    CapturedLogs.clear();
    EventLog<BookingUpdates> log = new EventLog<>();
    assertThat(peer.requests()).as("nothing is opened before the first subscription").isEmpty();

    client.graphql().subscribe(bookingUpdates("user_123"), BookingUpdates.class, log);
    GqlPeer.Socket socket = peer.nextConnection();
    JsonNode init = socket.expect("connection_init");
    assertThat(socket.pendingFrames()).as("nothing before connection_ack").isEmpty();
    socket.send("{\"type\":\"connection_ack\"}");
    JsonNode subscribe = socket.expect("subscribe");
    socket.sendBooking(subscribe.path("id").asText(), 7);

    assertThat(init.path("payload").path("token").asText()).isEqualTo(TOKEN);
    assertThat(subscribe.path("id").asText()).isNotEmpty();
    assertThat(subscribe.path("payload").path("query").asText())
        .isEqualTo(Subscriptions.BOOKING_UPDATES);
    assertThat(subscribe.path("payload").path("operationName").asText())
        .isEqualTo("BookingUpdates");
    assertThat(subscribe.path("payload").path("variables").path("userId").asText())
        .isEqualTo("user_123");
    assertThat(subscribe.path("payload").has("extensions"))
        .as("a first subscription resumes nothing")
        .isFalse();
    GraphqlEvent<BookingUpdates> event = log.next();
    assertThat(event.dataOrThrow().bookingUpdates().id()).isEqualTo("booking_7");
    assertThat(event.seq()).contains(7L);
    assertThat(event.eventId()).contains("evt_7");
    assertThat(log.threads).containsOnly("gradiant-graphql-events");

    RecordedRequest upgrade = peer.requests().get(0);
    assertThat(upgrade.getUrl().encodedPath()).isEqualTo("/v1/graphql");
    assertThat(upgrade.getUrl().query()).isNull();
    assertThat(upgrade.getHeaders().get("Sec-WebSocket-Protocol"))
        .isEqualTo("graphql-transport-ws");
    assertThat(upgrade.getHeaders().get("Authorization")).isNull();
    assertThat(upgrade.getHeaders().toString()).doesNotContain(TOKEN);
    assertThat(upgrade.getHeaders().get("User-Agent")).startsWith("gradiant-java/");
    List<String> lines = CapturedLogs.lines();
    assertThat(lines).anyMatch(line -> line.contains("GraphQL subscriptions sent connection_init"));
    assertThat(lines).noneMatch(line -> line.contains(TOKEN));
  }

  @Test
  void withoutAnAckWithin10sTheClientCloses4504AndConnectsAgain() {
    EventLog<BookingUpdates> log = new EventLog<>();
    client.graphql().subscribe(bookingUpdates("user_123"), BookingUpdates.class, log);
    GqlPeer.Socket first = peer.nextConnection();
    first.expect("connection_init");

    elapse(scheduler, Duration.ofSeconds(10));

    assertThat(first.clientClose()).isEqualTo(4504);
    assertThat(first.pendingFrames()).as("no subscribe without an ack").isEmpty();
    elapse(scheduler, Duration.ofMillis(250)); // backoff: up to 0.5 s, jitter 0.5
    GqlPeer.Socket second = peer.nextConnection();
    assertThat(second.acknowledge().path("payload").path("token").asText()).isEqualTo(TOKEN);
    second.expect("subscribe");
    assertThat(log.error).isNotDone();
    assertThat(peer.requests()).hasSize(2);
  }

  @Test
  void anAckBeforeConnectionInitIsAnInvalidMessageClosed4400AndTheSubscriptionEnds() {
    CompletableFuture<Map<String, String>> headers = new CompletableFuture<>();
    try (GradiantClient slow =
        RealtimeTestClients.builder(peer.baseUrl(), scheduler, new FakeTime(Instant.EPOCH))
            .credentials(new SlowCredentials(headers))
            .build()) {
      EventLog<BookingUpdates> log = new EventLog<>();
      slow.graphql().subscribe(bookingUpdates("user_123"), BookingUpdates.class, log);
      GqlPeer.Socket socket = peer.nextConnection();

      socket.send("{\"type\":\"connection_ack\"}"); // the client has sent no connection_init

      assertThat(socket.clientClose()).isEqualTo(4400);
      GraphqlSubscriptionException error = (GraphqlSubscriptionException) log.awaitError();
      assertThat(error.closeReason().orElseThrow().kind())
          .isEqualTo(GraphqlCloseReason.Kind.BAD_REQUEST);
      headers.complete(Map.of("Authorization", "Bearer " + TOKEN));
      assertThat(socket.received()).as("no token for a server that broke the protocol").isEmpty();
      assertThat(scheduler.waits()).as("no reconnect").isEmpty();
      assertThat(peer.requests()).hasSize(1);
    }
  }

  @Test
  void aResultBeforeTheAckIsAnInvalidMessageClosed4400() {
    EventLog<BookingUpdates> log = new EventLog<>();
    client.graphql().subscribe(bookingUpdates("user_123"), BookingUpdates.class, log);
    GqlPeer.Socket socket = peer.nextConnection();
    socket.expect("connection_init");

    socket.sendBooking("1", 1); // no subscribe was sent: no id can be known yet

    assertThat(socket.clientClose()).isEqualTo(4400);
    assertThat(((GraphqlSubscriptionException) log.awaitError()).closeReason().orElseThrow().kind())
        .isEqualTo(GraphqlCloseReason.Kind.BAD_REQUEST);
    assertThat(log.pending()).isEmpty();
  }

  /** Credentials whose headers come when the test completes {@code headers}. */
  private record SlowCredentials(CompletableFuture<Map<String, String>> headers)
      implements Credentials {
    @Override
    public Map<String, String> authHeaders() {
      return headers.join();
    }

    @Override
    public CompletableFuture<Map<String, String>> authHeadersAsync() {
      return headers;
    }
  }

  @Test
  void aServerThatDoesNotSpeakTheSubprotocolIsClosed4406AndTheSubscriptionEnds() {
    peer.withoutSubprotocol();
    EventLog<BookingUpdates> log = new EventLog<>();
    GraphqlSubscription subscription =
        client.graphql().subscribe(bookingUpdates("user_123"), BookingUpdates.class, log);
    GqlPeer.Socket socket = peer.nextConnection();

    assertThat(socket.clientClose()).isEqualTo(4406);
    GraphqlSubscriptionException error = (GraphqlSubscriptionException) log.awaitError();
    assertThat(error.closeReason().orElseThrow().kind())
        .isEqualTo(GraphqlCloseReason.Kind.SUBPROTOCOL_NOT_ACCEPTABLE);
    assertThat(error.closeReason().orElseThrow().willReconnect()).isFalse();
    assertThat(subscription.isActive()).isFalse();
    assertThat(socket.pendingFrames()).as("no token for a server of another protocol").isEmpty();
    assertThat(scheduler.waits()).isEmpty();
  }

  @Test
  void onlyASubscriptionIsRunOverTheWebSocketAndOnlyWithCredentials() {
    GraphqlRequest query =
        GraphqlRequest.builder()
            .query(GraphqlDocuments.read("doc004/GetUserProfile.graphql"))
            .variable("userId", "user_123")
            .build();
    assertThatThrownBy(
            () -> client.graphql().subscribe(query, BookingUpdates.class, new EventLog<>()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only a subscription");
    try (GradiantClient anonymous =
        RealtimeTestClients.builder(peer.baseUrl(), scheduler, new FakeTime(Instant.EPOCH))
            .withoutCredentials()
            .build()) {
      assertThatThrownBy(
              () -> anonymous.graphql().publisher(bookingUpdates("user_123"), BookingUpdates.class))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("withoutCredentials()");
    }
    assertThat(peer.requests()).isEmpty();
  }
}
