package dev.gradiant.sdk.auth;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Credentials that can be renewed when the server rejects them (an expired access token). After a
 * {@code 401}, the SDK calls {@link #renewAfterRejection(Map)} once and, if it returns true,
 * replays the request once with the new {@link #authHeaders()}; an asynchronous call does the same
 * through {@link #renewAfterRejectionAsync(Map)} and {@link #authHeadersAsync()}.
 */
public interface RenewableCredentials extends Credentials {

  /**
   * Renews the credentials after the server rejected {@code rejectedHeaders}, unless another thread
   * already renewed them since those headers were handed out. Implementations must make concurrent
   * callers cause a single renewal.
   *
   * @param rejectedHeaders the headers the rejected request carried
   * @return whether newer credentials are now available to retry with
   * @throws dev.gradiant.sdk.errors.AuthenticationException if the renewal itself failed
   */
  boolean renewAfterRejection(Map<String, String> rejectedHeaders);

  /**
   * {@link #renewAfterRejection(Map)} for an asynchronous call. The default runs it on the calling
   * thread, which may be an event loop: override it when renewing blocks, as {@link
   * RefreshingTokenCredentials} does. Concurrent callers must still cause a single renewal.
   *
   * @param rejectedHeaders the headers the rejected request carried
   * @return a future of whether newer credentials are available; failed with {@link
   *     dev.gradiant.sdk.errors.AuthenticationException} if the renewal itself failed
   */
  default CompletableFuture<Boolean> renewAfterRejectionAsync(Map<String, String> rejectedHeaders) {
    try {
      return CompletableFuture.completedFuture(renewAfterRejection(rejectedHeaders));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
