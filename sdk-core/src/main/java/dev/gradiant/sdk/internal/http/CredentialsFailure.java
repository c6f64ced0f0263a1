package dev.gradiant.sdk.internal.http;

/**
 * Carries what the credentials failed with (obtaining headers, or renewing them after a {@code
 * 401}) from {@link AuthenticatingTransport} up to the retry loop, which alone sees it: it retries
 * a transient cause (the token endpoint's {@code 503}, a connection failure) like a transient
 * failure of the call, and throws any other cause as it is. Telling it apart from a failure of the
 * exchange matters: an attempt that failed here never lost an answer (it sent nothing, or it got a
 * {@code 401}).
 */
public final class CredentialsFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final RuntimeException failure;

  /**
   * @param failure what the credentials threw
   */
  public CredentialsFailure(RuntimeException failure) {
    super(failure.getMessage(), failure, false, false);
    this.failure = failure;
  }

  /** {@return what the credentials threw, to retry or to throw as it is} */
  public RuntimeException failure() {
    return failure;
  }
}
