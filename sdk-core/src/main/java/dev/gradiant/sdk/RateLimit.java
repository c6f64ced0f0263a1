package dev.gradiant.sdk;

import java.time.Instant;
import java.util.Optional;
import okhttp3.Headers;

/**
 * The rate-limit budget a response reported in its {@code X-RateLimit-*} headers.
 *
 * @param limit requests allowed in the current window ({@code X-RateLimit-Limit})
 * @param remaining requests left in the window ({@code X-RateLimit-Remaining})
 * @param resetAt when the window resets ({@code X-RateLimit-Reset}, epoch seconds)
 */
public record RateLimit(long limit, long remaining, Instant resetAt) {

  /** Header carrying the window's request allowance. */
  public static final String LIMIT_HEADER = "X-RateLimit-Limit";

  /** Header carrying the requests left in the window. */
  public static final String REMAINING_HEADER = "X-RateLimit-Remaining";

  /** Header carrying the window's reset time in epoch seconds. */
  public static final String RESET_HEADER = "X-RateLimit-Reset";

  /**
   * Reads the three headers; empty unless all three are present and numeric.
   *
   * @param headers response headers
   * @return the snapshot, or empty when the response carried none (or a malformed one)
   */
  public static Optional<RateLimit> fromHeaders(Headers headers) {
    Long limit = parse(headers.get(LIMIT_HEADER));
    Long remaining = parse(headers.get(REMAINING_HEADER));
    Long reset = parse(headers.get(RESET_HEADER));
    if (limit == null || remaining == null || reset == null) {
      return Optional.empty();
    }
    return Optional.of(new RateLimit(limit, remaining, Instant.ofEpochSecond(reset)));
  }

  private static Long parse(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
