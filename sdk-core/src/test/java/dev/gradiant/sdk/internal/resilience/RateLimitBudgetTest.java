package dev.gradiant.sdk.internal.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.FakeTime;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** The server-reported budget: a unit per request, a wait only when none is left before reset. */
class RateLimitBudgetTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private final FakeTime time = new FakeTime(NOW);
  private final RateLimitBudget budget = new RateLimitBudget();

  private void report(long remaining, Instant reset) {
    budget.update(
        Headers.of(
            "X-RateLimit-Remaining",
            Long.toString(remaining),
            "X-RateLimit-Reset",
            Long.toString(reset.getEpochSecond())),
        time);
  }

  @Test
  void withoutAReportNothingWaits() {
    assertThat(budget.take(time)).isZero();
  }

  @Test
  void unitsLeftAreTakenThenTheCallWaitsForTheReset() {
    report(2, NOW.plusSeconds(30));

    assertThat(budget.take(time)).isZero();
    assertThat(budget.take(time)).isZero();
    assertThat(budget.take(time)).isEqualTo(Duration.ofSeconds(30));
    time.sleep(Duration.ofSeconds(10));
    assertThat(budget.take(time)).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void afterTheResetNothingWaitsEvenWithUnitsStillCounted() {
    report(1, NOW.plusSeconds(30));
    time.sleep(Duration.ofSeconds(31));

    assertThat(budget.take(time)).isZero();
    assertThat(budget.take(time)).isZero();
    assertThat(budget.take(time)).isZero();
  }

  @Test
  void aSpentBudgetPastItsResetIsClearedUntilTheNextReport() {
    report(0, NOW.plusSeconds(5));
    time.sleep(Duration.ofSeconds(5));

    assertThat(budget.take(time)).isZero();
    assertThat(budget.take(time)).isZero();
    report(0, NOW.plusSeconds(60));
    assertThat(budget.take(time)).isEqualTo(Duration.ofSeconds(55));
  }

  @Test
  void theLastValueOfARepeatedHeaderWinsAndMalformedReportsAreIgnored() {
    budget.update(
        Headers.of(
            "x-ratelimit-remaining", "5",
            "X-RateLimit-Remaining", "0",
            "X-RateLimit-Reset", Long.toString(NOW.plusSeconds(9).getEpochSecond())),
        time);
    assertThat(budget.take(time)).isEqualTo(Duration.ofSeconds(9));

    budget.update(Headers.of("X-RateLimit-Remaining", "lots", "X-RateLimit-Reset", "soon"), time);
    assertThat(budget.take(time)).isEqualTo(Duration.ofSeconds(9));
  }

  @Test
  void aResetTooFarAheadOpensTheBudgetAndARepeatedOneIsNotJudgedAgain() {
    report(0, NOW.plus(Duration.ofMinutes(66)));
    assertThat(budget.take(time)).isZero();

    report(0, NOW.plus(Duration.ofMinutes(65)));
    assertThat(budget.take(time)).isEqualTo(Duration.ofMinutes(65));
  }

  @Test
  void aResetInEpochMillisecondsIsReadAsSuchOnlyWithinTheWindowEitherWay() {
    budget.update(
        Headers.of(
            "X-RateLimit-Remaining",
            "0",
            "X-RateLimit-Reset",
            Long.toString(NOW.plusSeconds(12).toEpochMilli())),
        time);
    assertThat(budget.take(time)).isEqualTo(Duration.ofSeconds(12));

    budget.update(
        Headers.of(
            "X-RateLimit-Remaining",
            "0",
            "X-RateLimit-Reset",
            Long.toString(NOW.minusSeconds(12).toEpochMilli())),
        time);
    assertThat(budget.take(time)).isZero();
  }

  @Test
  void aNegativeResetIsInThePast() {
    report(0, NOW.plusSeconds(30));
    budget.update(
        Headers.of("X-RateLimit-Remaining", "0", "X-RateLimit-Reset", "-9223372036854775808"),
        time);
    assertThat(budget.take(time)).isZero();
  }
}
