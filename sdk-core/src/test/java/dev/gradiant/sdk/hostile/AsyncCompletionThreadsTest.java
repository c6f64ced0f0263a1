package dev.gradiant.sdk.hostile;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.core.HttpHeaders;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.core.ResponseMetadata;
import dev.gradiant.sdk.credentials.RefreshingTokenCredentials;
import dev.gradiant.sdk.credentials.TokenSet;
import dev.gradiant.sdk.errors.ApiError;
import dev.gradiant.sdk.errors.ApiTimeoutException;
import dev.gradiant.sdk.errors.AuthenticationException;
import dev.gradiant.sdk.errors.RateLimitException;
import dev.gradiant.sdk.users.AsyncUsersClient;
import dev.gradiant.sdk.users.User;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * The application's dependent stages ({@code thenApply}, {@code handle}...) never run on the
 * threads the SDK keeps for all calls of a client: the deadline watch, the scheduler of retry and
 * rate-limit waits, the token refresh. A stage that blocks there would hold back every other call.
 * Each test blocks one call's stage and checks that another call still gets its timeout, its retry
 * or its failure; the waits are bounded latches, never sleeps.
 */
class AsyncCompletionThreadsTest {
  private static final String USER_BODY = Payloads.envelope(Payloads.USER);

  /** The threads of a client's own pool for completions that must leave the SDK's threads. */
  private static final String COMPLETION_POOL = "gradiant-async-completion";

  /** Bound of every latch wait; a test fails rather than hangs. */
  private static final long BOUND_SECONDS = 10;

  /**
   * A stage for {@code call} that records its thread, says it has started, then blocks until {@code
   * release} (bounded); it returns what the call failed with, or null.
   */
  private static final class BlockingStage {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicReference<String> thread = new AtomicReference<>();
    final CompletableFuture<Throwable> done;

    BlockingStage(CompletableFuture<?> call) {
      done =
          call.handle(
              (value, failure) -> {
                thread.set(Thread.currentThread().getName());
                started.countDown();
                awaitQuietly(release);
                return failure;
              });
    }

    boolean hasStarted() throws InterruptedException {
      return started.await(BOUND_SECONDS, SECONDS);
    }
  }

  @Test
  void aBlockingStageOnATimedOutCallDoesNotHoldBackTheNextCallsDeadline() throws Exception {
    ExecutorService okHttpThreads = Executors.newCachedThreadPool();
    okhttp3.Dispatcher oneAtATime = new okhttp3.Dispatcher(okHttpThreads);
    oneAtATime.setMaxRequests(1);
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        GradiantClient client =
            GradiantClient.builder()
                .baseUrl("http://127.0.0.1:" + server.getLocalPort() + "/v1")
                .apiToken("t")
                .maxRetries(0)
                .httpClient(new OkHttpClient.Builder().dispatcher(oneAtATime).build())
                .build()) {
      server.setSoTimeout((int) SECONDS.toMillis(BOUND_SECONDS));
      CompletableFuture<User> holder = client.async().users().me();
      try (Socket exchange = server.accept()) {
        assertThat(readRequestHead(exchange)).startsWith("GET /v1/user ");

        // The holder keeps the dispatcher's only slot: the calls below wait in its queue until
        // their deadline, which the client's deadline watch enforces.
        BlockingStage first = new BlockingStage(usersWithin(client, Duration.ofSeconds(1)).me());
        assertThat(first.hasStarted()).as("the first call timed out").isTrue();
        try {
          CompletableFuture<User> second = usersWithin(client, Duration.ofMillis(200)).me();

          assertThat(failureWithin(second))
              .as("the second call's deadline fires while the first call's stage blocks")
              .isInstanceOf(ApiTimeoutException.class);
          assertThat(first.done).isNotDone();
        } finally {
          first.release.countDown();
        }
        assertThat(first.done.get(BOUND_SECONDS, SECONDS)).isInstanceOf(ApiTimeoutException.class);
        assertThat(first.thread.get())
            .as("not the deadline watch: a thread of the client's completion pool")
            .isEqualTo(COMPLETION_POOL);
        assertThat(holder).isNotDone();
      }
    } finally {
      okHttpThreads.shutdownNow();
    }
  }

  @Test
  void aBlockingStageOnACallThatFailedAfterARetryWaitDoesNotHoldBackAnotherCallsRetry()
      throws Exception {
    long now = Instant.now().getEpochSecond();
    CountDownLatch secondArrived = new CountDownLatch(1);
    CountDownLatch answerSecond = new CountDownLatch(1);
    AtomicInteger secondAttempts = new AtomicInteger();
    try (MockApi api = MockApi.start();
        GradiantClient client =
            api.builder()
                .apiToken(MockApi.TOKEN)
                .maxRetries(2)
                .maxRetryWait(Duration.ofSeconds(5))
                .build()) {
      api.server()
          .setDispatcher(
              new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                  if (request.getUrl().encodedPath().endsWith("/user_a")) {
                    // Asked to retry in 1 s, but the budget is spent for 30 s: longer than the
                    // client may wait, so the retry fails on the scheduler's thread, unsent.
                    return json(
                        429,
                        "{\"error\": {\"code\": \"RATE_LIMIT_EXCEEDED\", \"message\": \"slow\"}}",
                        "Retry-After",
                        "1",
                        "X-RateLimit-Limit",
                        "100",
                        "X-RateLimit-Remaining",
                        "0",
                        "X-RateLimit-Reset",
                        Long.toString(now + 30));
                  }
                  if (secondAttempts.incrementAndGet() > 1) {
                    return json(200, USER_BODY);
                  }
                  secondArrived.countDown();
                  awaitQuietly(answerSecond);
                  // A budget restored, and a retry the scheduler must time.
                  return json(
                      503,
                      "{}",
                      "Retry-After",
                      "1",
                      "X-RateLimit-Limit",
                      "100",
                      "X-RateLimit-Remaining",
                      "99",
                      "X-RateLimit-Reset",
                      Long.toString(now + 60));
                }
              });
      CompletableFuture<User> second = client.async().users().get("user_b");
      assertThat(secondArrived.await(BOUND_SECONDS, SECONDS)).isTrue();

      BlockingStage first = new BlockingStage(client.async().users().get("user_a"));
      assertThat(first.hasStarted()).as("the first call failed after its wait").isTrue();
      try {
        answerSecond.countDown();

        assertThat(second.get(BOUND_SECONDS, SECONDS).id())
            .as("the second call's retry is sent while the first call's stage blocks")
            .isEqualTo("user_123");
        assertThat(first.done).isNotDone();
      } finally {
        first.release.countDown();
        answerSecond.countDown();
      }
      assertThat(first.done.get(BOUND_SECONDS, SECONDS)).isInstanceOf(RateLimitException.class);
      assertThat(first.thread.get())
          .as("not the scheduler: a thread of the client's completion pool")
          .isEqualTo(COMPLETION_POOL);
      assertThat(api.requestCount()).as("a, b, b's retry; a's retry was not sent").isEqualTo(3);
    }
  }

  @Test
  void aBlockingStageOnACallWhoseTokenRefreshFailedDoesNotHoldBackTheOtherCallsWaitingForIt()
      throws Exception {
    CountDownLatch bothWaiting = new CountDownLatch(1);
    RefreshingTokenCredentials credentials =
        RefreshingTokenCredentials.builder()
            .tokens(
                TokenSet.builder()
                    .accessToken("access-1")
                    .refreshToken("refresh-1")
                    .expiresAt(Instant.now().minusSeconds(60))
                    .build())
            .refresher(
                refreshToken -> {
                  awaitQuietly(bothWaiting);
                  throw new AuthenticationException(
                      ApiError.builder()
                          .code("INVALID_GRANT")
                          .message("refresh token revoked")
                          .build(),
                      ResponseMetadata.builder().statusCode(400).headers(HttpHeaders.of()).build(),
                      "");
                })
            .build();
    CountDownLatch stagesStarted = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean oneIsBlocked = new AtomicBoolean();
    Set<String> stageThreads = ConcurrentHashMap.newKeySet();
    BiFunction<Object, Throwable, Throwable> stage =
        (value, failure) -> {
          stageThreads.add(Thread.currentThread().getName());
          stagesStarted.countDown();
          if (oneIsBlocked.compareAndSet(false, true)) {
            awaitQuietly(release);
          }
          return failure;
        };
    try (MockApi api = MockApi.start();
        GradiantClient client = api.builder().credentials(credentials).build()) {
      CompletableFuture<Throwable> first = client.async().users().me().handle(stage);
      CompletableFuture<Throwable> second = client.async().users().me().handle(stage);
      bothWaiting.countDown();
      try {
        assertThat(stagesStarted.await(BOUND_SECONDS, SECONDS))
            .as("both calls hear of the failed refresh while one of their stages blocks")
            .isTrue();
      } finally {
        release.countDown();
      }
      assertThat(first.get(BOUND_SECONDS, SECONDS)).isInstanceOf(AuthenticationException.class);
      assertThat(second.get(BOUND_SECONDS, SECONDS)).isInstanceOf(AuthenticationException.class);
      assertThat(stageThreads)
          .as("not the refresh thread: threads of the client's completion pool")
          .containsOnly(COMPLETION_POOL);
      assertThat(api.requestCount()).isZero();
    }
  }

  /**
   * An application executor that runs each task on the calling thread ({@code Runnable::run}, or a
   * saturated pool with {@code CallerRunsPolicy}) must not pull the stage onto the deadline watch:
   * the completion leaves it for the client's pool before the executor is called.
   */
  @Test
  void withADirectAsyncExecutorATimedOutCallsStageStillLeavesTheDeadlineWatch() throws Exception {
    ExecutorService okHttpThreads = Executors.newCachedThreadPool();
    okhttp3.Dispatcher oneAtATime = new okhttp3.Dispatcher(okHttpThreads);
    oneAtATime.setMaxRequests(1);
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        GradiantClient client =
            GradiantClient.builder()
                .baseUrl("http://127.0.0.1:" + server.getLocalPort() + "/v1")
                .apiToken("t")
                .maxRetries(0)
                .asyncExecutor(Runnable::run)
                .httpClient(new OkHttpClient.Builder().dispatcher(oneAtATime).build())
                .build()) {
      server.setSoTimeout((int) SECONDS.toMillis(BOUND_SECONDS));
      CompletableFuture<User> holder = client.async().users().me();
      try (Socket exchange = server.accept()) {
        assertThat(readRequestHead(exchange)).startsWith("GET /v1/user ");

        // Queued behind the holder: only the deadline watch can end it.
        BlockingStage queued = new BlockingStage(usersWithin(client, Duration.ofMillis(200)).me());
        assertThat(queued.hasStarted()).as("the queued call timed out").isTrue();
        queued.release.countDown();

        assertThat(queued.done.get(BOUND_SECONDS, SECONDS)).isInstanceOf(ApiTimeoutException.class);
        assertThat(queued.thread.get())
            .as("not the deadline watch: a thread of the client's completion pool")
            .isEqualTo(COMPLETION_POOL);
        assertThat(holder).isNotDone();
      }
    } finally {
      okHttpThreads.shutdownNow();
    }
  }

  /** The same for a call that fails on the token refresh's thread. */
  @Test
  void withADirectAsyncExecutorAFailedRefreshsStageStillLeavesTheRefreshThread() throws Exception {
    CountDownLatch attached = new CountDownLatch(1);
    RefreshingTokenCredentials credentials =
        RefreshingTokenCredentials.builder()
            .tokens(
                TokenSet.builder()
                    .accessToken("access-1")
                    .refreshToken("refresh-1")
                    .expiresAt(Instant.now().minusSeconds(60))
                    .build())
            .refresher(
                refreshToken -> {
                  awaitQuietly(attached);
                  throw new AuthenticationException(
                      ApiError.builder()
                          .code("INVALID_GRANT")
                          .message("refresh token revoked")
                          .build(),
                      ResponseMetadata.builder().statusCode(400).headers(HttpHeaders.of()).build(),
                      "");
                })
            .build();
    try (MockApi api = MockApi.start();
        GradiantClient client =
            api.builder().credentials(credentials).asyncExecutor(Runnable::run).build()) {
      BlockingStage stage = new BlockingStage(client.async().users().me());
      stage.release.countDown();
      attached.countDown();

      assertThat(stage.done.get(BOUND_SECONDS, SECONDS))
          .isInstanceOf(AuthenticationException.class);
      assertThat(stage.thread.get())
          .as("not the refresh thread: a thread of the client's completion pool")
          .isEqualTo(COMPLETION_POOL);
      assertThat(api.requestCount()).isZero();
    }
  }

  /** The asynchronous users of {@code client}, each call allowed {@code timeout}. */
  private static AsyncUsersClient usersWithin(GradiantClient client, Duration timeout) {
    return client.async().users().withOptions(RequestOptions.builder().timeout(timeout).build());
  }

  /** What {@code future} failed with, waiting at most the bound; fails if it succeeded. */
  private static Throwable failureWithin(CompletableFuture<?> future) throws InterruptedException {
    try {
      Object value = future.get(BOUND_SECONDS, SECONDS);
      throw new AssertionError("expected a failure, got " + value);
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (TimeoutException e) {
      throw new AssertionError("the future did not complete within " + BOUND_SECONDS + " s", e);
    }
  }

  private static MockResponse json(int status, String body, String... headerPairs) {
    MockResponse.Builder response =
        new MockResponse.Builder()
            .code(status)
            .addHeader("Content-Type", "application/json")
            .body(body);
    for (int i = 0; i < headerPairs.length; i += 2) {
      response.addHeader(headerPairs[i], headerPairs[i + 1]);
    }
    return response.build();
  }

  /** Waits for {@code latch} at most the bound, keeping the interrupt. */
  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(BOUND_SECONDS * 3, SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Reads the request line and headers, up to the empty line. */
  private static String readRequestHead(Socket exchange) throws IOException {
    InputStream in = exchange.getInputStream();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    StringBuilder head = new StringBuilder();
    for (String line = reader.readLine(); line != null && !line.isEmpty(); ) {
      head.append(line).append('\n');
      line = reader.readLine();
    }
    return head.toString();
  }
}
