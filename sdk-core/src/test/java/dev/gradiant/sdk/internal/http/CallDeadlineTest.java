package dev.gradiant.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.concurrent.CompletionExecutor;
import dev.gradiant.sdk.internal.observability.Observers;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * A call's deadline is fixed when its request is made, at the call's start: the caller's timeout,
 * else the client's, from the client's clock. Its request carries its first attempt, which the
 * retry loop sends as it is.
 */
class CallDeadlineTest {
  private static final HttpUrl BASE_URL = HttpUrl.get("https://api.example.test/v1/");
  private static final Instant START = Instant.parse("2026-12-05T08:00:00Z");

  private static volatile Object sink;

  private final FakeTime time = new FakeTime(START);
  private final Recording transport = new Recording();

  /** Fails on main: the request left the executor without a deadline (the retry loop set it). */
  @Test
  void theClientsTimeoutRunsFromWhenTheRequestIsMade() {
    HttpRequest sent = call(executor(Duration.ofSeconds(30)));

    assertThat(sent.attempt().number()).isEqualTo(1);
    assertThat(sent.attempt().deadline()).isEqualTo(START.plusSeconds(30));
    assertThat(sent.attempt().isFixedFirst()).isTrue();
    assertThat(sent.attempt().mayRenewCredentials()).isTrue();
  }

  /** Fails on main: as above, with the caller's own timeout. */
  @Test
  void theCallersTimeoutWinsOverTheClients() {
    RequestExecutor executor =
        executor(Duration.ofSeconds(30))
            .withOptions(RequestOptions.builder().timeout(Duration.ofSeconds(2)).build());
    time.sleep(Duration.ofSeconds(5));

    HttpRequest sent = call(executor);

    assertThat(sent.attempt().deadline()).isEqualTo(START.plusSeconds(7));
  }

  /** Fails on main: no deadline, but the first attempt still left to the retry loop to fix. */
  @Test
  void aClientWithoutTimeoutFixesNoDeadline() {
    HttpRequest sent = call(executor(null));

    assertThat(sent.attempt().deadline()).isNull();
    assertThat(sent.attempt().isFixedFirst()).isTrue();
  }

  /** Each call's request gets its own attempt, whose transmission nobody else marks. */
  @Test
  void everyCallHasItsOwnFirstAttempt() {
    RequestExecutor executor = executor(Duration.ofSeconds(30));

    HttpRequest first = call(executor);
    time.sleep(Duration.ofSeconds(1));
    HttpRequest second = call(executor);

    assertThat(second.attempt()).isNotSameAs(first.attempt());
    assertThat(second.attempt().transmission()).isNotSameAs(first.attempt().transmission());
    assertThat(second.attempt().deadline()).isEqualTo(START.plusSeconds(31));
  }

  /**
   * The deadline is the call's start plus its timeout to the nanosecond, past whole seconds too.
   */
  @Test
  void theDeadlineKeepsTheFractionsOfTheStartAndTheTimeout() {
    time.sleep(Duration.ofMillis(750));
    RequestExecutor executor =
        executor(Duration.ofSeconds(30))
            .withOptions(
                RequestOptions.builder().timeout(Duration.ofMillis(1_500).plusNanos(250)).build());

    HttpRequest sent = call(executor);

    assertThat(sent.attempt().deadline())
        .isEqualTo(START.plusMillis(750).plusMillis(1_500).plusNanos(250));
  }

  /**
   * Fails on main: fixing a deadline on the system clock made two instants, now and the sum; it
   * makes one now, besides the attempt itself.
   */
  @Test
  void aDeadlineOnTheSystemClockCostsOneInstant() {
    CallDeadlines deadlines = new CallDeadlines(Clock.systemUTC(), Duration.ofSeconds(30));
    Instant fixed = START.plusSeconds(30);

    long fixing = bytesPerCall(() -> deadlines.firstAttempt(RequestOptions.none()));
    long attemptOnly = bytesPerCall(() -> Attempt.first(fixed));
    long oneInstant = bytesPerCall(() -> Instant.ofEpochMilli(System.currentTimeMillis()));

    assertThat(fixing - attemptOnly).isLessThanOrEqualTo(oneInstant);
  }

  private static long bytesPerCall(Supplier<Object> make) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeThat(threads.isThreadAllocatedMemorySupported()).isTrue();
    threads.setThreadAllocatedMemoryEnabled(true);
    sink = make.get(); // classes loaded outside the measure
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < 1_000; i++) {
      sink = make.get();
    }
    return (threads.getThreadAllocatedBytes(thread) - before) / 1_000;
  }

  private RequestExecutor executor(Duration timeout) {
    return new RequestExecutor(
        BASE_URL,
        BASE_URL,
        transport,
        "test",
        new CompletionExecutor(null),
        time,
        Observers.none(),
        timeout);
  }

  private static HttpRequest call(RequestExecutor executor) {
    return executor.executeReading(ApiRequest.get("/user").build(), (request, response) -> request);
  }

  /** Answers {@code 200}. */
  private static final class Recording implements HttpTransport {
    @Override
    public HttpResponse execute(HttpRequest request) {
      return new HttpResponse(200, "", Headers.of(), new byte[0]);
    }

    @Override
    public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
      return CompletableFuture.completedFuture(execute(request));
    }

    @Override
    public void close() {}
  }
}
