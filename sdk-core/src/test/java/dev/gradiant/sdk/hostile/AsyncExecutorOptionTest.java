package dev.gradiant.sdk.hostile;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.errors.ApiTimeoutException;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.users.AsyncUsersClient;
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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/**
 * {@code GradiantClientBuilder.asyncExecutor(..)}: every future of {@code client.async()} then
 * completes on the application's executor, whatever ended the call; blocking calls never use it;
 * one that refuses work still lets every call complete; cancelling still reaches the wire. Without
 * it, a response completes its future on the OkHttp thread that read it, with no hop.
 */
class AsyncExecutorOptionTest {
  private static final String USER_BODY = Payloads.envelope(Payloads.USER);
  private static final String APP_THREAD = "app-async";

  /** How OkHttp names a dispatcher thread while it runs a call. */
  private static final String OKHTTP_THREAD = "OkHttp ";

  private static final String COMPLETION_POOL = "gradiant-async-completion";
  private static final long BOUND_SECONDS = 10;

  /** Where and how a call ended, as seen by a stage attached to its future. */
  private record Outcome(String thread, Object value, Throwable failure) {}

  /**
   * The application's executor: one thread, which the test can hold shut until it has attached its
   * stage, so that no future completes before (a stage attached to a completed future would run on
   * the test's thread).
   */
  private static final class GatedExecutor implements Executor, AutoCloseable {
    private final ExecutorService thread =
        Executors.newSingleThreadExecutor(task -> new Thread(task, APP_THREAD));
    private final AtomicInteger tasks = new AtomicInteger();

    @Override
    public void execute(Runnable task) {
      tasks.incrementAndGet();
      thread.execute(task);
    }

    /** Holds the thread until the returned action runs. */
    Runnable hold() {
      CountDownLatch gate = new CountDownLatch(1);
      thread.execute(() -> awaitQuietly(gate));
      return gate::countDown;
    }

    /** How many completions the client handed over. */
    int tasks() {
      return tasks.get();
    }

    @Override
    public void close() {
      thread.shutdownNow();
    }
  }

  @Test
  void withAnAsyncExecutorEveryOutcomeCompletesOnItsThread() throws Exception {
    try (GatedExecutor app = new GatedExecutor();
        MockApi api = MockApi.start();
        GradiantClient client =
            api.builder()
                .apiToken(MockApi.TOKEN)
                .maxRetries(1)
                .retryBackoff(Duration.ofMillis(10), Duration.ofMillis(10))
                .asyncExecutor(app)
                .build()) {
      api.enqueueJson(200, USER_BODY);
      Outcome success = outcomeOn(app, () -> client.async().users().me());

      api.enqueueJson(404, "{\"error\": {\"code\": \"NOT_FOUND\", \"message\": \"no such user\"}}");
      Outcome httpError = outcomeOn(app, () -> client.async().users().get("user_404"));

      api.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
      Outcome timeout = outcomeOn(app, () -> within(client, Duration.ofMillis(200)).me());

      api.enqueueJson(500, "{}").enqueueJson(200, USER_BODY);
      Outcome retried = outcomeOn(app, () -> client.async().users().withRawResponse().me());

      assertThat(List.of(success, httpError, timeout, retried))
          .extracting(Outcome::thread)
          .containsOnly(APP_THREAD);
      assertThat(success.value()).isInstanceOf(User.class);
      assertThat(((User) success.value()).id()).isEqualTo("user_123");
      assertThat(httpError.failure()).isInstanceOf(NotFoundException.class);
      assertThat(timeout.failure()).isInstanceOf(ApiTimeoutException.class);
      assertThat(retried.value()).isInstanceOf(ApiResponse.class);
      assertThat(((ApiResponse<?>) retried.value()).metadata().attempts()).isEqualTo(2);
      assertThat(api.requestCount()).isEqualTo(5);
    }
  }

  @Test
  void aNullAsyncExecutorIsRefusedByTheBuilder() {
    assertThatThrownBy(() -> GradiantClient.builder().asyncExecutor(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("asyncExecutor");
  }

  @Test
  void blockingCallsDoNotUseTheAsyncExecutor() throws Exception {
    try (GatedExecutor app = new GatedExecutor();
        MockApi api = MockApi.start();
        GradiantClient client = api.builder().apiToken(MockApi.TOKEN).asyncExecutor(app).build()) {
      api.enqueueJson(200, USER_BODY).enqueueJson(200, USER_BODY);

      assertThat(client.users().me().id()).isEqualTo("user_123");
      assertThat(app.tasks()).isZero();

      assertThat(client.async().users().me().get(BOUND_SECONDS, SECONDS).id())
          .isEqualTo("user_123");
      assertThat(app.tasks()).isEqualTo(1);
      assertThat(api.takeRequest().getHeaders().get("Authorization"))
          .isEqualTo("Bearer " + MockApi.TOKEN);
    }
  }

  @Test
  void anAsyncExecutorThatRefusesWorkStillLetsEveryCallComplete() throws Exception {
    Executor refusing =
        task -> {
          throw new RejectedExecutionException("shut down");
        };
    CountDownLatch attached = new CountDownLatch(1);
    CountDownLatch hangUp = new CountDownLatch(1);
    try (MockApi api = MockApi.start();
        GradiantClient client =
            api.builder().apiToken(MockApi.TOKEN).asyncExecutor(refusing).build()) {
      api.server().setDispatcher(answers(attached, hangUp));
      try {
        CompletableFuture<String> success = threadOf(client.async().users().get("user_123"));
        CompletableFuture<Outcome> timeout =
            outcomeOf(within(client, Duration.ofSeconds(1)).get("user_hang"));
        attached.countDown();

        assertThat(success.get(BOUND_SECONDS, SECONDS))
            .as("a response completes where it would without an executor")
            .startsWith(OKHTTP_THREAD);
        Outcome timedOut = timeout.get(BOUND_SECONDS, SECONDS);
        assertThat(timedOut.failure()).isInstanceOf(ApiTimeoutException.class);
        // Whichever saw the timeout first: OkHttp's thread (the read failed when the deadline
        // watch cancelled the call) or the watch, which hands the completion to the client's pool.
        assertThat(timedOut.thread())
            .satisfiesAnyOf(
                thread -> assertThat(thread).startsWith(OKHTTP_THREAD),
                thread -> assertThat(thread).isEqualTo(COMPLETION_POOL));
      } finally {
        hangUp.countDown();
      }
    }
  }

  @Test
  void withoutAnAsyncExecutorAResponseCompletesOnTheOkHttpThreadThatReadIt() throws Exception {
    CountDownLatch attached = new CountDownLatch(1);
    try (MockApi api = MockApi.start();
        GradiantClient client = api.client()) {
      api.server().setDispatcher(answers(attached, attached));

      CompletableFuture<String> thread = threadOf(client.async().users().get("user_123"));
      attached.countDown();

      assertThat(thread.get(BOUND_SECONDS, SECONDS)).startsWith(OKHTTP_THREAD);
    }
  }

  @Test
  void withAnAsyncExecutorCancellingTheFutureStillAbortsTheExchange() throws Exception {
    try (GatedExecutor app = new GatedExecutor();
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        GradiantClient client =
            GradiantClient.builder()
                .baseUrl("http://127.0.0.1:" + server.getLocalPort() + "/v1")
                .apiToken("t")
                .maxRetries(2)
                .asyncExecutor(app)
                .build()) {
      server.setSoTimeout((int) SECONDS.toMillis(BOUND_SECONDS));
      CompletableFuture<User> call = client.async().users().me();

      try (Socket exchange = server.accept()) {
        exchange.setSoTimeout((int) SECONDS.toMillis(BOUND_SECONDS));
        assertThat(readRequestHead(exchange.getInputStream())).startsWith("GET /v1/user ");

        assertThat(call.cancel(true)).isTrue();

        assertThat(closedByPeer(exchange.getInputStream()))
            .as("the server sees the client close the connection")
            .isTrue();
      }
      assertThat(call).isCancelled();
    }
  }

  /**
   * Makes the call while the application's thread is held, attaches a stage, then lets go: the
   * stage runs where the future completes.
   */
  private static Outcome outcomeOn(GatedExecutor app, Supplier<CompletableFuture<?>> call)
      throws Exception {
    Runnable letGo = app.hold();
    CompletableFuture<Outcome> outcome;
    try {
      outcome = outcomeOf(call.get());
    } finally {
      letGo.run();
    }
    return outcome.get(BOUND_SECONDS, SECONDS);
  }

  private static CompletableFuture<Outcome> outcomeOf(CompletableFuture<?> call) {
    return call.handle(
        (value, failure) -> new Outcome(Thread.currentThread().getName(), value, failure));
  }

  private static CompletableFuture<String> threadOf(CompletableFuture<?> call) {
    return call.handle((value, failure) -> Thread.currentThread().getName());
  }

  /** The asynchronous users of {@code client}, each call allowed {@code timeout}, not retried. */
  private static AsyncUsersClient within(GradiantClient client, Duration timeout) {
    return client
        .async()
        .users()
        .withOptions(RequestOptions.builder().timeout(timeout).maxRetries(0).build());
  }

  /**
   * Answers {@code GET /users/user_123} once {@code attached} is open, and any other request (left
   * to time out) once {@code hangUp} is.
   */
  private static Dispatcher answers(CountDownLatch attached, CountDownLatch hangUp) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        boolean known = request.getUrl().encodedPath().endsWith("/users/user_123");
        awaitQuietly(known ? attached : hangUp);
        return new MockResponse.Builder()
            .code(known ? 200 : 404)
            .addHeader("Content-Type", "application/json")
            .body(known ? USER_BODY : "{}")
            .build();
      }
    };
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(BOUND_SECONDS * 3, SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
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
