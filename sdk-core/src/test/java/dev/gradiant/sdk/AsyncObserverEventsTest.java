package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.internal.resilience.Sleeper;
import dev.gradiant.sdk.observability.CallEnd;
import dev.gradiant.sdk.users.User;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What an observer of an asynchronous call sees: the same events as a blocking call's, the call's
 * start on the caller's thread, and a cancelled call's end after its attempt in flight stopped.
 */
class AsyncObserverEventsTest {
  private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
  private static final String USER = Payloads.envelope(Payloads.USER);

  private final MockApi api = MockApi.start();
  private final FakeTime time = new FakeTime(START);
  private final RecordingObserver observer = new RecordingObserver();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    api.close();
  }

  private GradiantClient client() {
    return TestClients.async(api.baseUrl(), time)
        .apiToken(MockApi.TOKEN)
        .addObserver(observer)
        .build();
  }

  @Test
  void anAsyncRetryReportsTheSameEventsAsABlockingOneAndStartsOnTheCallersThread() {
    api.enqueueJson(503, "{}", "X-Request-ID", "req_1");
    api.enqueueJson(200, USER, "X-Request-ID", "req_2");

    try (GradiantClient client = client()) {
      User user = client.async().users().get("user_123").join();
      assertThat(user.id()).isEqualTo("user_123");
    }

    assertThat(observer.lines())
        .containsExactly(
            "callStart getUser GET /users/{id} async",
            "attemptStart 1",
            "attemptResponse 1 503 PT0S req_1",
            "retry 1 STATUS 503 PT0.25S",
            "attemptStart 2",
            "attemptResponse 2 200 PT0S req_2",
            "callEnd ok 200 attempts=2 PT0.25S req_2");
    assertThat(observer.threads().get(0)).isEqualTo(Thread.currentThread().getName());
    assertThat(api.requestCount()).isEqualTo(2);
  }

  @Test
  void aCallCancelledDuringItsRetryWaitEndsCancelledWithoutAnotherAttempt() {
    api.enqueueJson(503, "{}");
    ManualScheduler waits = new ManualScheduler();
    Sleeper failing =
        duration -> {
          throw new AssertionError("an asynchronous call slept");
        };

    CompletableFuture<User> call;
    try (GradiantClient client =
        GradiantClient.builder()
            .environment(name -> null)
            .baseUrl(api.baseUrl())
            .clock(time)
            .jitter(() -> 0.5)
            .sleeper(failing)
            .scheduler(waits)
            .apiToken(MockApi.TOKEN)
            .addObserver(observer)
            .build()) {
      call = client.async().users().get("user_123");
      ManualScheduler.Wait wait = waits.nextWait();
      call.cancel(true);
      CallEnd end = observer.awaitEnd();

      assertThat(end.cancelled()).isTrue();
      assertThat(end.succeeded()).isFalse();
      assertThat(wait.dropped()).isTrue();
    }

    assertThat(call).isCancelled();
    assertThat(observer.lines())
        .containsExactly(
            "callStart getUser GET /users/{id} async",
            "attemptStart 1",
            "attemptResponse 1 503 PT0S no-id",
            "retry 1 STATUS 503 PT0.25S",
            "callEnd cancelled 503 attempts=1 PT0S no-id");
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void aCallCancelledInFlightReportsTheAttemptsFailureBeforeTheCallsEnd() throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    api.server()
        .setDispatcher(
            new Dispatcher() {
              @Override
              public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                arrived.countDown();
                release.await(5, TimeUnit.SECONDS);
                return new MockResponse.Builder().code(200).body(USER).build();
              }
            });

    CompletableFuture<User> call;
    try (GradiantClient client = client()) {
      call = client.async().users().get("user_123");
      assertThat(arrived.await(5, TimeUnit.SECONDS)).as("the request reached the server").isTrue();
      call.cancel(true);
      observer.awaitEnd();
    }

    assertThat(call).isCancelled();
    assertThat(observer.lines())
        .containsExactly(
            "callStart getUser GET /users/{id} async",
            "attemptStart 1",
            "attemptFailure 1 CancellationException PT0S",
            "callEnd cancelled no-status attempts=1 PT0S no-id");
  }
}
