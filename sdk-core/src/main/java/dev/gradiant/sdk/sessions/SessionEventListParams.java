package dev.gradiant.sdk.sessions;

import dev.gradiant.sdk.internal.validation.Paging;

/**
 * The query of {@code GET /sessions/{id}/events}: an optional type filter and paging. Unlike the
 * other lists, the event log's server-side default page size is {@value #DEFAULT_LIMIT}.
 *
 * @param type only events of this type
 * @param limit page size, 1 to 100 (server default {@value #DEFAULT_LIMIT})
 * @param offset index of the first event wanted (default 0)
 */
public record SessionEventListParams(SessionEventType type, Integer limit, Integer offset) {

  /** The page size the server applies to the event log when none is sent. */
  public static final int DEFAULT_LIMIT = 100;

  /**
   * Checks the bounds.
   *
   * @param type only events of this type
   * @param limit page size, 1 to 100 (server default {@value #DEFAULT_LIMIT})
   * @param offset index of the first event wanted (default 0)
   * @throws IllegalArgumentException if {@code limit} is outside 1..100 or {@code offset} is
   *     negative
   */
  public SessionEventListParams {
    Paging.limit(limit);
    Paging.offset(offset);
  }

  /** {@return a builder with no filter and the server's paging defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields of a {@link SessionEventListParams}. */
  public static final class Builder {
    private SessionEventType type;
    private Integer limit;
    private Integer offset;

    private Builder() {}

    /**
     * @param type only events of this type
     * @return this builder
     */
    public Builder type(SessionEventType type) {
      this.type = type;
      return this;
    }

    /**
     * @param limit page size, 1 to 100
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param offset index of the first event wanted
     * @return this builder
     */
    public Builder offset(int offset) {
      this.offset = offset;
      return this;
    }

    /**
     * @return the params
     * @throws IllegalArgumentException if a bound is out of range
     */
    public SessionEventListParams build() {
      return new SessionEventListParams(type, limit, offset);
    }
  }
}
