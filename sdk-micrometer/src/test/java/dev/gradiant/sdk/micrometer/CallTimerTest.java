package dev.gradiant.sdk.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.errors.ConnectionException;
import dev.gradiant.sdk.errors.NotFoundException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The call timer and the retry counter: one timing per logical call, tagged with its operation,
 * method, status class, outcome and exception, its retries and waits included; one count per retry,
 * by reason. Time is fake, so the recorded durations are the client's exact waits.
 */
class CallTimerTest {
  private final MeteredApi api = new MeteredApi();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void aSuccessIsOneTimingTaggedWithTheOperationAndNoRetry() {
    api.enqueueJson(200, MeteredApi.USER);

    try (GradiantClient client = api.builder().build()) {
      client.users().get("user_123");
    }

    Timer timer = onlyTimer();
    assertThat(timer.getId().getTags())
        .containsExactlyInAnyOrderElementsOf(tags("getUser", "GET", "2xx", "SUCCESS", "none"));
    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isZero();
    assertThat(api.registry.find(GradiantMetrics.RETRIES).counters()).isEmpty();
    assertThat(api.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aServiceUnavailableThenOkIsOneSuccessfulTimingWithItsBackoffAndOneStatusRetry() {
    api.enqueueJson(503, "{}");
    api.enqueueJson(200, MeteredApi.USER);

    try (GradiantClient client = api.builder().build()) {
      client.users().get("user_123");
    }

    Timer timer = onlyTimer();
    assertThat(timer.getId().getTags())
        .containsExactlyInAnyOrderElementsOf(tags("getUser", "GET", "2xx", "SUCCESS", "none"));
    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(250);
    assertThat(api.time.waits()).containsExactly(Duration.ofMillis(250));
    Counter retries = onlyRetryCounter();
    assertThat(retries.getId().getTags())
        .containsExactlyInAnyOrder(
            Tag.of("client", "default"),
            Tag.of("operation", "getUser"),
            Tag.of("method", "GET"),
            Tag.of("reason", "STATUS"));
    assertThat(retries.count()).isEqualTo(1);
    assertThat(api.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aTooManyRequestsIsCountedAsARateLimitedRetry() {
    api.enqueueJson(429, "{}", "Retry-After", "2");
    api.enqueueJson(200, MeteredApi.USER);

    try (GradiantClient client = api.builder().build()) {
      client.users().get("user_123");
    }

    assertThat(onlyRetryCounter().getId().getTag("reason")).isEqualTo("RATE_LIMITED");
    assertThat(onlyTimer().totalTime(TimeUnit.SECONDS)).isEqualTo(2);
  }

  @Test
  void aNotFoundIsAClientErrorTimingWithItsExceptionsSimpleName() {
    api.enqueueJson(404, MeteredApi.NOT_FOUND);

    Throwable thrown;
    try (GradiantClient client = api.builder().build()) {
      thrown = catchThrowable(() -> client.users().get("user_404"));
    }

    assertThat(thrown).isInstanceOf(NotFoundException.class);
    assertThat(onlyTimer().getId().getTags())
        .containsExactlyInAnyOrderElementsOf(
            tags("getUser", "GET", "4xx", "CLIENT_ERROR", "NotFoundException"));
    assertThat(api.registry.find(GradiantMetrics.RETRIES).counters()).isEmpty();
  }

  @Test
  void aServerErrorAfterTheLastRetryIsAServerErrorTimingWithEveryRetryCounted() {
    for (int i = 0; i < 3; i++) {
      api.enqueueJson(500, "{}");
    }

    Throwable thrown;
    try (GradiantClient client = api.builder().maxRetries(2).build()) {
      thrown = catchThrowable(() -> client.users().get("user_123"));
    }

    assertThat(thrown).isNotNull();
    Timer timer = onlyTimer();
    assertThat(timer.getId().getTag("status")).isEqualTo("5xx");
    assertThat(timer.getId().getTag("outcome")).isEqualTo("SERVER_ERROR");
    assertThat(timer.getId().getTag("exception")).isEqualTo(thrown.getClass().getSimpleName());
    assertThat(onlyRetryCounter().count()).isEqualTo(2);
    assertThat(api.server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aConnectionFailureHasNoStatusAnUnknownOutcomeAndItsExceptionsName() {
    api.server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .onResponseStart(new SocketEffect.CloseSocket())
            .build());

    Throwable thrown;
    try (GradiantClient client = api.builder().maxRetries(0).build()) {
      thrown = catchThrowable(() -> client.users().get("user_123"));
    }

    assertThat(thrown).isInstanceOf(ConnectionException.class);
    assertThat(onlyTimer().getId().getTags())
        .containsExactlyInAnyOrderElementsOf(
            tags("getUser", "GET", "NONE", "UNKNOWN", "ConnectionException"));
  }

  @Test
  void anAsyncCallIsMeasuredAsTheBlockingOneIs() {
    api.enqueueJson(503, "{}");
    api.enqueueJson(200, MeteredApi.USER);

    try (GradiantClient client = api.builder().build()) {
      client.async().users().get("user_123").join();
    }

    Timer timer = onlyTimer();
    assertThat(timer.getId().getTags())
        .containsExactlyInAnyOrderElementsOf(tags("getUser", "GET", "2xx", "SUCCESS", "none"));
    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(250);
    assertThat(onlyRetryCounter().getId().getTag("reason")).isEqualTo("STATUS");
    assertThat(onlyRetryCounter().count()).isEqualTo(1);
  }

  @Test
  void aNamedClientTagsItsMetersWithItsName() {
    api.enqueueJson(200, MeteredApi.USER);

    try (GradiantClient client =
        api.unmeasured().addObserver(GradiantMetrics.create(api.registry, "billing")).build()) {
      client.users().get("user_123");
    }

    assertThat(onlyTimer().getId().getTag("client")).isEqualTo("billing");
  }

  private Timer onlyTimer() {
    List<Timer> timers = List.copyOf(api.registry.find(GradiantMetrics.REQUESTS).timers());
    assertThat(timers).as("timers").hasSize(1);
    return timers.get(0);
  }

  private Counter onlyRetryCounter() {
    List<Counter> counters = List.copyOf(api.registry.find(GradiantMetrics.RETRIES).counters());
    assertThat(counters).as("retry counters").hasSize(1);
    return counters.get(0);
  }

  private static List<Tag> tags(
      String operation, String method, String status, String outcome, String exception) {
    return Tags.of(
            "client", "default",
            "operation", operation,
            "method", method,
            "status", status,
            "outcome", outcome,
            "exception", exception)
        .stream()
        .toList();
  }
}
