package dev.gradiant.sdk.core;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Supplies the headers that authenticate a request. The SDK asks before every request, so an
 * implementation may return a token it renewed in the meantime. Implementations must be thread-safe
 * and must not reveal secrets in {@code toString()}.
 *
 * <p>Use {@link #bearerToken(String)} for API tokens and OAuth access tokens, {@link
 * #apiKey(String)} for API keys, or implement this interface for anything else.
 */
@FunctionalInterface
public interface Credentials {

  /**
   * The headers to add to the next request, e.g. {@code Authorization: Bearer ...}. The SDK asks
   * through {@link #authHeadersAsync()}, whose default calls this method; when an implementation
   * keeps that default, a blocking call asks this method directly, which is the same thing without
   * a future.
   *
   * @return header names and values; never null
   */
  Map<String, String> authHeaders();

  /**
   * The headers for the next request. Every call of the SDK asks through this method when it is
   * overridden, blocking ({@code client.users()...}) and asynchronous ({@code client.async()...})
   * alike, and waits for the future no longer than the call's {@code timeout}: a future not done by
   * the call's deadline fails the call with an {@link dev.gradiant.sdk.errors.ApiTimeoutException}
   * (the future itself is left to complete, for later calls).
   *
   * <p>The default calls {@link #authHeaders()} on the calling thread, which may be an event loop,
   * and where no timeout can stop it: override it when obtaining the headers can block (a token
   * fetched over the network), as {@link dev.gradiant.sdk.credentials.RefreshingTokenCredentials}
   * does, so that the work runs elsewhere and the call's wait for it is bounded.
   *
   * @return a future of the header names and values; failed if they could not be obtained
   */
  default CompletableFuture<Map<String, String>> authHeadersAsync() {
    try {
      return CompletableFuture.completedFuture(authHeaders());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Sends {@code Authorization: Bearer <token>}: API tokens, OAuth and JWT access tokens, and the
   * candidate session token of the session-phase endpoints.
   *
   * @param token the token
   * @return the credentials
   * @throws IllegalArgumentException if the token is null or blank
   */
  static Credentials bearerToken(String token) {
    return new BearerToken(token);
  }

  /**
   * Sends {@code X-API-Key: <key>}: API keys for server-to-server integrations.
   *
   * @param key the API key
   * @return the credentials
   * @throws IllegalArgumentException if the key is null or blank
   */
  static Credentials apiKey(String key) {
    return new ApiKey(key);
  }
}
