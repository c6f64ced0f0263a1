package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.errors.ApiTimeoutException;
import dev.gradiant.sdk.observability.AttemptFailure;
import dev.gradiant.sdk.observability.CallObserver;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * When an asynchronous attempt's deadline passes, the attempt is failed off the client's deadline
 * thread ({@code gradiant-deadlines}): its observers are application code, and one that is slow
 * there would hold back the deadlines of every other call of the client.
 */
class DeadlineExpiryThreadTest {
  private final MockApi api = MockApi.start();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void anAsyncAttemptPastItsDeadlineIsFailedOffTheDeadlineThread() {
    api.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    List<String> failureThreads = new CopyOnWriteArrayList<>();
    CallObserver observer =
        new CallObserver() {
          @Override
          public void onAttemptFailure(AttemptFailure event) {
            failureThreads.add(Thread.currentThread().getName());
          }
        };

    try (GradiantClient client =
        api.builder()
            .apiToken(MockApi.TOKEN)
            .timeout(Duration.ofMillis(300))
            .addObserver(observer)
            .build()) {
      Throwable failure =
          client.async().users().get("user_123").handle((user, error) -> error).join();

      Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
      assertThat(cause).isInstanceOf(ApiTimeoutException.class);
    }
    assertThat(api.requestCount()).isEqualTo(1);
    assertThat(failureThreads).hasSize(1).noneMatch(name -> name.startsWith("gradiant-deadlines"));
  }
}
