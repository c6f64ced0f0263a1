package dev.gradiant.sdk.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.sessions.SessionListParams;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The number of meters does not grow with the calls: a thousand calls, each with its own user id in
 * the path or the query, its own request id and its own rate-limit budget, make a handful of
 * meters, and no tag holds an id. The calls are answered inside the JVM by an OkHttp interceptor (a
 * thousand loopback exchanges with MockWebServer take a second each of delayed ACKs), so they run
 * through the whole client but never reach a socket.
 */
class MeterCardinalityTest {
  private static final int CALLS = 1_000;
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String EMPTY_LIST =
      "{\"data\": [], \"meta\": {\"requestId\": \"req_123\", \"timestamp\":"
          + " \"2024-03-21T10:30:00Z\", \"total\": 0, \"limit\": 20, \"offset\": 0}}";

  private final MeteredApi api = new MeteredApi();
  private final Set<String> targets = ConcurrentHashMap.newKeySet();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void aThousandCallsWithDistinctIdsMakeABoundedSetOfMetersWithoutAnId() {
    OkHttpClient inJvm = new OkHttpClient.Builder().addInterceptor(this::answer).build();

    try (GradiantClient client = api.builder().httpClient(inJvm).build()) {
      for (int i = 1; i <= CALLS; i++) {
        String id = "user_card_" + i;
        if (i % 2 == 0) {
          client.sessions().list(SessionListParams.builder().userId(id).build());
        } else {
          Throwable thrown = catchThrowable(() -> client.users().get(id));
          assertThat(thrown != null).as("%s not found", id).isEqualTo(id.endsWith("5"));
        }
      }
    }

    assertThat(targets).as("distinct requests sent").hasSize(CALLS);
    List<Meter> meters =
        api.registry.getMeters().stream()
            .filter(meter -> meter.getId().getName().startsWith("gradiant."))
            .toList();
    // getUser 2xx, getUser 4xx (ids ending in 5), listSessions 2xx, and the gauge.
    assertThat(meters).hasSize(4);
    assertThat(
            meters.stream()
                .filter(Timer.class::isInstance)
                .mapToLong(meter -> ((Timer) meter).count())
                .sum())
        .isEqualTo(CALLS);
    assertThat(meters)
        .flatExtracting(meter -> meter.getId().getTags())
        .extracting(Tag::getValue)
        .noneMatch(value -> value.contains("user_") || value.contains("req_"));
    assertThat(api.registry.get(GradiantMetrics.RATE_LIMIT_REMAINING).gauge().value())
        .isEqualTo(5000 - CALLS);
  }

  /** Answers every call: a user, a page of sessions, or a 404 for the user ids ending in 5. */
  private Response answer(Interceptor.Chain chain) {
    Request request = chain.request();
    targets.add(request.url().encodedPath() + "?" + request.url().encodedQuery());
    int n = targets.size();
    String path = request.url().encodedPath();
    boolean missing = path.endsWith("5");
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(missing ? 404 : 200)
        .message(missing ? "Not Found" : "OK")
        .header("X-Request-ID", "req_card_" + n)
        .header("X-RateLimit-Limit", "5000")
        .header("X-RateLimit-Remaining", Integer.toString(5000 - n))
        .header("X-RateLimit-Reset", "1795000000")
        .body(
            ResponseBody.create(
                missing
                    ? MeteredApi.NOT_FOUND
                    : path.endsWith("/sessions") ? EMPTY_LIST : MeteredApi.USER,
                JSON))
        .build();
  }
}
