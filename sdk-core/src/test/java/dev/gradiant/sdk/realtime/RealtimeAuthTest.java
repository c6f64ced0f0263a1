package dev.gradiant.sdk.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.RealtimeTestClients;
import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.core.RenewableCredentials;
import dev.gradiant.sdk.logging.CapturedLogs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The feed authenticates with the client's credentials in its first message, never in the URL, a
 * header or a log line; a refused token ends the feed with a typed reason, after one renewal of
 * renewable credentials, without a reconnect storm.
 */
class RealtimeAuthTest {
  private static final String TOKEN = "rt-secret-token-9c1e";

  private final FeedPeer peer = new FeedPeer();
  private final VirtualScheduler scheduler = new VirtualScheduler();
  private GradiantClient client;

  @AfterEach
  void tearDown() {
    if (client != null) {
      client.close();
    }
    peer.close();
  }

  private GradiantClient client(Credentials credentials) {
    client =
        RealtimeTestClients.builder(peer.baseUrl(), scheduler, scheduler.time)
            .credentials(credentials)
            .build();
    return client;
  }

  @Test
  void firstFrameIsAuthWithTheTokenAndNeitherUrlNorHeadersCarryIt() {
    CapturedLogs.clear();
    RealtimeFeed feed = client(Credentials.bearerToken(TOKEN)).realtime();
    assertThat(feed.state()).isEqualTo(ConnectionState.IDLE);
    assertThat(peer.requests()).as("nothing is opened before the first subscription").isEmpty();

    CompletableFuture<Subscribed> subscribed = feed.subscribe(Channel.bookings("user_123"));
    FeedPeer.Socket socket = peer.nextConnection();
    JsonNode auth = socket.authenticate();
    JsonNode subscribe = socket.acceptSubscribe(7);

    assertThat(auth.path("token").asText()).isEqualTo(TOKEN);
    assertThat(auth.path("ref").asText()).isNotEmpty();
    assertThat(subscribe.path("channel").asText()).isEqualTo("bookings:user_123");
    assertThat(subscribe.has("resumeFrom")).as("a first subscription resumes nothing").isFalse();
    assertThat(subscribed.join())
        .isEqualTo(Subscribed.builder().channel(Channel.bookings("user_123")).seq(7).build());
    assertThat(feed.state()).isEqualTo(ConnectionState.OPEN);

    RecordedRequest upgrade = peer.requests().get(0);
    assertThat(upgrade.getUrl().encodedPath()).isEqualTo("/v1/realtime");
    assertThat(upgrade.getUrl().toString()).doesNotContain(TOKEN);
    assertThat(upgrade.getUrl().query()).isNull();
    assertThat(upgrade.getHeaders().toString()).doesNotContain(TOKEN);
    assertThat(upgrade.getHeaders().get("Authorization")).isNull();
    assertThat(upgrade.getHeaders().get("User-Agent")).startsWith("gradiant-java/");

    List<String> lines = CapturedLogs.lines();
    assertThat(lines).anyMatch(line -> line.contains("Realtime feed sent auth"));
    assertThat(lines).noneMatch(line -> line.contains(TOKEN));
  }

  @Test
  void anApiKeyIsSentAsTheToken() {
    RealtimeFeed feed = client(Credentials.apiKey("key-live-4242")).realtime();
    feed.subscribe(Channel.bookings("user_123"));

    JsonNode auth = peer.nextConnection().expect("auth");

    assertThat(auth.path("token").asText()).isEqualTo("key-live-4242");
  }

  @Test
  void anAuthFailureCloseEndsTheFeedWithATypedReasonAndNoReconnect() {
    RealtimeFeed feed = client(Credentials.bearerToken(TOKEN)).realtime();
    Recorder recorder = new Recorder();
    feed.addListener(recorder);
    CompletableFuture<Subscribed> subscribed = feed.subscribe(Channel.bookings("user_123"));
    FeedPeer.Socket socket = peer.nextConnection();
    socket.expect("auth");

    socket.close(4401, "invalid_token");

    StateChange closed = recorder.awaitState(ConnectionState.CLOSED);
    CloseReason reason = closed.closeReason().orElseThrow();
    assertThat(reason.code()).isEqualTo(4401);
    assertThat(reason.kind()).isEqualTo(CloseReason.Kind.UNAUTHORIZED);
    assertThat(reason.reason()).isEqualTo("invalid_token");
    assertThat(reason.willReconnect()).isFalse();
    assertThatThrownBy(subscribed::join)
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(RealtimeException.class)
        .hasMessageNotContaining(TOKEN);
    scheduler.advance(Duration.ofMinutes(5));
    assertThat(scheduler.pending()).as("no reconnect is scheduled").isEmpty();
    assertThat(peer.requests()).hasSize(1);
    assertThat(feed.state()).isEqualTo(ConnectionState.CLOSED);
    assertThatThrownBy(() -> feed.subscribe(Channel.conversation("conv_1")).join())
        .cause()
        .isInstanceOf(RealtimeException.class);
  }

  @Test
  void renewableCredentialsAreRenewedOnceAndTheRenewedTokenIsSentThenASecondRefusalEndsTheFeed() {
    TwoTokens credentials = new TwoTokens();
    RealtimeFeed feed = client(credentials).realtime();
    Recorder recorder = new Recorder();
    feed.addListener(recorder);
    feed.subscribe(Channel.bookings("user_123"));
    FeedPeer.Socket first = peer.nextConnection();
    assertThat(first.expect("auth").path("token").asText()).isEqualTo("old-token-1");

    first.close(4401, "token_expired");

    FeedPeer.Socket second = peer.nextConnection();
    assertThat(second.expect("auth").path("token").asText()).isEqualTo("new-token-2");
    assertThat(credentials.renewals.get()).isEqualTo(1);
    assertThat(credentials.rejected).isEqualTo(Map.of("Authorization", "Bearer old-token-1"));

    second.close(4401, "invalid_token");

    CloseReason reason = recorder.awaitState(ConnectionState.CLOSED).closeReason().orElseThrow();
    assertThat(reason.kind()).isEqualTo(CloseReason.Kind.UNAUTHORIZED);
    assertThat(reason.willReconnect()).isFalse();
    assertThat(credentials.renewals.get()).isEqualTo(1);
    scheduler.advance(Duration.ofMinutes(5));
    assertThat(peer.requests()).hasSize(2);
  }

  @Test
  void aClientWithoutCredentialsRefusesToSubscribe() {
    client =
        RealtimeTestClients.builder(peer.baseUrl(), scheduler, scheduler.time)
            .withoutCredentials()
            .build();

    assertThatThrownBy(() -> client.realtime().subscribe(Channel.bookings("user_123")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("withoutCredentials");
    assertThat(peer.requests()).isEmpty();
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
  }
}
