package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.observability.AttemptResponse;
import dev.gradiant.sdk.observability.AttemptStart;
import dev.gradiant.sdk.observability.CallContext;
import dev.gradiant.sdk.observability.CallEnd;
import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.observability.CallStart;
import dev.gradiant.sdk.observability.ObservationKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The headers observers add reach the wire once per attempt, after the request's own and in the
 * order set; the values observers keep on a call or attempt are seen by the callbacks after them,
 * on whatever thread those run, and are never lost to a put from another thread.
 */
class ObserverHeadersAndKeptValuesTest {
  private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
  private static final String USER = Payloads.envelope(Payloads.USER);
  private static final ObservationKey<String> CALL_VALUE = ObservationKey.of("test.call");
  private static final ObservationKey<String> ATTEMPT_VALUE = ObservationKey.of("test.attempt");

  private final MockApi api = MockApi.start();
  private final FakeTime time = new FakeTime(START);

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void headersSetByTwoObserversGoOnEachAttemptOnceAfterTheRequestsOwnInTheOrderSet() {
    api.enqueueJson(503, "{}");
    api.enqueueJson(200, USER);
    CallObserver first =
        new CallObserver() {
          @Override
          public void onAttemptStart(AttemptStart event) {
            event.setHeader("traceparent", "tp-" + event.attempt().number());
            event.setHeader("tracestate", "first-" + event.attempt().number());
            event.setHeader("baggage", "b-" + event.attempt().number());
          }
        };
    CallObserver second =
        new CallObserver() {
          @Override
          public void onAttemptStart(AttemptStart event) {
            event.setHeader("TraceState", "second-" + event.attempt().number());
          }
        };

    try (GradiantClient client =
        TestClients.blocking(api.baseUrl(), time)
            .apiToken(MockApi.TOKEN)
            .addObserver(first)
            .addObserver(second)
            .build()) {
      assertThat(client.users().get("user_123").id()).isEqualTo("user_123");
    }

    assertThat(api.requestCount()).isEqualTo(2);
    for (int attempt = 1; attempt <= 2; attempt++) {
      RecordedRequest request = api.takeRequest();
      assertThat(request.getMethod()).isEqualTo("GET");
      assertThat(request.getHeaders().values("traceparent")).containsExactly("tp-" + attempt);
      assertThat(request.getHeaders().values("tracestate")).containsExactly("second-" + attempt);
      assertThat(request.getHeaders().values("baggage")).containsExactly("b-" + attempt);
      assertThat(request.getHeaders().values("Authorization"))
          .containsExactly("Bearer " + MockApi.TOKEN);
      List<String> names = new ArrayList<>();
      for (int i = 0; i < request.getHeaders().size(); i++) {
        names.add(request.getHeaders().name(i).toLowerCase(java.util.Locale.ROOT));
      }
      int traceparent = names.indexOf("traceparent");
      assertThat(names.indexOf("tracestate")).isEqualTo(traceparent + 1);
      assertThat(names.indexOf("baggage")).isEqualTo(traceparent + 2);
      assertThat(names.indexOf("accept")).isBetween(0, traceparent - 1);
    }
  }

  /** Keeps a value at the call's and the attempt's start; reads them back in later callbacks. */
  private static final class KeepingObserver implements CallObserver {
    final List<String> seen = new CopyOnWriteArrayList<>();

    @Override
    public void onCallStart(CallStart event) {
      event.call().put(CALL_VALUE, "kept-on-" + Thread.currentThread().getName());
    }

    @Override
    public void onAttemptStart(AttemptStart event) {
      event.attempt().put(ATTEMPT_VALUE, "attempt-" + event.attempt().number());
    }

    @Override
    public void onAttemptResponse(AttemptResponse event) {
      seen.add(
          "response on "
              + Thread.currentThread().getName()
              + ": "
              + event.attempt().call().get(CALL_VALUE).orElse("nothing")
              + " "
              + event.attempt().get(ATTEMPT_VALUE).orElse("nothing"));
    }

    @Override
    public void onCallEnd(CallEnd event) {
      seen.add("end: " + event.call().get(CALL_VALUE).orElse("nothing"));
    }
  }

  @Test
  void aValueKeptOnTheCallersThreadIsSeenByTheNextCallbacksOnTheClientsThreads() {
    api.enqueueJson(503, "{}");
    api.enqueueJson(200, USER);
    KeepingObserver observer = new KeepingObserver();
    String caller = Thread.currentThread().getName();

    try (GradiantClient client =
        TestClients.async(api.baseUrl(), time)
            .apiToken(MockApi.TOKEN)
            .addObserver(observer)
            .build()) {
      assertThat(client.async().users().get("user_123").join().id()).isEqualTo("user_123");
    }

    assertThat(observer.seen).hasSize(3);
    assertThat(observer.seen.get(0))
        .doesNotStartWith("response on " + caller + ":")
        .endsWith(": kept-on-" + caller + " attempt-1");
    assertThat(observer.seen.get(1)).endsWith(": kept-on-" + caller + " attempt-2");
    assertThat(observer.seen.get(2)).isEqualTo("end: kept-on-" + caller);
    assertThat(api.requestCount()).isEqualTo(2);
  }

  @Test
  void valuesAreReplacedAndRemovedOneByOneAndPutsFromSeveralThreadsAreAllKept()
      throws InterruptedException {
    api.enqueueJson(200, USER);
    List<ObservationKey<Integer>> keys = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      keys.add(ObservationKey.of("test.key-" + i));
    }
    List<Optional<Integer>> afterThreads = new ArrayList<>();
    List<Throwable> problems = new CopyOnWriteArrayList<>();
    CallObserver observer =
        new CallObserver() {
          @Override
          public void onCallStart(CallStart event) {
            CallContext call = event.call();
            List<Thread> threads = new ArrayList<>();
            for (ObservationKey<Integer> key : keys) {
              int value = keys.indexOf(key);
              Thread thread =
                  new Thread(
                      () -> {
                        for (int round = 0; round < 200; round++) {
                          call.put(key, value + round * 100);
                        }
                      });
              thread.setUncaughtExceptionHandler((t, e) -> problems.add(e));
              threads.add(thread);
              thread.start();
            }
            for (Thread thread : threads) {
              try {
                thread.join();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problems.add(e);
              }
            }
            call.put(keys.get(3), null);
            call.put(keys.get(5), -5);
            call.put(keys.get(0), null);
            call.put(keys.get(0), null);
          }

          @Override
          public void onCallEnd(CallEnd event) {
            for (ObservationKey<Integer> key : keys) {
              afterThreads.add(event.call().get(key));
            }
          }
        };

    try (GradiantClient client =
        TestClients.blocking(api.baseUrl(), time)
            .apiToken(MockApi.TOKEN)
            .addObserver(observer)
            .build()) {
      client.users().get("user_123");
    }

    assertThat(problems).isEmpty();
    assertThat(afterThreads)
        .containsExactly(
            Optional.empty(),
            Optional.of(19_901),
            Optional.of(19_902),
            Optional.empty(),
            Optional.of(19_904),
            Optional.of(-5),
            Optional.of(19_906),
            Optional.of(19_907));
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void aCallEndKeptUntilLaterCallsEndedStillReportsItsOwnStatusAndRequestId() {
    api.enqueueJson(
        404, "{\"error\":{\"code\":\"not_found\",\"message\":\"no\"}}", "X-Request-ID", "req_a");
    api.enqueueJson(200, USER, "X-Request-ID", "req_b");
    List<CallEnd> ends = new CopyOnWriteArrayList<>();
    CallObserver observer =
        new CallObserver() {
          @Override
          public void onCallEnd(CallEnd event) {
            ends.add(event);
          }
        };

    try (GradiantClient client =
        TestClients.blocking(api.baseUrl(), time)
            .apiToken(MockApi.TOKEN)
            .addObserver(observer)
            .build()) {
      try {
        client.users().get("user_404");
      } catch (RuntimeException expected) {
        // the 404's typed exception
      }
      client.users().get("user_123");
    }

    assertThat(ends).hasSize(2);
    assertThat(ends.get(0).statusCode()).contains(404);
    assertThat(ends.get(0).requestId()).contains("req_a");
    assertThat(ends.get(0).succeeded()).isFalse();
    assertThat(ends.get(1).statusCode()).contains(200);
    assertThat(ends.get(1).requestId()).contains("req_b");
    assertThat(ends.get(1).succeeded()).isTrue();
    assertThat(api.requestCount()).isEqualTo(2);
  }
}
