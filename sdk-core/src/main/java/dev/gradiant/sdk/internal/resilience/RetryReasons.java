package dev.gradiant.sdk.internal.resilience;

import dev.gradiant.sdk.errors.ApiTimeoutException;
import dev.gradiant.sdk.internal.http.HttpRequest;
import dev.gradiant.sdk.internal.observability.CallObservation;
import dev.gradiant.sdk.observability.RetryReason;
import java.time.Duration;

/** Tells the call's observers why, and after how long, the retry loop sends another attempt. */
final class RetryReasons {
  private RetryReasons() {}

  /**
   * Reports that the call of {@code attempt}, which ended with {@code outcome}, is retried after
   * {@code delay}.
   */
  static void report(HttpRequest attempt, AttemptOutcome outcome, Duration delay) {
    CallObservation observation = attempt.observation();
    if (!observation.active()) {
      return;
    }
    int status = outcome.response() == null ? -1 : outcome.response().statusCode();
    observation.retryScheduled(attempt.attempt().number(), of(outcome), delay, status);
  }

  /** {@return the public reason for retrying after {@code outcome}} */
  static RetryReason of(AttemptOutcome outcome) {
    return switch (outcome.kind()) {
      case ANSWERED ->
          outcome.response().statusCode() == 429 ? RetryReason.RATE_LIMITED : RetryReason.STATUS;
      case CREDENTIALS_RENEWED -> RetryReason.CREDENTIALS_RENEWED;
      case CREDENTIALS_FAILED -> RetryReason.CREDENTIALS_FAILURE;
      case ANSWER_LOST, NOT_SENT, FAILED ->
          outcome.failure() instanceof ApiTimeoutException
              ? RetryReason.TIMEOUT
              : RetryReason.CONNECTION_FAILURE;
    };
  }
}
