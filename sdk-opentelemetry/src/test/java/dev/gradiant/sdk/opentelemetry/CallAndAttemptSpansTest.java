package dev.gradiant.sdk.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.errors.ConnectionException;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.users.User;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The span tree of a call: one {@code CLIENT} span per call named by the operation id, one child
 * {@code CLIENT} span per HTTP attempt named {@code {method} {url.template}}, retries as events on
 * the call's span, each with the HTTP client conventions' attributes.
 */
class CallAndAttemptSpansTest {
  private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
  private static final AttributeKey<String> TEMPLATE = AttributeKey.stringKey("url.template");
  private static final AttributeKey<String> ADDRESS = AttributeKey.stringKey("server.address");
  private static final AttributeKey<Long> PORT = AttributeKey.longKey("server.port");
  private static final AttributeKey<Long> STATUS =
      AttributeKey.longKey("http.response.status_code");
  private static final AttributeKey<Long> RESEND =
      AttributeKey.longKey("http.request.resend_count");
  private static final AttributeKey<String> ERROR = AttributeKey.stringKey("error.type");
  private static final AttributeKey<String> OPERATION =
      AttributeKey.stringKey("gradiant.operation.id");
  private static final AttributeKey<String> REQUEST_ID =
      AttributeKey.stringKey("gradiant.request.id");
  private static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("gradiant.attempt.count");

  private final TracedApi api = new TracedApi();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  @SuppressWarnings("try") // the scope makes the parent current
  void aSuccessIsACallSpanNamedByTheOperationAroundOneAttemptSpan() {
    api.enqueueJson(200, TracedApi.USER, "X-Request-ID", "req_1");
    Span parent = api.openTelemetry.getTracer("test").spanBuilder("handler").startSpan();

    try (GradiantClient client = api.builder().build();
        Scope ignored = parent.makeCurrent()) {
      client.users().get("user_123");
    } finally {
      parent.end();
    }

    SpanData call = api.callSpan();
    assertThat(call.getName()).isEqualTo("getUser");
    assertThat(call.getParentSpanId()).isEqualTo(parent.getSpanContext().getSpanId());
    assertThat(call.getTraceId()).isEqualTo(parent.getSpanContext().getTraceId());
    assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(call.getAttributes().asMap())
        .containsExactlyInAnyOrderEntriesOf(
            Attributes.builder()
                .put(OPERATION, "getUser")
                .put(METHOD, "GET")
                .put(TEMPLATE, "/users/{id}")
                .put(ADDRESS, api.server.getHostName())
                .put(PORT, api.server.getPort())
                .put(STATUS, 200)
                .put(REQUEST_ID, "req_1")
                .put(ATTEMPTS, 1)
                .build()
                .asMap());
    assertThat(call.getEvents()).isEmpty();

    List<SpanData> attempts = api.attemptSpans();
    assertThat(attempts).hasSize(1);
    SpanData attempt = attempts.get(0);
    assertThat(attempt.getName()).isEqualTo("GET /users/{id}");
    assertThat(attempt.getKind()).isEqualTo(SpanKind.CLIENT);
    assertThat(attempt.getParentSpanId()).isEqualTo(call.getSpanId());
    assertThat(attempt.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(attempt.getAttributes().asMap())
        .containsExactlyInAnyOrderEntriesOf(
            Attributes.builder()
                .put(METHOD, "GET")
                .put(TEMPLATE, "/users/{id}")
                .put(ADDRESS, api.server.getHostName())
                .put(PORT, api.server.getPort())
                .put(STATUS, 200)
                .put(REQUEST_ID, "req_1")
                .build()
                .asMap());
    assertThat(api.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aServiceUnavailableThenOkIsTwoAttemptSpansAndARetryEventWithTheBackoff() {
    api.enqueueJson(503, "{}", "X-Request-ID", "req_1");
    api.enqueueJson(200, TracedApi.USER, "X-Request-ID", "req_2");

    try (GradiantClient client = api.builder().build()) {
      client.users().get("user_123");
    }

    assertThat(api.time.waits()).containsExactly(Duration.ofMillis(250));
    SpanData call = api.callSpan();
    assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(call.getAttributes().get(STATUS)).isEqualTo(200);
    assertThat(call.getAttributes().get(REQUEST_ID)).isEqualTo("req_2");
    assertThat(call.getAttributes().get(ATTEMPTS)).isEqualTo(2);
    assertThat(call.getEvents()).hasSize(1);
    EventData retry = call.getEvents().get(0);
    assertThat(retry.getName()).isEqualTo("gradiant.retry");
    assertThat(retry.getAttributes().asMap())
        .containsExactlyInAnyOrderEntriesOf(
            Attributes.builder()
                .put("gradiant.retry.reason", "status")
                .put("gradiant.retry.delay_ms", 250L)
                .put("gradiant.retry.attempt", 1L)
                .put(STATUS, 503)
                .build()
                .asMap());

    List<SpanData> attempts = api.attemptSpans();
    assertThat(attempts).hasSize(2);
    assertThat(attempts)
        .allSatisfy(a -> assertThat(a.getParentSpanId()).isEqualTo(call.getSpanId()));
    SpanData first = attempts.get(0);
    assertThat(first.getAttributes().get(STATUS)).isEqualTo(503);
    assertThat(first.getAttributes().get(ERROR)).isEqualTo("503");
    assertThat(first.getAttributes().get(RESEND)).isNull();
    assertThat(first.getAttributes().get(REQUEST_ID)).isEqualTo("req_1");
    assertThat(first.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    SpanData second = attempts.get(1);
    assertThat(second.getAttributes().get(STATUS)).isEqualTo(200);
    assertThat(second.getAttributes().get(ERROR)).isNull();
    assertThat(second.getAttributes().get(RESEND)).isEqualTo(1);
    assertThat(second.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(api.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aTooManyRequestsIsARateLimitedRetryEventWithTheServersWait() {
    api.enqueueJson(429, "{}", "Retry-After", "2");
    api.enqueueJson(200, TracedApi.USER);

    try (GradiantClient client = api.builder().build()) {
      client.users().get("user_123");
    }

    assertThat(api.time.waits()).containsExactly(Duration.ofSeconds(2));
    EventData retry = api.callSpan().getEvents().get(0);
    assertThat(retry.getAttributes().get(AttributeKey.stringKey("gradiant.retry.reason")))
        .isEqualTo("rate_limited");
    assertThat(retry.getAttributes().get(AttributeKey.longKey("gradiant.retry.delay_ms")))
        .isEqualTo(2000);
    assertThat(retry.getAttributes().get(STATUS)).isEqualTo(429);
    List<SpanData> attempts = api.attemptSpans();
    assertThat(attempts).extracting(a -> a.getAttributes().get(STATUS)).containsExactly(429L, 200L);
    assertThat(attempts.get(0).getAttributes().get(ERROR)).isEqualTo("429");
    assertThat(attempts.get(0).getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(api.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aConnectionFailureIsAnAttemptSpanWithTheExceptionTypeAndAFailedCallSpan() {
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
    SpanData call = api.callSpan();
    assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(call.getAttributes().get(ERROR)).isEqualTo(ConnectionException.class.getName());
    assertThat(call.getAttributes().get(STATUS)).isNull();
    assertThat(call.getAttributes().get(ATTEMPTS)).isEqualTo(1);
    SpanData attempt = api.attemptSpans().get(0);
    assertThat(attempt.getParentSpanId()).isEqualTo(call.getSpanId());
    assertThat(attempt.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(attempt.getAttributes().get(ERROR)).isEqualTo(ConnectionException.class.getName());
    assertThat(attempt.getAttributes().get(STATUS)).isNull();
    assertThat(api.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aConnectionFailureThenOkIsAConnectionRetryEventWithoutAStatus() {
    api.server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .onResponseStart(new SocketEffect.CloseSocket())
            .build());
    api.enqueueJson(200, TracedApi.USER);

    try (GradiantClient client = api.builder().build()) {
      client.users().get("user_123");
    }

    EventData retry = api.callSpan().getEvents().get(0);
    assertThat(retry.getAttributes().get(AttributeKey.stringKey("gradiant.retry.reason")))
        .isEqualTo("connection_failure");
    assertThat(retry.getAttributes().get(STATUS)).isNull();
    assertThat(api.attemptSpans())
        .extracting(a -> a.getAttributes().get(ERROR))
        .containsExactly(ConnectionException.class.getName(), null);
  }

  @Test
  void aNotFoundEndsBothSpansInErrorWithTheStatusAndTheExceptionType() {
    api.enqueueJson(
        404,
        "{\"error\": {\"code\": \"RESOURCE_NOT_FOUND\", \"message\": \"no such user\"}}",
        "X-Request-ID",
        "req_404");

    Throwable thrown;
    try (GradiantClient client = api.builder().build()) {
      thrown = catchThrowable(() -> client.users().get("user_404"));
    }

    assertThat(thrown).isInstanceOf(NotFoundException.class);
    SpanData call = api.callSpan();
    assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(call.getStatus().getDescription()).isEmpty();
    assertThat(call.getAttributes().get(ERROR)).isEqualTo(NotFoundException.class.getName());
    assertThat(call.getAttributes().get(STATUS)).isEqualTo(404);
    assertThat(call.getAttributes().get(REQUEST_ID)).isEqualTo("req_404");
    assertThat(call.getEvents()).isEmpty();
    SpanData attempt = api.attemptSpans().get(0);
    assertThat(api.attemptSpans()).hasSize(1);
    assertThat(attempt.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(attempt.getAttributes().get(ERROR)).isEqualTo("404");
    assertThat(attempt.getAttributes().get(STATUS)).isEqualTo(404);
    assertThat(api.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  @SuppressWarnings("try") // the scope makes the parent current
  void anAsyncCallIsAChildOfTheContextCurrentWhereItWasMadeThoughItEndsElsewhere() {
    api.enqueueJson(503, "{}");
    api.enqueueJson(200, TracedApi.USER);
    Span parent = api.openTelemetry.getTracer("test").spanBuilder("handler").startSpan();

    User user;
    try (GradiantClient client = api.builder().build()) {
      CompletableFuture<User> call;
      try (Scope ignored = parent.makeCurrent()) {
        call = client.async().users().get("user_123");
      }
      user = call.join();
    } finally {
      parent.end();
    }

    assertThat(user.id()).isEqualTo("user_123");
    SpanData callSpan = api.callSpan();
    assertThat(callSpan.getName()).isEqualTo("getUser");
    assertThat(callSpan.getParentSpanId()).isEqualTo(parent.getSpanContext().getSpanId());
    assertThat(callSpan.getAttributes().get(ATTEMPTS)).isEqualTo(2);
    assertThat(callSpan.getEvents())
        .extracting(EventData::getName)
        .containsExactly("gradiant.retry");
    assertThat(api.attemptSpans())
        .hasSize(2)
        .allSatisfy(a -> assertThat(a.getParentSpanId()).isEqualTo(callSpan.getSpanId()))
        .extracting(a -> a.getAttributes().get(RESEND))
        .containsExactly(null, 1L);
    assertThat(api.server.getRequestCount()).isEqualTo(2);
  }
}
