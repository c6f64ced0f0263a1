package dev.gradiant.sdk.internal.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.gradiant.sdk.FakeScheduler;
import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.Attempt;
import dev.gradiant.sdk.internal.http.HttpRequest;
import dev.gradiant.sdk.internal.http.HttpResponse;
import dev.gradiant.sdk.internal.http.HttpTransport;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * A request made with its call's deadline fixed ({@link Attempt#first}) goes out as it is on its
 * first attempt, and its retries keep that deadline; a request without one gets its deadline when
 * it reaches the retry loop.
 */
class FirstAttemptAsMadeTest {
  private static final Instant START = Instant.parse("2026-12-05T08:00:00Z");
  private static final HttpUrl URL = HttpUrl.get("https://api.example.test/v1/users/u_1");
  private static final RetryPolicy POLICY =
      new RetryPolicy(
          2,
          Duration.ofMillis(100),
          Duration.ofMillis(100),
          Duration.ofSeconds(60),
          Duration.ofSeconds(30));
  private static final int CALLS = 1_000;

  private final FakeTime time = new FakeTime(START);
  private final Scripted server = new Scripted();
  private final RetryingTransport retrying =
      new RetryingTransport(
          server,
          POLICY,
          time,
          time,
          new FakeScheduler(time),
          new Backoff(Duration.ofMillis(100), Duration.ofMillis(100), () -> 1.0));

  /** Fails on main: the retry loop sent a numbered copy of every request. */
  @Test
  void firstAttemptSendsTheRequestAsMade() {
    HttpRequest made = get(Attempt.first(START.plusSeconds(30)));
    HttpResponse ok = answer(200);
    server.answers.add(ok);

    HttpResponse response = retrying.execute(made);

    assertThat(response).isSameAs(ok);
    assertThat(server.sent).hasSize(1);
    assertThat(server.sent.get(0)).isSameAs(made);
  }

  /**
   * Fails on main: the retry loop fixed the deadline when the request reached it (10 s later here),
   * not when the call was made.
   */
  @Test
  void retriesKeepTheDeadlineTheRequestWasMadeWith() {
    Instant deadline = START.plusSeconds(30);
    HttpRequest made = get(Attempt.first(deadline));
    time.sleep(Duration.ofSeconds(10)); // the call was made, then reached the loop 10 s later
    server.answers.add(answer(503));
    server.answers.add(answer(200));

    HttpResponse response = retrying.execute(made);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.attempts()).isEqualTo(2);
    assertThat(server.sent).hasSize(2);
    assertThat(server.sent.get(0)).isSameAs(made);
    Attempt retry = server.sent.get(1).attempt();
    assertThat(retry.number()).isEqualTo(2);
    assertThat(retry.deadline()).isEqualTo(deadline);
    assertThat(retry.transmission()).isNotSameAs(made.attempt().transmission());
    assertThat(server.sent.get(1).url()).isEqualTo(made.url());
  }

  /** A deadline that passes while a retry waits is the one the request was made with. */
  @Test
  void theFixedDeadlineEndsTheRetries() {
    HttpRequest made = get(Attempt.first(START.plusMillis(50)));
    server.answers.add(answer(503));

    HttpResponse response = retrying.execute(made);

    // the 100 ms backoff would end past the deadline: the 503 is the answer, with no retry
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(server.sent).hasSize(1);
    assertThat(time.sleeps()).isEmpty();
  }

  /** A request made without a fixed deadline gets the policy's, from when it reaches the loop. */
  @Test
  void requestWithoutAFixedDeadlineGetsOneWhenItReachesTheLoop() {
    HttpRequest made = get(Attempt.FIRST);
    time.sleep(Duration.ofSeconds(10));
    server.answers.add(answer(200));

    retrying.execute(made);

    assertThat(server.sent).hasSize(1);
    Attempt first = server.sent.get(0).attempt();
    assertThat(first.number()).isEqualTo(1);
    assertThat(first.deadline()).isEqualTo(START.plusSeconds(40));
  }

  /**
   * Fails on main: a call whose first answer is final made its call state, a copy of the request,
   * an attempt and its transmission record (about 160 bytes); now the retry loop makes nothing.
   */
  @Test
  void finalFirstAnswerCostsTheRetryLoopNoObject() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeThat(threads.isThreadAllocatedMemorySupported()).isTrue();
    threads.setThreadAllocatedMemoryEnabled(true);
    HttpRequest made = get(Attempt.first(START.plusSeconds(30)));
    HttpResponse ok = answer(200);
    Constant constant = new Constant(ok);
    RetryingTransport loop =
        new RetryingTransport(
            constant,
            POLICY,
            time,
            time,
            new FakeScheduler(time),
            new Backoff(Duration.ofMillis(100), Duration.ofMillis(100), () -> 1.0));
    loop.execute(made); // classes loaded outside the measure
    long thread = Thread.currentThread().getId();

    long before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < CALLS; i++) {
      constant.last = loop.execute(made);
    }
    long perCall = (threads.getThreadAllocatedBytes(thread) - before) / CALLS;

    assertThat(constant.last).isSameAs(ok);
    assertThat(constant.sent).isSameAs(made);
    assertThat(perCall).isLessThan(16);
  }

  /**
   * Fails on main: the asynchronous face made the call's state (48 bytes) and a function to start
   * the attempt (24) for every call, its first answer final or not: about 176 bytes a call here.
   * What it makes now: the caller's future, the function that completes it and its stage, 24 bytes
   * each, and the test double's own completed future: 96.
   */
  @Test
  void asyncFinalFirstAnswerMakesNoCallState() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeThat(threads.isThreadAllocatedMemorySupported()).isTrue();
    threads.setThreadAllocatedMemoryEnabled(true);
    HttpRequest made = get(Attempt.first(START.plusSeconds(30)));
    HttpResponse ok = answer(200);
    Constant constant = new Constant(ok);
    RetryingTransport loop =
        new RetryingTransport(
            constant,
            POLICY,
            time,
            time,
            new FakeScheduler(time),
            new Backoff(Duration.ofMillis(100), Duration.ofMillis(100), () -> 1.0));
    loop.executeAsync(made).join(); // classes loaded outside the measure
    long thread = Thread.currentThread().getId();

    long before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < CALLS; i++) {
      constant.last = loop.executeAsync(made).getNow(null);
    }
    long perCall = (threads.getThreadAllocatedBytes(thread) - before) / CALLS;

    assertThat(constant.last).isSameAs(ok);
    assertThat(constant.sent).isSameAs(made);
    assertThat(perCall).isLessThan(6 * 24);
  }

  /** An asynchronous retry keeps the deadline its request was made with, as a blocking one does. */
  @Test
  void asyncRetriesKeepTheDeadlineTheRequestWasMadeWith() {
    Instant deadline = START.plusSeconds(30);
    HttpRequest made = get(Attempt.first(deadline));
    server.answers.add(answer(503));
    server.answers.add(answer(200));

    HttpResponse response = retrying.executeAsync(made).join();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.attempts()).isEqualTo(2);
    assertThat(server.sent).hasSize(2);
    assertThat(server.sent.get(0)).isSameAs(made);
    Attempt retry = server.sent.get(1).attempt();
    assertThat(retry.number()).isEqualTo(2);
    assertThat(retry.deadline()).isEqualTo(deadline);
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(100));
  }

  private static HttpRequest get(Attempt attempt) {
    return new HttpRequest(
        "GET",
        URL,
        Headers.of("Accept", "application/json"),
        null,
        null,
        "/users/{id}",
        false,
        RequestOptions.none(),
        attempt);
  }

  private static HttpResponse answer(int status) {
    return new HttpResponse(status, "", Headers.of(), new byte[0]);
  }

  /** Answers each attempt with the next scripted response, recording what was sent. */
  private static final class Scripted implements HttpTransport {
    final Deque<HttpResponse> answers = new ArrayDeque<>();
    final List<HttpRequest> sent = new ArrayList<>();

    @Override
    public HttpResponse execute(HttpRequest request) {
      sent.add(request);
      return answers.removeFirst();
    }

    @Override
    public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
      return CompletableFuture.completedFuture(execute(request));
    }

    @Override
    public void close() {}
  }

  /** Answers every attempt with the same response, keeping the last request. */
  private static final class Constant implements HttpTransport {
    private final HttpResponse answer;
    HttpRequest sent;
    HttpResponse last;

    Constant(HttpResponse answer) {
      this.answer = answer;
    }

    @Override
    public HttpResponse execute(HttpRequest request) {
      sent = request;
      return answer;
    }

    @Override
    public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
      return CompletableFuture.completedFuture(execute(request));
    }

    @Override
    public void close() {}
  }
}
