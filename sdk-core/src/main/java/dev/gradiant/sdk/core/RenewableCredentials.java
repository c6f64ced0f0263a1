package dev.gradiant.sdk.core;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Credentials that can be renewed when the server rejects them (an expired access token). After a
 * {@code 401}, the SDK calls {@link #renewAfterRejectionAsync(Map)} (at most once per call; its
 * default calls {@link #renewAfterRejection(Map)}) and, if it answers true, replays the request
 * with the new headers from {@link #authHeadersAsync()}. Blocking and asynchronous calls alike wait
 * for the renewal no longer than the call's {@code timeout}.
 *
 * <p>The replay is one more attempt of the same call, sent at once: it is counted in {@code
 * attempts()} (retry reason {@code "credentials renewed"}), spends one retry of the call's {@code
 * maxRetries} and must end within the call's {@code timeout}. When no retry is left, the call fails
 * with a {@link dev.gradiant.sdk.errors.CredentialsRenewedException} (not an {@code
 * AuthenticationException}: the credentials are valid again); when the renewal took the call past
 * its deadline, with an {@link dev.gradiant.sdk.errors.ApiTimeoutException}. Either way the renewed
 * credentials serve the next call.
 */
public interface RenewableCredentials extends Credentials {

  /**
   * Renews the credentials after the server rejected {@code rejectedHeaders}, unless another thread
   * already renewed them since those headers were handed out. Implementations must make concurrent
   * callers cause a single renewal.
   *
   * @param rejectedHeaders the headers the rejected request carried
   * @return whether newer credentials are now available to retry with
   * @throws dev.gradiant.sdk.errors.AuthenticationException if the renewal was refused (the refresh
   *     token is invalid or revoked)
   * @throws dev.gradiant.sdk.errors.GradiantException a {@code ConnectionException}, an {@code
   *     ApiTimeoutException} or an {@code ApiException} of status {@code 429} or {@code 5xx} when
   *     the renewal could not be made for now: the call retries it like a transient failure
   */
  boolean renewAfterRejection(Map<String, String> rejectedHeaders);

  /**
   * {@link #renewAfterRejection(Map)} as a future: what the SDK calls, for blocking and
   * asynchronous calls alike, waiting for the future no longer than the call's {@code timeout} (a
   * future not done by then fails the call with an {@link
   * dev.gradiant.sdk.errors.ApiTimeoutException}, and is left to complete). The default runs {@link
   * #renewAfterRejection(Map)} on the calling thread, which may be an event loop, and where no
   * timeout can stop it: override it when renewing blocks, as {@link
   * dev.gradiant.sdk.credentials.RefreshingTokenCredentials} does. Concurrent callers must still
   * cause a single renewal.
   *
   * @param rejectedHeaders the headers the rejected request carried
   * @return a future of whether newer credentials are available; failed as {@link
   *     #renewAfterRejection(Map)} throws
   */
  default CompletableFuture<Boolean> renewAfterRejectionAsync(Map<String, String> rejectedHeaders) {
    try {
      return CompletableFuture.completedFuture(renewAfterRejection(rejectedHeaders));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
