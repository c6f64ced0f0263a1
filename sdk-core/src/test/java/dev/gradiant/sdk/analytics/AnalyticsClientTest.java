package dev.gradiant.sdk.analytics;

import static dev.gradiant.sdk.Payloads.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.errors.BadRequestException;
import dev.gradiant.sdk.errors.MalformedResponseException;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnalyticsClientTest {
  /** The spec's {@code weekly} example of {@code GET /analytics/sessions}. */
  private static final String SESSIONS =
      """
      {"from": "2024-03-04", "to": "2024-03-17", "interval": "week",
       "totals": {"totalSessions": 42, "completedSessions": 37, "cancelledSessions": 3,
                  "averageDurationMinutes": 52.5},
       "series": [{"periodStart": "2024-03-04", "totalSessions": 20, "completedSessions": 18},
                  {"periodStart": "2024-03-11", "totalSessions": 22, "completedSessions": 19}]}""";

  /** The spec's {@code monthly} example of {@code GET /analytics/users}. */
  private static final String USERS =
      """
      {"from": "2024-01-01", "to": "2024-02-29", "interval": "month",
       "totals": {"totalUsers": 1200, "newUsers": 150, "activeUsers": 640},
       "series": [{"periodStart": "2024-01-01", "newUsers": 70, "activeUsers": 590},
                  {"periodStart": "2024-02-01", "newUsers": 80, "activeUsers": 610}]}""";

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @Test
  void sessionsSendsRangeAndIntervalAndParsesTotalsAndSeries() {
    api.enqueueJson(200, envelope(SESSIONS));

    SessionAnalytics analytics =
        client
            .analytics()
            .sessions(
                AnalyticsParams.builder()
                    .from(LocalDate.of(2024, 3, 4))
                    .to(LocalDate.of(2024, 3, 17))
                    .interval(Interval.WEEK)
                    .build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(
        request, "GET", "/v1/analytics/sessions?from=2024-03-04&to=2024-03-17&interval=week");
    Wire.assertStandardHeaders(request);
    assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
    Wire.assertNoBody(request);
    assertThat(analytics)
        .isEqualTo(
            SessionAnalytics.builder()
                .from(LocalDate.of(2024, 3, 4))
                .to(LocalDate.of(2024, 3, 17))
                .interval(Interval.WEEK)
                .totals(
                    SessionAnalyticsTotals.builder()
                        .totalSessions(42)
                        .completedSessions(37)
                        .cancelledSessions(3)
                        .averageDurationMinutes(52.5)
                        .build())
                .series(
                    List.of(
                        SessionAnalyticsPoint.builder()
                            .periodStart(LocalDate.of(2024, 3, 4))
                            .totalSessions(20)
                            .completedSessions(18)
                            .build(),
                        SessionAnalyticsPoint.builder()
                            .periodStart(LocalDate.of(2024, 3, 11))
                            .totalSessions(22)
                            .completedSessions(19)
                            .build()))
                .build());
    assertThat(analytics.interval()).isSameAs(Interval.WEEK);
  }

  @Test
  void usersSendsRangeAndIntervalAndParsesTotalsAndSeries() {
    api.enqueueJson(200, envelope(USERS));

    UserAnalytics analytics =
        client
            .analytics()
            .users(
                AnalyticsParams.builder()
                    .from(LocalDate.of(2024, 1, 1))
                    .to(LocalDate.of(2024, 2, 29))
                    .interval(Interval.MONTH)
                    .build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(
        request, "GET", "/v1/analytics/users?from=2024-01-01&to=2024-02-29&interval=month");
    Wire.assertStandardHeaders(request);
    assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
    Wire.assertNoBody(request);
    assertThat(analytics.from()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(analytics.to()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(analytics.interval()).isSameAs(Interval.MONTH);
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

  @Test
  void unsetIntervalIsLeftOutOfTheQuery() {
    api.enqueueJson(200, envelope(SESSIONS)).enqueueJson(200, envelope(USERS));
    AnalyticsParams oneDay =
        AnalyticsParams.builder()
            .from(LocalDate.of(2024, 1, 1))
            .to(LocalDate.of(2024, 1, 1))
            .build();

    client.analytics().sessions(oneDay);
    client.analytics().users(oneDay);

    Wire.assertRequestLine(
        api.takeRequest(), "GET", "/v1/analytics/sessions?from=2024-01-01&to=2024-01-01");
    Wire.assertRequestLine(
        api.takeRequest(), "GET", "/v1/analytics/users?from=2024-01-01&to=2024-01-01");
  }

  @Test
  void unknownIntervalIsSentAndReadBackAsItsRawValue() {
    api.enqueueJson(200, envelope(SESSIONS.replace("\"week\"", "\"quarter\"")));

    SessionAnalytics analytics =
        client
            .analytics()
            .sessions(
                AnalyticsParams.builder()
                    .from(LocalDate.of(2024, 1, 1))
                    .to(LocalDate.of(2024, 6, 30))
                    .interval(Interval.of("quarter"))
                    .build());

    Wire.assertRequestLine(
        api.takeRequest(),
        "GET",
        "/v1/analytics/sessions?from=2024-01-01&to=2024-06-30&interval=quarter");
    assertThat(analytics.interval().value()).isEqualTo("quarter");
    assertThat(analytics.interval().isKnown()).isFalse();
    assertThat(analytics.interval()).isEqualTo(Interval.of("quarter")).isNotEqualTo(Interval.DAY);
  }

  @Test
  void knownIntervalsAreTheSharedConstants() {
    assertThat(Interval.of("day")).isSameAs(Interval.DAY);
    assertThat(Interval.of("week")).isSameAs(Interval.WEEK);
    assertThat(Interval.of("month")).isSameAs(Interval.MONTH);
    assertThat(Interval.DAY.isKnown()).isTrue();
  }

  @Test
  void absentAverageIsEmptyAndAbsentSeriesIsEmpty() {
    api.enqueueJson(
        200,
        envelope(
            """
            {"from": "2024-01-01", "to": "2024-01-07", "interval": "day",
             "totals": {"totalSessions": 0, "completedSessions": 0, "cancelledSessions": 0}}"""));

    SessionAnalytics analytics = client.analytics().sessions(week());

    Wire.assertRequestLine(
        api.takeRequest(),
        "GET",
        "/v1/analytics/sessions?from=2024-01-01&to=2024-01-07&interval=day");
    assertThat(analytics.totals().averageDurationMinutes()).isEmpty();
    assertThat(analytics.totals().totalSessions()).isZero();
    assertThat(analytics.series()).isEmpty();
  }

  @Test
  void largeCountsAndFractionalAveragesAreKept() {
    api.enqueueJson(
        200,
        envelope(
            SESSIONS
                .replace("\"totalSessions\": 42", "\"totalSessions\": 3000000000")
                .replace("52.5", "47.333333")));

    SessionAnalyticsTotals totals = client.analytics().sessions(week()).totals();

    Wire.assertRequestLine(
        api.takeRequest(),
        "GET",
        "/v1/analytics/sessions?from=2024-01-01&to=2024-01-07&interval=day");
    assertThat(totals.totalSessions()).isEqualTo(3_000_000_000L);
    assertThat(totals.averageDurationMinutes()).contains(47.333333);
  }

  @Test
  void missingRequiredCountIsAMalformedResponseNotASilentZero() {
    api.enqueueJson(200, envelope(USERS.replace("\"newUsers\": 150, ", "")));

    assertThatThrownBy(() -> client.analytics().users(week()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("data.totals");
    Wire.assertRequestLine(
        api.takeRequest(), "GET", "/v1/analytics/users?from=2024-01-01&to=2024-01-07&interval=day");
  }

  @Test
  void missingCountInASeriesPointIsAMalformedResponse() {
    api.enqueueJson(200, envelope(SESSIONS.replace(", \"completedSessions\": 19", "")));

    assertThatThrownBy(() -> client.analytics().sessions(week()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("data.series[1]");
    Wire.assertRequestLine(
        api.takeRequest(),
        "GET",
        "/v1/analytics/sessions?from=2024-01-01&to=2024-01-07&interval=day");
  }

  @Test
  void nullRequiredCountIsAMalformedResponseNotASilentZero() {
    api.enqueueJson(200, envelope(USERS.replace("\"activeUsers\": 640", "\"activeUsers\": null")));

    assertThatThrownBy(() -> client.analytics().users(week()))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("data.totals");
    Wire.assertRequestLine(
        api.takeRequest(), "GET", "/v1/analytics/users?from=2024-01-01&to=2024-01-07&interval=day");
  }

  @Test
  void rawResponseCarriesTheRequestIdAndStatus() {
    api.enqueueJson(200, envelope(SESSIONS), "X-Request-ID", "req_sessions")
        .enqueueJson(200, envelope(USERS), "X-Request-ID", "req_users");

    ApiResponse<SessionAnalytics> sessions = client.analytics().withRawResponse().sessions(week());
    ApiResponse<UserAnalytics> users = client.analytics().withRawResponse().users(week());

    Wire.assertRequestLine(
        api.takeRequest(),
        "GET",
        "/v1/analytics/sessions?from=2024-01-01&to=2024-01-07&interval=day");
    Wire.assertRequestLine(
        api.takeRequest(), "GET", "/v1/analytics/users?from=2024-01-01&to=2024-01-07&interval=day");
    assertThat(sessions.statusCode()).isEqualTo(200);
    assertThat(sessions.requestId()).contains("req_sessions");
    assertThat(sessions.data().series()).hasSize(2);
    assertThat(users.statusCode()).isEqualTo(200);
    assertThat(users.requestId()).contains("req_users");
    assertThat(users.data().totals().totalUsers()).isEqualTo(1200);
  }

  @Test
  void withOptionsAddsHeadersToTheCall() {
    api.enqueueJson(200, envelope(SESSIONS));

    client
        .analytics()
        .withOptions(RequestOptions.builder().header("X-Request-ID", "dash-42").build())
        .sessions(week());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(
        request, "GET", "/v1/analytics/sessions?from=2024-01-01&to=2024-01-07&interval=day");
    Wire.assertStandardHeaders(request);
    assertThat(request.getHeaders().get("X-Request-ID")).isEqualTo("dash-42");
  }

  @Test
  void serverRejectionIsATypedExceptionWithTheRequestId() {
    api.enqueueJson(
        400,
        """
        {"error": {"code": "VALIDATION_ERROR", "message": "to must not be before from",
                   "details": {"field": "to", "issue": "before from"}},
         "meta": {"requestId": "req_bad", "timestamp": "2024-03-21T10:30:00Z"}}""");

    assertThatThrownBy(() -> client.analytics().users(week()))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.errorCode()).contains("VALIDATION_ERROR");
              assertThat(e.requestId()).contains("req_bad");
            });
    Wire.assertRequestLine(
        api.takeRequest(), "GET", "/v1/analytics/users?from=2024-01-01&to=2024-01-07&interval=day");
  }

  private static AnalyticsParams week() {
    return AnalyticsParams.builder()
        .from(LocalDate.of(2024, 1, 1))
        .to(LocalDate.of(2024, 1, 7))
        .interval(Interval.DAY)
        .build();
  }
}
