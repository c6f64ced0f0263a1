package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.users.User;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Many asynchronous calls through one client need a bounded number of threads, not one each. */
class AsyncConcurrencyTest {
  private static final int CALLS = 1_000;

  /** OkHttp's requests in flight at once; the client's dispatcher has as many threads at most. */
  private static final int MAX_REQUESTS = 64;

  /**
   * The client's threads at most: its dispatcher's, plus OkHttp's shared task runner (one thread
   * per connection being opened, at most one connection per request in flight) and a few
   * housekeeping threads (connection pool, timeouts).
   */
  private static final int CLIENT_THREAD_BOUND = 2 * MAX_REQUESTS + 8;

  @Test
  void aThousandConcurrentCallsCompleteWithABoundedNumberOfThreads() throws Exception {
    String body = Payloads.envelope(Payloads.USER);
    ThreadMXBean jvm = ManagementFactory.getThreadMXBean();
    try (MockApi api = MockApi.start();
        GradiantClient client = api.client()) {
      api.server()
          .setDispatcher(
              new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                  return new MockResponse.Builder()
                      .code(200)
                      .addHeader("Content-Type", "application/json")
                      .body(body)
                      .build();
                }
              });
      Set<Thread> before = Thread.getAllStackTraces().keySet();
      int liveBefore = jvm.getThreadCount();
      jvm.resetPeakThreadCount();

      List<CompletableFuture<User>> calls = new ArrayList<>();
      for (int i = 0; i < CALLS; i++) {
        calls.add(client.async().users().get("user_" + i));
      }
      CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

      // Idle OkHttp threads live on for a minute, so every thread the client started is still
      // there; the MockWebServer's own threads (one per connection) are not counted here.
      List<String> clientThreads =
          Thread.getAllStackTraces().keySet().stream()
              .filter(thread -> !before.contains(thread))
              .map(thread -> thread.getName().toLowerCase(Locale.ROOT))
              .filter(name -> !name.startsWith("mockwebserver"))
              .filter(name -> name.contains("okhttp") || name.contains("gradiant"))
              .toList();
      int peakAdded = jvm.getPeakThreadCount() - liveBefore;
      assertThat(calls).allSatisfy(call -> assertThat(call.join().id()).isEqualTo("user_123"));
      assertThat(api.requestCount()).isEqualTo(CALLS);
      assertThat(clientThreads)
          .as("threads the client started for %d concurrent calls", CALLS)
          .hasSizeLessThanOrEqualTo(CLIENT_THREAD_BOUND);
      assertThat(clientThreads)
          .filteredOn(name -> name.endsWith("dispatcher"))
          .hasSizeLessThanOrEqualTo(MAX_REQUESTS);
      assertThat(peakAdded)
          .as("threads alive at once in the whole JVM, the server's included")
          .isLessThan(CALLS / 2);
    }
  }
}
