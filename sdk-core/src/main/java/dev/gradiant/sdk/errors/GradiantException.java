package dev.gradiant.sdk.errors;

import java.util.Optional;

/**
 * Root of every exception the SDK throws for a failed call: an error answer from the API ({@link
 * ApiException} and its subclasses), no answer at all ({@link ConnectionException}, {@link
 * ApiTimeoutException}), or an unexpected failure inside the client ({@link
 * ClientFailureException}). Invalid arguments are reported earlier, before anything is sent, with
 * {@link IllegalArgumentException} or {@link NullPointerException} naming the field.
 */
public class GradiantException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** How many HTTP attempts the call made before failing. */
  private final int attempts;

  /** Why the last retry was made, or {@code null}. */
  private final String retryReason;

  /**
   * A failure at the first attempt.
   *
   * @param message what went wrong, without secrets or personal data
   * @param cause the underlying failure, or {@code null}
   */
  public GradiantException(String message, Throwable cause) {
    this(message, cause, 1, null);
  }

  /**
   * A failure after {@code attempts} attempts.
   *
   * @param message what went wrong, without secrets or personal data
   * @param cause the underlying failure, or {@code null}
   * @param attempts how many HTTP attempts the call made (at least 1)
   * @param retryReason why the last retry was made, or {@code null} without retries
   */
  public GradiantException(String message, Throwable cause, int attempts, String retryReason) {
    super(message, cause);
    this.attempts = attempts;
    this.retryReason = retryReason;
  }

  /**
   * {@return how many attempts the call made before failing (1 without retries)} Every request sent
   * counts, and so does every attempt that ended before sending (its credentials could not be
   * obtained or renewed, or the rate limit refused to wait), as for {@code
   * ResponseMetadata.attempts()}. A failure of the credentials that ends the call reports the
   * call's attempts, not those of the token endpoint call that failed.
   */
  public int attempts() {
    return attempts;
  }

  /** {@return why the last retry was made, if the call was retried} */
  public Optional<String> retryReason() {
    return Optional.ofNullable(retryReason);
  }
}
