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
  private final boolean endsCall;

  /**
   * @param failure what the credentials threw
   */
  public CredentialsFailure(RuntimeException failure) {
    this(failure, false);
  }

  private CredentialsFailure(RuntimeException failure, boolean endsCall) {
    super(failure.getMessage(), failure, false, false);
    this.failure = failure;
    this.endsCall = endsCall;
  }

  /**
   * {@return a failure of the credentials that no retry can mend: the call ran out of time, or was
   * interrupted, while it waited for them}
   *
   * @param failure what the call fails with
   */
  public static CredentialsFailure endingCall(RuntimeException failure) {
    return new CredentialsFailure(failure, true);
  }

  /** {@return whether the call ends with {@link #failure()}, however transient it looks} */
  public boolean endsCall() {
    return endsCall;
  }

  /** {@return what the credentials threw, to retry or to throw as it is} */
  public RuntimeException failure() {
    return failure;
  }
}
