package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.analytics.AnalyticsParams;
import dev.gradiant.sdk.analytics.Interval;
import dev.gradiant.sdk.analytics.SessionAnalytics;
import dev.gradiant.sdk.analytics.SessionAnalyticsPoint;
import dev.gradiant.sdk.analytics.UserAnalytics;
import dev.gradiant.sdk.analytics.UserAnalyticsPoint;
import dev.gradiant.sdk.errors.BadRequestException;
import dev.gradiant.sdk.sessions.Session;
import dev.gradiant.sdk.sessions.SessionCreateParams;
import dev.gradiant.sdk.sessions.SessionStatus;
import dev.gradiant.sdk.sessions.SessionUpdateParams;
import dev.gradiant.sdk.users.UserCreateParams;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnalyticsTest {
  private static final Instant WEDNESDAY = Instant.parse("2024-03-20T12:00:00Z");

  private static AnalyticsParams week(Interval interval) {
    return AnalyticsParams.builder()
        .from(LocalDate.parse("2024-03-18"))
        .to(LocalDate.parse("2024-03-24"))
        .interval(interval)
        .build();
  }

  @Test
  void sessionAnalyticsCountWhatWasStored() {
    MutableClock clock = new MutableClock(WEDNESDAY);
    try (GradiantSandbox sandbox = GradiantSandbox.builder().clock(clock).start();
        GradiantClient client = TestSupport.client(sandbox)) {
      Session completed = create(client, "user_client1");
      Session cancelled = create(client, "user_client2");
      create(client, "user_client1");
      update(client, completed, SessionStatus.IN_PROGRESS);
      clock.advance(Duration.ofMinutes(50));
      update(client, completed, SessionStatus.COMPLETED);
      update(client, cancelled, SessionStatus.CANCELLED);

      SessionAnalytics daily = client.analytics().sessions(week(Interval.DAY));
      assertThat(daily.totals().totalSessions()).isEqualTo(3);
      assertThat(daily.totals().completedSessions()).isEqualTo(1);
      assertThat(daily.totals().cancelledSessions()).isEqualTo(1);
      assertThat(daily.totals().averageDurationMinutes()).contains(50.0);
      assertThat(daily.series()).hasSize(7);
      assertThat(daily.series().get(2))
          .isEqualTo(
              SessionAnalyticsPoint.builder()
                  .periodStart(LocalDate.parse("2024-03-20"))
                  .totalSessions(3)
                  .completedSessions(1)
                  .build());
      assertThat(daily.series().get(0).totalSessions()).isZero();

      SessionAnalytics weekly = client.analytics().sessions(week(Interval.WEEK));
      assertThat(weekly.interval()).isEqualTo(Interval.WEEK);
      assertThat(weekly.series())
          .containsExactly(
              SessionAnalyticsPoint.builder()
                  .periodStart(LocalDate.parse("2024-03-18"))
                  .totalSessions(3)
                  .completedSessions(1)
                  .build());
    }
  }

  @Test
  void userAnalyticsCountNewAndActiveUsers() {
    MutableClock clock = new MutableClock(WEDNESDAY);
    try (GradiantSandbox sandbox = GradiantSandbox.builder().clock(clock).start();
        GradiantClient client = TestSupport.client(sandbox)) {
      client.users().create(UserCreateParams.builder().email("fresh@clinic.example").build());
      create(client, "user_client1");
      create(client, "user_client1");
      create(client, "user_client3");

      UserAnalytics monthly =
          client
              .analytics()
              .users(
                  AnalyticsParams.builder()
                      .from(LocalDate.parse("2024-03-01"))
                      .to(LocalDate.parse("2024-03-31"))
                      .interval(Interval.MONTH)
                      .build());
      assertThat(monthly.totals().totalUsers()).isEqualTo(6);
      assertThat(monthly.totals().newUsers()).isEqualTo(1);
      assertThat(monthly.totals().activeUsers()).isEqualTo(2);
      assertThat(monthly.series())
          .containsExactly(
              UserAnalyticsPoint.builder()
                  .periodStart(LocalDate.parse("2024-03-01"))
                  .newUsers(1)
                  .activeUsers(2)
                  .build());

      UserAnalytics before =
          client
              .analytics()
              .users(
                  AnalyticsParams.builder()
                      .from(LocalDate.parse("2023-11-01"))
                      .to(LocalDate.parse("2023-11-30"))
                      .build());
      assertThat(before.totals().totalUsers()).isEqualTo(2);
      assertThat(before.totals().newUsers()).isEqualTo(2);
      assertThat(before.interval()).isEqualTo(Interval.DAY);
    }
  }

  @Test
  void demoSessionsGiveAHistoryWhoseSeriesAddUpToTheTotals() {
    try (GradiantSandbox sandbox =
            GradiantSandbox.builder().clock(new MutableClock(WEDNESDAY)).demoSessions(120).start();
        GradiantClient client = TestSupport.client(sandbox)) {
      SessionAnalytics quarter =
          client
              .analytics()
              .sessions(
                  AnalyticsParams.builder()
                      .from(LocalDate.parse("2023-12-01"))
                      .to(LocalDate.parse("2024-03-20"))
                      .interval(Interval.WEEK)
                      .build());

      assertThat(quarter.totals().totalSessions()).isEqualTo(120);
      assertThat(quarter.series().stream().mapToLong(SessionAnalyticsPoint::totalSessions).sum())
          .isEqualTo(120);
      assertThat(
              quarter.series().stream().mapToLong(SessionAnalyticsPoint::completedSessions).sum())
          .isEqualTo(quarter.totals().completedSessions())
          .isEqualTo(84);
      assertThat(quarter.totals().averageDurationMinutes().orElseThrow()).isBetween(45.0, 60.0);
      assertThat(quarter.series().get(0).periodStart()).isEqualTo(LocalDate.parse("2023-11-27"));
    }
  }

  @Test
  void tooManyPointsAreRefused() {
    try (GradiantSandbox sandbox = GradiantSandbox.start();
        GradiantClient client = TestSupport.client(sandbox)) {
      assertThatThrownBy(
              () ->
                  client
                      .analytics()
                      .sessions(
                          AnalyticsParams.builder()
                              .from(LocalDate.parse("2000-01-01"))
                              .to(LocalDate.parse("2024-01-01"))
                              .build()))
          .isInstanceOf(BadRequestException.class);
    }
  }

  private static Session create(GradiantClient client, String userId) {
    return client
        .sessions()
        .create(SessionCreateParams.builder().userId(userId).practitionerId("prac_101").build());
  }

  private static void update(GradiantClient client, Session session, SessionStatus status) {
    client.sessions().update(session.id(), SessionUpdateParams.builder().status(status).build());
  }
}
