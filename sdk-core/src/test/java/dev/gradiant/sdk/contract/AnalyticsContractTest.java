package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.analytics.Interval;
import dev.gradiant.sdk.analytics.SessionAnalytics;
import dev.gradiant.sdk.analytics.SessionAnalyticsPoint;
import dev.gradiant.sdk.analytics.SessionAnalyticsTotals;
import dev.gradiant.sdk.analytics.UserAnalytics;
import dev.gradiant.sdk.analytics.UserAnalyticsPoint;
import dev.gradiant.sdk.analytics.UserAnalyticsTotals;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every analytics method sends what the spec allows and reads the spec's own examples. */
class AnalyticsContractTest {
  private final ContractServer server = ContractServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<SdkCall> calls() {
    return Stream.concat(
            SdkCalls.analytics().stream(), SdkCalls.analyticsWithRawResponse().stream())
        .flatMap(SdkCall::onEachFace);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void sendsARequestTheSpecAllowsAndReadsTheDocumentedExample(SdkCall call) {
    ContractAssertions.assertConforms(server, call);
  }

  @Test
  void sendsTheRangeAsDatesAndTheIntervalOnlyWhenSet() {
    server.client().analytics().sessions(SdkCalls.MARCH);
    server.client().analytics().users(SdkCalls.MARCH_WEEKLY);

    assertThat(server.dispatcher().exchanges())
        .extracting(exchange -> exchange.request().query())
        .containsExactly(
            Map.of("from", List.of("2024-03-04"), "to", List.of("2024-03-17")),
            Map.of(
                "from",
                List.of("2024-03-04"),
                "to",
                List.of("2024-03-17"),
                "interval",
                List.of("week")));
    assertThat(server.dispatcher().violations()).isEmpty();
  }

  @Test
  void sessionAnalyticsExampleIsReadIntoTypedFields() {
    SessionAnalytics analytics = server.client().analytics().sessions(SdkCalls.MARCH_WEEKLY);

    assertThat(analytics.from()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(analytics.to()).isEqualTo(LocalDate.of(2024, 3, 17));
    assertThat(analytics.interval()).isEqualTo(Interval.WEEK);
    assertThat(analytics.totals()).isEqualTo(new SessionAnalyticsTotals(42, 37, 3, 52.5));
    assertThat(analytics.series())
        .containsExactly(
            new SessionAnalyticsPoint(LocalDate.of(2024, 3, 4), 20, 18),
            new SessionAnalyticsPoint(LocalDate.of(2024, 3, 11), 22, 19));
  }

  @Test
  void userAnalyticsExampleIsReadIntoTypedFields() {
    UserAnalytics analytics = server.client().analytics().users(SdkCalls.MARCH);

    assertThat(analytics.from()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(analytics.to()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(analytics.interval()).isEqualTo(Interval.MONTH);
    assertThat(analytics.totals()).isEqualTo(new UserAnalyticsTotals(1200, 150, 640));
    assertThat(analytics.series())
        .containsExactly(
            new UserAnalyticsPoint(LocalDate.of(2024, 1, 1), 70, 590),
            new UserAnalyticsPoint(LocalDate.of(2024, 2, 1), 80, 610));
  }
}
