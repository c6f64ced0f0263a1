package dev.gradiant.sdk.observability;

/**
 * Why the client retries a call. New reasons may be added in a minor release: a {@code switch} over
 * them should have a {@code default}.
 */
public enum RetryReason {
  /** The server answered a status that is retried: {@code 408}, {@code 500}, {@code 502}, ... */
  STATUS,
  /** The server answered {@code 429 Too Many Requests}. */
  RATE_LIMITED,
  /** The connection failed before an answer arrived. */
  CONNECTION_FAILURE,
  /** The attempt's time ran out before an answer arrived. */
  TIMEOUT,
  /** The server refused the credentials ({@code 401}); they were renewed, and the call replays. */
  CREDENTIALS_RENEWED,
  /** The credentials could not be obtained (the token endpoint failed); nothing was sent. */
  CREDENTIALS_FAILURE
}
