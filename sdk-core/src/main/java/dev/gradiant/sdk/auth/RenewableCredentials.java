package dev.gradiant.sdk.auth;

import java.util.Map;

/**
 * Credentials that can be renewed when the server rejects them (an expired access token). After a
 * {@code 401}, the SDK calls {@link #renewAfterRejection(Map)} once and, if it returns true,
 * replays the request once with the new {@link #authHeaders()}.
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
}
