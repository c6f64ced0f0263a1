package dev.gradiant.sdk.core;

import dev.gradiant.sdk.internal.headers.HeaderNumber;
import java.time.Instant;
import java.util.Optional;

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
   * Reads the three headers as the server sent them; never throws. Each must be a whole number (an
   * optional {@code -} and digits); one too large for a {@code long} counts as {@code
   * Long.MAX_VALUE}. The reset is read as epoch seconds, as the contract says, and not judged: the
   * client's own rate-limit waits trust only a reset within the API's longest window (see the
   * README's table of rate-limit headers).
   *
   * @param headers response headers
   * @return the snapshot, or empty when the response carried none, or one of the three is not a
   *     whole number, or the reset is beyond the dates {@link Instant} can hold
   */
  public static Optional<RateLimit> fromHeaders(HttpHeaders headers) {
    long limit = HeaderNumber.parse(headers.last(LIMIT_HEADER).orElse(null));
    long remaining = HeaderNumber.parse(headers.last(REMAINING_HEADER).orElse(null));
    long reset = HeaderNumber.parse(headers.last(RESET_HEADER).orElse(null));
    if (limit == HeaderNumber.ABSENT
        || remaining == HeaderNumber.ABSENT
        || reset == HeaderNumber.ABSENT
        || reset < Instant.MIN.getEpochSecond()
        || reset > Instant.MAX.getEpochSecond()) {
      return Optional.empty();
    }
    return Optional.of(new RateLimit(limit, remaining, Instant.ofEpochSecond(reset)));
  }
}
