package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.logging.CapturedLogs;
import dev.gradiant.sdk.observability.AttemptFailure;
import dev.gradiant.sdk.observability.AttemptResponse;
import dev.gradiant.sdk.observability.AttemptStart;
import dev.gradiant.sdk.observability.CallEnd;
import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.observability.CallStart;
import dev.gradiant.sdk.observability.RetryScheduled;
import dev.gradiant.sdk.users.UserCreateParams;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An observer cannot break a call: what it throws is caught and logged (rate-limited, without its
 * message), and the headers it may add to an attempt are its own, never the SDK's, the caller's or
 * the credentials'.
 */
class ObserverSafetyTest {
  private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
  private static final String USER = Payloads.envelope(Payloads.USER);
  private static final String SECRET_IN_MESSAGE = "observer-secret-7731";

  private final MockApi api = MockApi.start();
  private final FakeTime time = new FakeTime(START);
  private final RecordingObserver recorder = new RecordingObserver();

  @BeforeEach
  void forgetLogs() {
    CapturedLogs.clear();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  /** Throws from every callback. */
  static final class ThrowingObserver implements CallObserver {
    @Override
    public void onCallStart(CallStart event) {
      throw new IllegalStateException(SECRET_IN_MESSAGE);
    }

    @Override
    public void onAttemptStart(AttemptStart event) {
      throw new IllegalStateException(SECRET_IN_MESSAGE);
    }

    @Override
    public void onAttemptResponse(AttemptResponse event) {
      throw new AssertionError(SECRET_IN_MESSAGE);
    }

    @Override
    public void onAttemptFailure(AttemptFailure event) {
      throw new IllegalStateException(SECRET_IN_MESSAGE);
    }

    @Override
    public void onRetryScheduled(RetryScheduled event) {
      throw new IllegalStateException(SECRET_IN_MESSAGE);
    }

    @Override
    public void onCallEnd(CallEnd event) {
      throw new IllegalStateException(SECRET_IN_MESSAGE);
    }
  }

  private List<String> observerWarnings() {
    return CapturedLogs.lines().stream()
        .filter(line -> line.startsWith("WARN dev.gradiant.sdk.observability"))
        .toList();
  }

  @Test
  void aThrowingObserverBreaksNeitherTheCallNorTheObserversAfterItAndIsLoggedOnceAMinute() {
    api.enqueueJson(503, "{}");
    api.enqueueJson(200, USER);
    api.enqueueJson(200, USER);
    api.enqueueJson(200, USER);

    try (GradiantClient client =
        TestClients.blocking(api.baseUrl(), time)
            .apiToken(MockApi.TOKEN)
            .addObserver(new ThrowingObserver())
            .addObserver(recorder)
            .build()) {
      assertThat(client.users().get("user_123").id()).isEqualTo("user_123");
      assertThat(client.users().get("user_123").id()).isEqualTo("user_123");
      List<String> afterTwoCalls = observerWarnings();
      time.sleep(Duration.ofSeconds(61));
      assertThat(client.users().get("user_123").id()).isEqualTo("user_123");

      assertThat(afterTwoCalls).hasSize(1);
      assertThat(afterTwoCalls.get(0))
          .contains(ThrowingObserver.class.getName())
          .contains("java.lang.IllegalStateException")
          .contains("onCallStart")
          .doesNotContain(SECRET_IN_MESSAGE);
    }

    List<String> warnings = observerWarnings();
    assertThat(warnings).hasSize(2);
    // the first call's 6 callbacks after its first (it retried once), then the second call's 4
    assertThat(warnings.get(1)).contains("10 more failures").doesNotContain(SECRET_IN_MESSAGE);
    assertThat(recorder.lines())
        .filteredOn(line -> line.startsWith("callEnd"))
        .containsExactly(
            "callEnd ok 200 attempts=2 PT0.25S no-id",
            "callEnd ok 200 attempts=1 PT0S no-id",
            "callEnd ok 200 attempts=1 PT0S no-id");
    assertThat(api.requestCount()).isEqualTo(4);
  }

  @Test
  void aHeaderSetAtAttemptStartGoesOnThatAttemptsRequestOnly() {
    api.enqueueJson(503, "{}");
    api.enqueueJson(200, USER);
    CallObserver tracing =
        new CallObserver() {
          @Override
          public void onAttemptStart(AttemptStart event) {
            event.setHeader(
                "traceparent",
                "00-0af7651916cd43dd8448eb211c80319c-b7ad6b716920333"
                    + event.attempt().number()
                    + "-01");
          }
        };

    try (GradiantClient client =
        TestClients.blocking(api.baseUrl(), time)
            .apiToken(MockApi.TOKEN)
            .addObserver(tracing)
            .build()) {
      client.users().get("user_123");
    }

    RecordedRequest first = api.takeRequest();
    RecordedRequest second = api.takeRequest();
    assertThat(first.getHeaders().values("traceparent"))
        .containsExactly("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
    assertThat(second.getHeaders().values("traceparent"))
        .containsExactly("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203332-01");
    assertThat(second.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockApi.TOKEN);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Authorization",
        "authorization",
        "X-API-Key",
        "Proxy-Authorization",
        "Cookie",
        "Idempotency-Key",
        "Content-Type",
        "Content-Length",
        "Content-Encoding",
        "Host",
        "User-Agent",
        "Accept",
        "Transfer-Encoding",
        "X-Caller-Header",
        "X-Vault-Token"
      })
  void anObserverCannotSetAHeaderTheSdkTheCallerOrTheCredentialsOwn(String name) {
    api.enqueueJson(201, USER);
    List<Throwable> refusals = new CopyOnWriteArrayList<>();
    CallObserver hijacker =
        new CallObserver() {
          @Override
          public void onAttemptStart(AttemptStart event) {
            refusals.add(catchThrowable(() -> event.setHeader(name, "hijacked-value-5150")));
          }
        };

    try (GradiantClient client =
        TestClients.blocking(api.baseUrl(), time)
            .credentials(
                () -> Map.of("Authorization", "Bearer " + MockApi.TOKEN, "X-Vault-Token", "vt_1"))
            .addObserver(hijacker)
            .build()) {
      client
          .users()
          .withOptions(RequestOptions.builder().header("X-Caller-Header", "mine").build())
          .create(UserCreateParams.builder().email("user@example.com").build());
    }

    assertThat(refusals).hasSize(1);
    assertThat(refusals.get(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(name)
        .hasMessageNotContaining("hijacked-value-5150");
    RecordedRequest sent = api.takeRequest();
    assertThat(sent.getHeaders().toString()).doesNotContain("hijacked-value-5150");
    assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockApi.TOKEN);
    assertThat(sent.getHeaders().get("X-Caller-Header")).isEqualTo("mine");
  }

  @Test
  void aHeaderValueThatCannotBeSentOrASetAfterTheCallbackIsRefused() {
    api.enqueueJson(200, USER);
    List<Throwable> refusals = new CopyOnWriteArrayList<>();
    List<AttemptStart> kept = new CopyOnWriteArrayList<>();
    CallObserver careless =
        new CallObserver() {
          @Override
          public void onAttemptStart(AttemptStart event) {
            refusals.add(catchThrowable(() -> event.setHeader("tracestate", "a=1\r\nX-Evil: 1")));
            refusals.add(catchThrowable(() -> event.setHeader("bad name", "1")));
            kept.add(event);
          }
        };

    try (GradiantClient client =
        TestClients.blocking(api.baseUrl(), time)
            .apiToken(MockApi.TOKEN)
            .addObserver(careless)
            .build()) {
      client.users().get("user_123");
    }
    refusals.add(catchThrowable(() -> kept.get(0).setHeader("tracestate", "a=1")));

    assertThat(refusals.get(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tracestate")
        .hasMessageNotContaining("X-Evil");
    assertThat(refusals.get(1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(refusals.get(2)).isInstanceOf(IllegalStateException.class);
    RecordedRequest sent = api.takeRequest();
    assertThat(sent.getHeaders().get("tracestate")).isNull();
    assertThat(sent.getHeaders().get("X-Evil")).isNull();
  }
}
