package dev.gradiant.sdk.internal.resilience;

import dev.gradiant.sdk.errors.ApiException;
import dev.gradiant.sdk.errors.ApiTimeoutException;
import dev.gradiant.sdk.errors.ConnectionException;

/**
 * What is worth another attempt: no answer ({@link ConnectionException}, {@link
 * ApiTimeoutException}) and the statuses {@code 408}, {@code 429}, {@code 500}, {@code 502}, {@code
 * 503}, {@code 504}; the same rule for an answer to the call and for what the credentials threw.
 */
final class RetryStatuses {
  private RetryStatuses() {}

  /** Whether {@code status} is worth another attempt (a switch: no boxing on every call). */
  static boolean isRetried(int status) {
    switch (status) {
      case 408, 429, 500, 502, 503, 504:
        return true;
      default:
        return false;
    }
  }

  /** Whether {@code failure} may pass if tried again: no answer, or a retried status. */
  static boolean isTransient(Throwable failure) {
    return failure instanceof ConnectionException
        || failure instanceof ApiTimeoutException
        || (failure instanceof ApiException api && isRetried(api.statusCode()));
  }
}
