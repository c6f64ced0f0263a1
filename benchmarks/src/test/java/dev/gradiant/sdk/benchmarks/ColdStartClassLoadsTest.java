package dev.gradiant.sdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/**
 * The cold-start report reads {@code -Xlog:class+load} lines, counts classes per library, and marks
 * the SDK packages the first {@code sessions().get()} does not use.
 */
class ColdStartClassLoadsTest {

  @Test
  void countsLibrariesAndMarksOtherResourcesAndTheLiveFeedAsNotNeeded() {
    List<String> log =
        List.of(
            "[0.010s][info][class,load] java.lang.Object source: shared objects file",
            "[0.200s][info][class,load] okhttp3.OkHttpClient source: file:/m2/okhttp-jvm.jar",
            "[0.300s][info][class,load] dev.gradiant.sdk.GradiantClient source: file:/sdk.jar",
            "[0.300s][info][class,load] dev.gradiant.sdk.sessions.SessionsClient source: file:/a",
            "[0.300s][info][class,load] dev.gradiant.sdk.users.UsersClient source: file:/sdk.jar",
            "[0.300s][info][class,load] dev.gradiant.sdk.users.AsyncUsersClient source: file:/a",
            "[0.300s][info][class,load] dev.gradiant.sdk.realtime.RealtimeFeed source: file:/a",
            "[0.300s][info][class,load] dev.gradiant.sdk.internal.http.Foo source: file:/a",
            "[0.300s][info][class,load] dev.gradiant.sdk.benchmarks.ColdStart source: file:/b",
            "[0.400s][info][gc] not a class load");

    Map<String, Object> loads = ColdStartRun.classLoads(log);

    assertThat(loads).containsEntry("total", 9).containsEntry("fromCds", 1);
    assertThat(loads.get("byLibrary"))
        .asInstanceOf(InstanceOfAssertFactories.MAP)
        .containsEntry("SDK", 6)
        .containsEntry("OkHttp", 1)
        .containsEntry("benchmark", 1)
        .containsEntry("JDK and other", 1);
    assertThat(loads.get("sdkPackages"))
        .asInstanceOf(InstanceOfAssertFactories.MAP)
        .containsEntry("dev.gradiant.sdk.users", 2)
        .doesNotContainKey("dev.gradiant.sdk.benchmarks");
    assertThat(loads.get("sdkPackagesNotNeeded"))
        .asInstanceOf(InstanceOfAssertFactories.LIST)
        .containsExactly("dev.gradiant.sdk.realtime", "dev.gradiant.sdk.users");
  }

  @Test
  void locksAreOwnedByTheCodeThatTookThem() {
    assertThat(LockEvents.owner("dev.gradiant.sdk.internal.http.DeadlineWatch.watch:66"))
        .isEqualTo("SDK");
    assertThat(LockEvents.owner("okhttp3.internal.connection.RealConnectionPool.put:1"))
        .isEqualTo("OkHttp");
    assertThat(LockEvents.owner("dev.gradiant.sdk.benchmarks.BlockingLoad.run:1"))
        .isEqualTo("benchmark harness");
    assertThat(LockEvents.owner("retrofit2.OkHttpCall.execute:1")).isEqualTo("Retrofit");
  }
}
