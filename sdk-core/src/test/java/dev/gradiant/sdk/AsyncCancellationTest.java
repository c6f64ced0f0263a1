package dev.gradiant.sdk;

import static dev.gradiant.sdk.AsyncResults.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.errors.ApiTimeoutException;
import dev.gradiant.sdk.users.User;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * Cancelling the future of an asynchronous call reaches the wire: the exchange in flight is aborted
 * (the server sees its connection closed), and a pending backoff or rate-limit wait is dropped, so
 * nothing more is sent.
 */
class AsyncCancellationTest {
  private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
  private static final String USER_BODY = Payloads.envelope(Payloads.USER);

  @Test
  void cancellingTheFutureAbortsTheExchangeAndSendsNoRetry() throws Exception {
    ExecutorService okHttpThreads = Executors.newCachedThreadPool();
    ManualScheduler waits = new ManualScheduler();
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        GradiantClient client =
            GradiantClient.builder()
                .environment(name -> null)
                .baseUrl("http://127.0.0.1:" + server.getLocalPort() + "/v1")
                .apiToken("t")
                .maxRetries(2)
                .scheduler(waits)
                .httpClient(
                    new OkHttpClient.Builder().dispatcher(new Dispatcher(okHttpThreads)).build())
                .build()) {
      server.setSoTimeout(5_000);
      CompletableFuture<User> call = client.async().users().me();

      try (Socket exchange = server.accept()) {
        exchange.setSoTimeout(5_000);
        assertThat(readRequestHead(exchange.getInputStream())).startsWith("GET /v1/user ");

        assertThat(call.cancel(true)).isTrue();

        assertThat(closedByPeer(exchange.getInputStream()))
            .as("the server sees the client close the connection")
            .isTrue();
      }
      // Every callback of the aborted exchange has run once OkHttp's threads are idle.
      okHttpThreads.shutdown();
      assertThat(okHttpThreads.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
      assertThat(waits.waits()).as("no retry was scheduled after the cancellation").isEmpty();
      assertThat(call).isCancelled();
    } finally {
      okHttpThreads.shutdownNow();
    }
  }

  @Test
  void aCallQueuedBehindTheDispatchersLimitFailsAtItsDeadlineNotWhenItsTurnComes()
      throws Exception {
    ExecutorService okHttpThreads = Executors.newCachedThreadPool();
    Dispatcher oneAtATime = new Dispatcher(okHttpThreads);
    oneAtATime.setMaxRequests(1);
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        GradiantClient client =
            GradiantClient.builder()
                .environment(name -> null)
                .baseUrl("http://127.0.0.1:" + server.getLocalPort() + "/v1")
                .apiToken("t")
                .maxRetries(0)
                .httpClient(new OkHttpClient.Builder().dispatcher(oneAtATime).build())
                .build()) {
      server.setSoTimeout(5_000);
      CompletableFuture<User> first = client.async().users().me();
      try (Socket exchange = server.accept()) {
        exchange.setSoTimeout(5_000);
        assertThat(readRequestHead(exchange.getInputStream())).startsWith("GET /v1/user ");

        // The first call holds the dispatcher's only slot: the second waits in its queue.
        CompletableFuture<User> second =
            client
                .async()
                .users()
                .withOptions(RequestOptions.builder().timeout(Duration.ofMillis(200)).build())
                .me();

        assertThatThrownBy(() -> await(second)).isInstanceOf(ApiTimeoutException.class);
        assertThat(first).as("the first call is still waiting for its answer").isNotDone();
      }
    } finally {
      okHttpThreads.shutdownNow();
    }
  }

  @Test
  void cancellingDuringTheBackoffWaitDropsTheRetry() {
    ManualScheduler waits = new ManualScheduler();
    try (MockApi api = MockApi.start();
        GradiantClient client =
            api.builder().apiToken("t").maxRetries(2).jitter(() -> 0.5).scheduler(waits).build()) {
      api.enqueueJson(503, "{}").enqueueJson(200, USER_BODY);
      CompletableFuture<ApiResponse<User>> call = client.async().users().withRawResponse().me();

      ManualScheduler.Wait backoff = waits.nextWait();
      assertThat(backoff.duration()).isEqualTo(Duration.ofMillis(250));
      call.cancel(true);

      assertThat(backoff.dropped()).isTrue();
      waits.elapseAll();
      assertThat(api.requestCount()).isEqualTo(1);
      assertThat(call).isCancelled();
    }
  }

  @Test
  void withAnAsyncExecutorCancellingDuringTheBackoffWaitStillDropsTheRetry() throws Exception {
    ManualScheduler waits = new ManualScheduler();
    ExecutorService app = Executors.newSingleThreadExecutor();
    try (MockApi api = MockApi.start();
        GradiantClient client =
            api.builder()
                .apiToken("t")
                .maxRetries(2)
                .jitter(() -> 0.5)
                .scheduler(waits)
                .asyncExecutor(app)
                .build()) {
      api.enqueueJson(503, "{}").enqueueJson(200, USER_BODY);
      CompletableFuture<User> call = client.async().users().me();

      ManualScheduler.Wait backoff = waits.nextWait();
      assertThat(call.cancel(true)).isTrue();

      assertThat(backoff.dropped()).isTrue();
      waits.elapseAll();
      assertThat(api.requestCount()).isEqualTo(1);
      assertThat(call).isCancelled();
    } finally {
      app.shutdownNow();
    }
  }

  @Test
  void cancellingDuringTheRateLimitWaitSendsNothingAndGivesTheSlotBack() {
    FakeTime time = new FakeTime(START);
    ManualScheduler waits = new ManualScheduler();
    try (MockApi api = MockApi.start();
        GradiantClient client =
            api.builder().apiToken("t").clock(time).rateLimit(2).scheduler(waits).build()) {
      api.enqueueJson(200, USER_BODY).enqueueJson(200, USER_BODY);
      await(client.async().users().me());
      await(client.async().users().me());

      CompletableFuture<User> third = client.async().users().me();
      ManualScheduler.Wait spacing = waits.nextWait();
      assertThat(spacing.duration()).isEqualTo(Duration.ofSeconds(30));
      third.cancel(true);
      assertThat(spacing.dropped()).isTrue();

      client.async().users().me();
      assertThat(waits.nextWait().duration())
          .as("the cancelled call's slot was given back: the next waits one slot, not two")
          .isEqualTo(Duration.ofSeconds(30));
      assertThat(api.requestCount()).isEqualTo(2);
    }
  }

  /** Reads the request line and headers, up to the empty line. */
  private static String readRequestHead(InputStream in) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    StringBuilder head = new StringBuilder();
    for (String line = reader.readLine(); line != null && !line.isEmpty(); ) {
      head.append(line).append('\n');
      line = reader.readLine();
    }
    return head.toString();
  }

  /** Whether the peer closed (or reset) the connection, waiting at most the socket's timeout. */
  private static boolean closedByPeer(InputStream in) throws IOException {
    try {
      return in.read() == -1;
    } catch (SocketException reset) {
      return true;
    }
  }
}
