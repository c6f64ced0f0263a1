package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.observability.AttemptFailure;
import dev.gradiant.sdk.observability.AttemptResponse;
import dev.gradiant.sdk.observability.AttemptStart;
import dev.gradiant.sdk.observability.CallEnd;
import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.observability.CallStart;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each event, printed in its callback, reads as the event it is, with nothing but its facts. */
class ObserverEventTextTest {
  private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
  private static final String USER = Payloads.envelope(Payloads.USER);

  private final MockApi api = MockApi.start();
  private final FakeTime time = new FakeTime(START);

  @AfterEach
  void stop() {
    api.close();
  }

  /** Prints every event it is handed. */
  private static final class PrintingObserver implements CallObserver {
    final List<String> printed = new CopyOnWriteArrayList<>();

    @Override
    public void onCallStart(CallStart event) {
      printed.add(event.toString());
    }

    @Override
    public void onAttemptStart(AttemptStart event) {
      printed.add(event.toString());
    }

    @Override
    public void onAttemptResponse(AttemptResponse event) {
      printed.add(event.toString());
    }

    @Override
    public void onAttemptFailure(AttemptFailure event) {
      printed.add(event.toString());
    }

    @Override
    public void onCallEnd(CallEnd event) {
      printed.add(event.toString());
    }
  }

  @Test
  void aRetriedCallsEventsPrintAsStartAttemptsResponseAndEnd() {
    api.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    api.enqueueJson(503, "{}", "X-Request-ID", "req_1");
    api.enqueueJson(200, USER, "X-Request-ID", "req_2");
    PrintingObserver observer = new PrintingObserver();

    try (GradiantClient client =
        TestClients.blocking(api.baseUrl(), time)
            .apiToken(MockApi.TOKEN)
            .addObserver(observer)
            .build()) {
      assertThat(client.users().get("user_123").id()).isEqualTo("user_123");
    }

    assertThat(observer.printed).hasSize(8);
    assertThat(observer.printed.get(0)).startsWith("CallStart[getUser (GET /users/{id}), ");
    assertThat(observer.printed.get(1))
        .isEqualTo("AttemptStart[getUser (GET /users/{id}), attempt 1]");
    assertThat(observer.printed.get(2))
        .startsWith("AttemptFailure[getUser (GET /users/{id}), attempt 1, ");
    assertThat(observer.printed.get(3))
        .isEqualTo("AttemptStart[getUser (GET /users/{id}), attempt 2]");
    assertThat(observer.printed.get(4))
        .isEqualTo(
            "AttemptResponse[getUser (GET /users/{id}), attempt 2, 503, 0 ms, request id req_1,"
                + " rate limit none]");
    assertThat(observer.printed.get(6))
        .startsWith("AttemptResponse[getUser (GET /users/{id}), attempt 3, 200, ");
    assertThat(observer.printed.get(7))
        .startsWith("CallEnd[getUser (GET /users/{id}), succeeded, status 200, 3 attempts, ")
        .endsWith(" ms, request id req_2]");
    assertThat(String.join("\n", observer.printed))
        .doesNotContain("user_123")
        .doesNotContain(MockApi.TOKEN);
    assertThat(api.requestCount()).isEqualTo(3);
  }
}
