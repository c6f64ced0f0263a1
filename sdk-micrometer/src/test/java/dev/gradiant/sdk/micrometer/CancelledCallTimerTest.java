package dev.gradiant.sdk.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.observability.CallEnd;
import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.users.User;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A call the caller cancels while its attempt is in flight is timed as {@code CANCELLED}, without a
 * status; and a client name that would be no name is refused.
 */
class CancelledCallTimerTest {
  private final MeteredApi api = new MeteredApi();
  private final CountDownLatch arrived = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final CountDownLatch ended = new CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    api.close();
  }

  @Test
  void aCancelledAsyncCallIsTimedAsCancelledWithoutAStatus() throws InterruptedException {
    api.server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            arrived.countDown();
            release.await(5, TimeUnit.SECONDS);
            return MeteredApi.json(200, MeteredApi.USER);
          }
        });
    CallObserver afterTheMetrics =
        new CallObserver() {
          @Override
          public void onCallEnd(CallEnd event) {
            ended.countDown();
          }
        };

    try (GradiantClient client = api.builder().addObserver(afterTheMetrics).build()) {
      CompletableFuture<User> call = client.async().users().get("user_123");
      assertThat(arrived.await(5, TimeUnit.SECONDS)).as("the request arrived").isTrue();
      call.cancel(true);
      assertThat(ended.await(5, TimeUnit.SECONDS)).as("the call ended").isTrue();
    }

    Timer timer = api.registry.get(GradiantMetrics.REQUESTS).timer();
    assertThat(timer.getId().getTag("outcome")).isEqualTo("CANCELLED");
    assertThat(timer.getId().getTag("status")).isEqualTo("NONE");
    assertThat(timer.getId().getTag("exception")).isEqualTo("CancellationException");
    assertThat(timer.count()).isEqualTo(1);
    assertThat(api.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aBlankClientNameIsRefused() {
    assertThatThrownBy(() -> GradiantMetrics.create(api.registry, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clientName must not be blank");
  }
}
