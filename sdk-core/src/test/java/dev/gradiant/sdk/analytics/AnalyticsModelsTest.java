package dev.gradiant.sdk.analytics;

import static dev.gradiant.sdk.Payloads.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.GrowableShape;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.errors.MalformedResponseException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The analytics models and params can gain fields without breaking callers, return no nulls, and
 * refuse a response that lacks a field the contract requires, naming it.
 */
class AnalyticsModelsTest {
  private static final LocalDate MARCH_4 = LocalDate.of(2024, 3, 4);
  private static final LocalDate MARCH_17 = LocalDate.of(2024, 3, 17);
  private static final String SESSIONS =
      """
      {"from": "2024-03-04", "to": "2024-03-17", "interval": "week",
       "totals": {"totalSessions": 42, "completedSessions": 37, "cancelledSessions": 3},
       "series": [{"periodStart": "2024-03-04", "totalSessions": 20, "completedSessions": 18}]}""";
  private static final String USERS =
      """
      {"from": "2024-03-04", "to": "2024-03-17", "interval": "week",
       "totals": {"totalUsers": 1200, "newUsers": 150, "activeUsers": 640},
       "series": [{"periodStart": "2024-03-04", "newUsers": 70, "activeUsers": 590}]}""";

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  private static AnalyticsParams fortnight() {
    return AnalyticsParams.builder().from(MARCH_4).to(MARCH_17).build();
  }

  @Test
  void everyModelAndParamsTypeIsAFinalClassBuiltByItsBuilder() {
    for (Class<?> type :
        List.of(
            AnalyticsParams.class,
            SessionAnalytics.class,
            SessionAnalyticsTotals.class,
            SessionAnalyticsPoint.class,
            UserAnalytics.class,
            UserAnalyticsTotals.class,
            UserAnalyticsPoint.class)) {
      GrowableShape.assertGrowable(type);
    }
  }

  @Test
  void sessionBuildersRoundTripEveryField() {
    SessionAnalyticsTotals totals =
        SessionAnalyticsTotals.builder()
            .totalSessions(42)
            .completedSessions(37)
            .cancelledSessions(3)
            .averageDurationMinutes(52.5)
            .build();
    SessionAnalyticsPoint point =
        SessionAnalyticsPoint.builder()
            .periodStart(MARCH_4)
            .totalSessions(20)
            .completedSessions(18)
            .build();
    SessionAnalytics analytics =
        SessionAnalytics.builder()
            .from(MARCH_4)
            .to(MARCH_17)
            .interval(Interval.WEEK)
            .totals(totals)
            .series(List.of(point))
            .build();

    assertThat(analytics.toBuilder().build()).isEqualTo(analytics).hasSameHashCodeAs(analytics);
    assertThat(totals.toBuilder().build()).isEqualTo(totals).hasSameHashCodeAs(totals);
    assertThat(point.toBuilder().build()).isEqualTo(point).hasSameHashCodeAs(point);
    assertThat(analytics.from()).isEqualTo(MARCH_4);
    assertThat(analytics.to()).isEqualTo(MARCH_17);
    assertThat(analytics.interval()).isSameAs(Interval.WEEK);
    assertThat(analytics.totals().averageDurationMinutes()).contains(52.5);
    assertThat(analytics.totals().cancelledSessions()).isEqualTo(3);
    assertThat(analytics.series()).containsExactly(point);
    assertThat(totals.toBuilder().cancelledSessions(4).build()).isNotEqualTo(totals);
  }

  @Test
  void userBuildersRoundTripEveryField() {
    UserAnalyticsTotals totals =
        UserAnalyticsTotals.builder().totalUsers(1200).newUsers(150).activeUsers(640).build();
    UserAnalyticsPoint point =
        UserAnalyticsPoint.builder().periodStart(MARCH_4).newUsers(70).activeUsers(590).build();
    UserAnalytics analytics =
        UserAnalytics.builder()
            .from(MARCH_4)
            .to(MARCH_17)
            .interval(Interval.DAY)
            .totals(totals)
            .series(List.of(point))
            .build();

    assertThat(analytics.toBuilder().build()).isEqualTo(analytics).hasSameHashCodeAs(analytics);
    assertThat(totals.toBuilder().build()).isEqualTo(totals).hasSameHashCodeAs(totals);
    assertThat(point.toBuilder().build()).isEqualTo(point).hasSameHashCodeAs(point);
    assertThat(analytics.totals().totalUsers()).isEqualTo(1200);
    assertThat(point.activeUsers()).isEqualTo(590);
  }

  @Test
  void paramsBuilderRoundTripsEveryFieldAndRejectsNull() {
    AnalyticsParams params = fortnight().toBuilder().interval(Interval.MONTH).build();

    assertThat(params.toBuilder().build()).isEqualTo(params).hasSameHashCodeAs(params);
    assertThat(params.interval()).contains(Interval.MONTH);
    assertThat(fortnight().interval()).isEmpty();
    assertThatThrownBy(() -> AnalyticsParams.builder().interval(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("interval");
    assertThatThrownBy(() -> SessionAnalytics.builder().series(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("series");
  }

  @Test
  void buildingAModelWithoutARequiredFieldNamesIt() {
    assertThatThrownBy(() -> UserAnalyticsTotals.builder().totalUsers(1).activeUsers(1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("UserAnalyticsTotals.newUsers is required");
  }

  @Test
  void missingIntervalIsAMalformedResponseNamingTheField() {
    api.enqueueJson(200, envelope(SESSIONS.replace("\"interval\": \"week\",", "")));

    assertThatThrownBy(() -> client.analytics().sessions(fortnight()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("data.interval is missing (SessionAnalytics.interval)");
    Wire.assertRequestLine(
        api.takeRequest(), "GET", "/v1/analytics/sessions?from=2024-03-04&to=2024-03-17");
  }

  @Test
  void missingTotalsIsAMalformedResponseNamingTheField() {
    api.enqueueJson(
        200,
        envelope(
            USERS.replace(
                "\"totals\": {\"totalUsers\": 1200, \"newUsers\": 150, \"activeUsers\": 640},",
                "")));

    assertThatThrownBy(() -> client.analytics().users(fortnight()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("data.totals is missing (UserAnalytics.totals)");
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void missingCountNamesTheTypeAndFieldAndItsPath() {
    api.enqueueJson(200, envelope(USERS.replace("\"newUsers\": 150, ", "")));

    assertThatThrownBy(() -> client.analytics().users(fortnight()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining(
            "the required field data.totals.newUsers is missing"
                + " (UserAnalyticsTotals.newUsers)");
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void missingPeriodStartOfAPointNamesIt() {
    api.enqueueJson(200, envelope(SESSIONS.replace("\"periodStart\": \"2024-03-04\", ", "")));

    assertThatThrownBy(() -> client.analytics().sessions(fortnight()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining(
            "data.series[0].periodStart is missing (SessionAnalyticsPoint.periodStart)");
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void absentOrNullAverageIsEmpty() {
    api.enqueueJson(200, envelope(SESSIONS))
        .enqueueJson(
            200,
            envelope(
                SESSIONS.replace(
                    "\"cancelledSessions\": 3",
                    "\"cancelledSessions\": 3, \"averageDurationMinutes\": null")));

    assertThat(client.analytics().sessions(fortnight()).totals().averageDurationMinutes())
        .isEmpty();
    assertThat(client.analytics().sessions(fortnight()).totals().averageDurationMinutes())
        .isEmpty();
    assertThat(api.requestCount()).isEqualTo(2);
  }
}
