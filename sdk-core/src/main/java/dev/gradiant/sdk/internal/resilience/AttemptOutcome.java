package dev.gradiant.sdk.internal.resilience;

import dev.gradiant.sdk.errors.ApiTimeoutException;
import dev.gradiant.sdk.errors.ConnectionException;
import dev.gradiant.sdk.internal.http.Attempt;
import dev.gradiant.sdk.internal.http.CredentialsFailure;
import dev.gradiant.sdk.internal.http.HttpResponse;

/**
 * What one attempt of a call ended with, sorted for the retry loop: the only place that tells an
 * answer from a replay, and a lost answer from a failure of the credentials. {@link CallState}
 * decides what to do with each kind.
 *
 * @param kind which of the kinds below
 * @param response the answer, for {@link Kind#ANSWERED} and {@link Kind#CREDENTIALS_RENEWED}
 * @param failure what the attempt failed with, for the other kinds: for {@link
 *     Kind#CREDENTIALS_FAILED}, what the credentials threw (no longer wrapped)
 */
record AttemptOutcome(Kind kind, HttpResponse response, Throwable failure) {

  /** The kinds of outcome. */
  enum Kind {
    /** An answer, whatever its status. */
    ANSWERED,
    /** A {@code 401} after which the credentials were renewed: the call may be replayed. */
    CREDENTIALS_RENEWED,
    /**
     * No answer ({@link ConnectionException}, {@link ApiTimeoutException}) after the request may
     * have reached the server: it may have taken effect.
     */
    ANSWER_LOST,
    /**
     * No answer, and the request never reached the server: the connection could not be made
     * (refused, unknown host, no route, TLS handshake failure), or the time ran out before it was
     * (queued, connecting), or the wait before sending was interrupted.
     */
    NOT_SENT,
    /**
     * The credentials failed, obtaining headers before sending or renewing them after a {@code
     * 401}: nothing was acted on. (Unless the call ran out of time waiting for them: that is {@link
     * #FAILED}.)
     */
    CREDENTIALS_FAILED,
    /** Anything else: it ends the call as it is. */
    FAILED
  }

  /** {@return the outcome of an attempt that got {@code response}} */
  static AttemptOutcome of(HttpResponse response) {
    return new AttemptOutcome(
        response.credentialsRenewed() ? Kind.CREDENTIALS_RENEWED : Kind.ANSWERED, response, null);
  }

  /** {@return the outcome of {@code attempt}, which failed with {@code failure}} */
  static AttemptOutcome of(Throwable failure, Attempt attempt) {
    if (failure instanceof CredentialsFailure credentials) {
      return new AttemptOutcome(
          credentials.endsCall() ? Kind.FAILED : Kind.CREDENTIALS_FAILED,
          null,
          credentials.failure());
    }
    if (failure instanceof ConnectionException || failure instanceof ApiTimeoutException) {
      return new AttemptOutcome(
          attempt.transmission().started() ? Kind.ANSWER_LOST : Kind.NOT_SENT, null, failure);
    }
    return new AttemptOutcome(Kind.FAILED, null, failure);
  }
}
