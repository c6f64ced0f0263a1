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
    assertThat(analytics.totals())
        .isEqualTo(
            SessionAnalyticsTotals.builder()
                .totalSessions(42)
                .completedSessions(37)
                .cancelledSessions(3)
                .averageDurationMinutes(52.5)
                .build());
    assertThat(analytics.series())
        .containsExactly(
            SessionAnalyticsPoint.builder()
                .periodStart(LocalDate.of(2024, 3, 4))
                .totalSessions(20)
                .completedSessions(18)
                .build(),
            SessionAnalyticsPoint.builder()
                .periodStart(LocalDate.of(2024, 3, 11))
                .totalSessions(22)
                .completedSessions(19)
                .build());
  }

  @Test
  void userAnalyticsExampleIsReadIntoTypedFields() {
    UserAnalytics analytics = server.client().analytics().users(SdkCalls.MARCH);

    assertThat(analytics.from()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(analytics.to()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(analytics.interval()).isEqualTo(Interval.MONTH);
    assertThat(analytics.totals())
        .isEqualTo(
            UserAnalyticsTotals.builder().totalUsers(1200).newUsers(150).activeUsers(640).build());
    assertThat(analytics.series())
        .containsExactly(
            UserAnalyticsPoint.builder()
                .periodStart(LocalDate.of(2024, 1, 1))
                .newUsers(70)
                .activeUsers(590)
                .build(),
            UserAnalyticsPoint.builder()
                .periodStart(LocalDate.of(2024, 2, 1))
                .newUsers(80)
                .activeUsers(610)
                .build());
  }
}
