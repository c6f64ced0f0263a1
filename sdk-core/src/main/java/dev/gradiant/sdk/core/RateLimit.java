package dev.gradiant.sdk.core;

import dev.gradiant.sdk.internal.headers.HeaderNumber;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The rate-limit budget a response reported in its {@code X-RateLimit-*} headers.
 *
 * <p>Built with {@link #builder()}; new fields may be added in a minor release (see the README's
 * compatibility rules). Nothing it returns is null: an optional value is an {@link
 * java.util.Optional}, a list is empty when absent.
 */
public final class RateLimit {
  /** Header carrying the window's request allowance. */
  public static final String LIMIT_HEADER = "X-RateLimit-Limit";

  /** Header carrying the requests left in the window. */
  public static final String REMAINING_HEADER = "X-RateLimit-Remaining";

  /** Header carrying the window's reset time in epoch seconds. */
  public static final String RESET_HEADER = "X-RateLimit-Reset";

  private final Long limit;
  private final Long remaining;
  private final Instant resetAt;

  private RateLimit(Builder builder) {
    this.limit = required(builder.limit, "limit");
    this.remaining = required(builder.remaining, "remaining");
    this.resetAt = required(builder.resetAt, "resetAt");
  }

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
    return Optional.of(
        builder().limit(limit).remaining(remaining).resetAt(Instant.ofEpochSecond(reset)).build());
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this RateLimit} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.limit = limit;
    builder.remaining = remaining;
    builder.resetAt = resetAt;
    return builder;
  }

  /** {@return requests allowed in the current window ({@code X-RateLimit-Limit})} */
  public long limit() {
    return limit;
  }

  /** {@return requests left in the window ({@code X-RateLimit-Remaining})} */
  public long remaining() {
    return remaining;
  }

  /** {@return when the window resets ({@code X-RateLimit-Reset}, epoch seconds)} */
  public Instant resetAt() {
    return resetAt;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RateLimit other)) {
      return false;
    }
    return Objects.equals(limit, other.limit)
        && Objects.equals(remaining, other.remaining)
        && Objects.equals(resetAt, other.resetAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, remaining, resetAt);
  }

  @Override
  public String toString() {
    return "RateLimit["
        + "limit="
        + limit
        + ", remaining="
        + remaining
        + ", resetAt="
        + resetAt
        + "]";
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalStateException("RateLimit." + field + " is required");
    }
    return value;
  }

  /** Collects the fields of a {@link RateLimit}; each method rejects {@code null}. */
  public static final class Builder {
    private Long limit;
    private Long remaining;
    private Instant resetAt;

    private Builder() {}

    /**
     * @param limit requests allowed in the current window ({@code X-RateLimit-Limit})
     * @return this builder
     */
    public Builder limit(long limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param remaining requests left in the window ({@code X-RateLimit-Remaining})
     * @return this builder
     */
    public Builder remaining(long remaining) {
      this.remaining = remaining;
      return this;
    }

    /**
     * @param resetAt when the window resets ({@code X-RateLimit-Reset}, epoch seconds)
     * @return this builder
     */
    public Builder resetAt(Instant resetAt) {
      this.resetAt = Objects.requireNonNull(resetAt, "resetAt must not be null");
      return this;
    }

    /**
     * @return the RateLimit
     * @throws IllegalStateException if a required field ({@code limit}, {@code remaining}, {@code
     *     resetAt}) is unset
     */
    public RateLimit build() {
      return new RateLimit(this);
    }
  }
}
