package dev.gradiant.sdk.graphql;

import static dev.gradiant.sdk.graphql.Subscriptions.bookingUpdates;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.ManualScheduler;
import dev.gradiant.sdk.RealtimeTestClients;
import dev.gradiant.sdk.core.RenewableCredentials;
import dev.gradiant.sdk.graphql.GraphqlCloseReason.Kind;
import dev.gradiant.sdk.graphql.Subscriptions.BookingUpdates;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code 4401} with renewable credentials: the SDK renews them once, reconnects at once with the
 * renewed token in {@code connection_init} and resumes its subscriptions; a second {@code 4401}
 * before the renewed connection is acknowledged ends them with the typed reason, without a
 * reconnect and without a second renewal.
 */
class GraphqlSubscriptionRenewalTest {
  private final GqlPeer peer = new GqlPeer();
  private final ManualScheduler scheduler = new ManualScheduler();
  private final TwoTokens credentials = new TwoTokens();
  private final GradiantClient client =
      RealtimeTestClients.builder(
              peer.baseUrl(), scheduler, new FakeTime(Instant.parse("2024-01-01T09:00:00Z")))
          .credentials(credentials)
          .build();

  @AfterEach
  void tearDown() {
    client.close();
    peer.close();
  }

  @Test
  void a4401RenewsTheCredentialsOnceAndASecond4401EndsTheSubscriptionUnauthorized() {
    EventLog<BookingUpdates> log = new EventLog<>();
    GraphqlSubscription subscription =
        client.graphql().subscribe(bookingUpdates("user_123"), BookingUpdates.class, log);
    GqlPeer.Socket first = peer.nextConnection();
    assertThat(first.acknowledge().at("/payload/token").asText()).isEqualTo("old-token-1");
    String id = first.expect("subscribe").path("id").asText();
    first.sendBooking(id, 5);
    assertThat(log.next().seq()).contains(5L);

    first.close(4401, "token_expired");

    GqlPeer.Socket second = peer.nextConnection();
    JsonNode init = second.expect("connection_init");
    assertThat(init.at("/payload/token").asText()).isEqualTo("new-token-2");
    assertThat(credentials.renewals.get()).isEqualTo(1);
    assertThat(credentials.rejected).isEqualTo(Map.of("Authorization", "Bearer old-token-1"));
    Subscriptions.awaitWait(scheduler, Duration.ofSeconds(10)); // set just after connection_init
    assertThat(scheduler.waits())
        .filteredOn(wait -> !wait.future().isDone())
        .extracting(ManualScheduler.Wait::duration)
        .as("renewed, then reconnected without a backoff: only the new ack timer runs")
        .containsExactly(Duration.ofSeconds(10));

    second.close(4401, "invalid_token");

    GraphqlSubscriptionException error = (GraphqlSubscriptionException) log.awaitError();
    GraphqlCloseReason reason = error.closeReason().orElseThrow();
    assertThat(reason.code()).isEqualTo(4401);
    assertThat(reason.kind()).isEqualTo(Kind.UNAUTHORIZED);
    assertThat(reason.reason()).isEqualTo("invalid_token");
    assertThat(reason.willReconnect()).isFalse();
    assertThat(error.getMessage()).doesNotContain("old-token-1").doesNotContain("new-token-2");
    assertThat(subscription.isActive()).isFalse();
    assertThat(credentials.renewals.get()).as("renewed once").isEqualTo(1);
    assertThat(log.pending()).as("no missed-updates notice: never subscribed again").isEmpty();
    assertThat(second.received()).as("no subscribe before an ack").hasSize(1);
    scheduler.elapseAll();
    assertThat(peer.pendingConnections()).isZero();
    assertThat(peer.requests()).as("no third connection").hasSize(2);
  }

  /** A bearer token that is renewed once, from {@code old-token-1} to {@code new-token-2}. */
  private static final class TwoTokens implements RenewableCredentials {
    final AtomicInteger renewals = new AtomicInteger();
    volatile Map<String, String> rejected;

    @Override
    public Map<String, String> authHeaders() {
      return Map.of(
          "Authorization", renewals.get() == 0 ? "Bearer old-token-1" : "Bearer new-token-2");
    }

    @Override
    public boolean renewAfterRejection(Map<String, String> rejectedHeaders) {
      rejected = rejectedHeaders;
      renewals.incrementAndGet();
      return true;
    }

    @Override
    public String toString() {
      return "TwoTokens[***]";
    }
  }
}
