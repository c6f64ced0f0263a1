package dev.gradiant.sdk.internal.http;

/**
 * Sends one HTTP request and returns its fully read response. Behaviour (authentication,
 * idempotency, retries, logging) is added by wrapping one transport in another, never by flags.
 *
 * <p>Implementations throw {@link dev.gradiant.sdk.errors.ConnectionException} or {@link
 * dev.gradiant.sdk.errors.ApiTimeoutException} when no response arrived; any HTTP status, including
 * errors, is a normal return.
 */
public interface HttpTransport extends AutoCloseable {

  /** Sends {@code request} and returns the response, whatever its status. */
  HttpResponse execute(HttpRequest request);

  /** Releases what this transport owns; calls after close fail. */
  @Override
  void close();
}
