package dev.gradiant.sdk.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.internal.concurrent.CompletionExecutor;
import dev.gradiant.sdk.internal.http.HttpRequest;
import dev.gradiant.sdk.internal.http.HttpResponse;
import dev.gradiant.sdk.internal.http.HttpTransport;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * The faces that return a session alone, blocking and async, send the same request and return the
 * same session as the raw faces, without making the response metadata nobody can read there. The
 * cost tests fail on main: the plain face was the raw face's {@code .data()} (async: a future
 * mapped from the raw face's), and cost what it costs, or more.
 */
class PlainFaceMakesNoMetadataTest {
  private static final int CALLS = 1_000;
  private static final byte[] SESSION =
      "{\"data\": {\"id\": \"sess_1\", \"status\": \"invited\"}}".getBytes(StandardCharsets.UTF_8);
  private static final HttpResponse OK =
      new HttpResponse(200, "OK", Headers.of("Content-Type", "application/json"), SESSION);

  private static volatile Object sink;

  private final Recording transport = new Recording();
  private final RequestExecutor executor =
      new RequestExecutor(
          HttpUrl.get("https://api.example.test/v1"),
          transport,
          "test",
          new CompletionExecutor(null));
  private final SessionsClient sessions = new SessionsClient(executor);
  private final AsyncSessionsClient async = new AsyncSessionsClient(executor);

  @Test
  void aGetSendsTheSameRequestAndReturnsTheSameSession() {
    Session plain = sessions.get("sess_1");
    Session raw = sessions.withRawResponse().get("sess_1").data();

    assertThat(plain).isEqualTo(raw);
    assertThat(plain.id()).isEqualTo("sess_1");
    assertThat(transport.sent).hasSize(2);
    for (HttpRequest sent : transport.sent) {
      assertThat(sent.method()).isEqualTo("GET");
      assertThat(sent.url().encodedPath()).isEqualTo("/v1/sessions/sess_1");
    }
  }

  @Test
  void anAsyncGetSendsTheSameRequestAndReturnsTheSameSession() {
    Session plain = async.get("sess_1").join();
    Session raw = async.withRawResponse().get("sess_1").join().data();

    assertThat(plain).isEqualTo(raw);
    assertThat(plain.id()).isEqualTo("sess_1");
    assertThat(transport.sent).hasSize(2);
    for (HttpRequest sent : transport.sent) {
      assertThat(sent.method()).isEqualTo("GET");
      assertThat(sent.url().encodedPath()).isEqualTo("/v1/sessions/sess_1");
    }
  }

  /** Fails on main: the async face mapped the raw face's future, metadata made, onto another. */
  @Test
  void anAsyncGetCostsLessThanTheRawFace() {
    long plain = bytesPerCall(() -> async.get("sess_1").join());
    long raw = bytesPerCall(() -> async.withRawResponse().get("sess_1").join());

    assertThat(plain).isLessThan(raw);
  }

  @Test
  void aGetCostsLessThanTheRawFace() {
    long plain = bytesPerCall(() -> sessions.get("sess_1"));
    long raw = bytesPerCall(() -> sessions.withRawResponse().get("sess_1"));

    assertThat(plain).isLessThan(raw);
  }

  @Test
  void aCreateCostsLessThanTheRawFace() {
    SessionCreateParams params =
        SessionCreateParams.builder().userId("user_1").sessionType(SessionType.CHAT).build();

    long plain = bytesPerCall(() -> sessions.create(params));
    long raw = bytesPerCall(() -> sessions.withRawResponse().create(params));

    assertThat(plain).isLessThan(raw);
  }

  private long bytesPerCall(Supplier<Object> call) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeThat(threads.isThreadAllocatedMemorySupported()).isTrue();
    threads.setThreadAllocatedMemoryEnabled(true);
    sink = call.get(); // classes loaded outside the measure
    transport.recording = false;
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < CALLS; i++) {
      sink = call.get();
    }
    return (threads.getThreadAllocatedBytes(thread) - before) / CALLS;
  }

  /** Answers every request with the same session, keeping what it was sent while recording. */
  private static final class Recording implements HttpTransport {
    final List<HttpRequest> sent = new ArrayList<>();
    boolean recording = true;

    @Override
    public HttpResponse execute(HttpRequest request) {
      if (recording) {
        sent.add(request);
      }
      return OK;
    }

    @Override
    public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
      return CompletableFuture.completedFuture(execute(request));
    }

    @Override
    public void close() {}
  }
}
