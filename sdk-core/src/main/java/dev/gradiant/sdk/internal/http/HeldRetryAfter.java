package dev.gradiant.sdk.internal.http;

import java.io.IOException;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp from answering a {@code 503} by itself. OkHttp's follow-up step re-sends a request
 * at once when a {@code 503} says {@code Retry-After: 0}, whatever its retry settings, before the
 * SDK sees the answer (a transmission neither {@code maxRetries} allows nor {@code attempts()}
 * counts), and it throws on a {@code Retry-After} of digits too large for an {@code int}. As a
 * network interceptor, this moves the {@code Retry-After} values of a {@code 503} under another
 * name before the follow-up step reads them; {@link #restore} puts them back once OkHttp has
 * returned the response, so the SDK's retry loop reads them as sent.
 */
public final class HeldRetryAfter implements Interceptor {
  private static final String RETRY_AFTER = "Retry-After";
  private static final String HELD = "X-Gradiant-Held-Retry-After";
  private static final int SERVICE_UNAVAILABLE = 503;

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.code() != SERVICE_UNAVAILABLE || response.header(RETRY_AFTER) == null) {
      return response;
    }
    return response.newBuilder().headers(rename(response.headers(), RETRY_AFTER, HELD)).build();
  }

  /**
   * @param code the status of a response OkHttp returned
   * @param headers its headers
   * @return the headers as the server sent them
   */
  static Headers restore(int code, Headers headers) {
    if (code != SERVICE_UNAVAILABLE || headers.get(HELD) == null) {
      return headers;
    }
    return rename(headers, HELD, RETRY_AFTER);
  }

  private static Headers rename(Headers headers, String from, String to) {
    Headers.Builder renamed = new Headers.Builder();
    for (int i = 0, size = headers.size(); i < size; i++) {
      String name = headers.name(i);
      // addUnsafeNonAscii: the values are the server's own, already accepted by OkHttp.
      renamed.addUnsafeNonAscii(name.equalsIgnoreCase(from) ? to : name, headers.value(i));
    }
    return renamed.build();
  }
}
