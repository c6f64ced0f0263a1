package dev.gradiant.sdk.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.internal.http.ApiRequest;
import java.lang.management.ManagementFactory;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A GET of one session and a create are made as the request object alone: no builder, and no list
 * for the one path parameter. Fails on main: both were made through {@code ApiRequest}'s builder
 * (the GET's id in a list of one as well), so they cost what the builder's route costs.
 */
class SessionRequestsMadeDirectlyTest {
  private static final int CALLS = 1_000;
  private static final SessionCreateParams CREATE =
      SessionCreateParams.builder().userId("user_1").sessionType(SessionType.CHAT).build();

  private static volatile Object sink;

  @Test
  void aGetOfOneSessionCostsLessThanTheBuildersRoute() {
    long direct = bytesPerCall(() -> SessionsRequests.get("sess_1"));
    long built =
        bytesPerCall(
            () -> ApiRequest.get("/sessions/{id}").pathParam("sessionId", "sess_1").build());

    assertThat(direct).isLessThan(built);
  }

  @Test
  void aCreateCostsLessThanTheBuildersRoute() {
    long direct = bytesPerCall(() -> SessionsRequests.create(CREATE));
    long built = bytesPerCall(() -> ApiRequest.post("/sessions").body(CREATE).build());

    assertThat(direct).isLessThan(built);
  }

  private static long bytesPerCall(Supplier<ApiRequest> make) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeThat(threads.isThreadAllocatedMemorySupported()).isTrue();
    threads.setThreadAllocatedMemoryEnabled(true);
    sink = make.get(); // classes loaded outside the measure
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < CALLS; i++) {
      sink = make.get();
    }
    return (threads.getThreadAllocatedBytes(thread) - before) / CALLS;
  }
}
