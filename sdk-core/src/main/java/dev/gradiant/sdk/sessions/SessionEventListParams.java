package dev.gradiant.sdk.sessions;

import dev.gradiant.sdk.internal.validation.Paging;
import java.util.Objects;
import java.util.Optional;

/**
 * The query of {@code GET /sessions/{id}/events}: an optional type filter and paging. Unlike the
 * other lists, the event log's server-side default page size is {@value #DEFAULT_LIMIT}.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null: an unset filter or bound is {@link
 * Optional#empty()}.
 */
public final class SessionEventListParams {

  /** The page size the server applies to the event log when none is sent. */
  public static final int DEFAULT_LIMIT = 100;

  private final SessionEventType type;
  private final Integer limit;
  private final Integer offset;

  private SessionEventListParams(Builder builder) {
    this.type = builder.type;
    this.limit = Paging.limit(builder.limit);
    this.offset = Paging.offset(builder.offset);
  }

  /** {@return a builder with no filter and the server's paging defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of these params} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.type = type;
    builder.limit = limit;
    builder.offset = offset;
    return builder;
  }

  /** {@return only events of this type} */
  public Optional<SessionEventType> type() {
    return Optional.ofNullable(type);
  }

  /** {@return the page size, 1 to 100 (server default {@value #DEFAULT_LIMIT})} */
  public Optional<Integer> limit() {
    return Optional.ofNullable(limit);
  }

  /** {@return the index of the first event wanted (default 0)} */
  public Optional<Integer> offset() {
    return Optional.ofNullable(offset);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SessionEventListParams that
        && Objects.equals(type, that.type)
        && Objects.equals(limit, that.limit)
        && Objects.equals(offset, that.offset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, limit, offset);
  }

  @Override
  public String toString() {
    return "SessionEventListParams[type=" + type + ", limit=" + limit + ", offset=" + offset + "]";
  }

  /** Collects the fields of a {@link SessionEventListParams}. Each method rejects null. */
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
      this.type = Objects.requireNonNull(type, "type must not be null");
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
     * @throws IllegalArgumentException if {@code limit} is outside 1..100 or {@code offset} is
     *     negative
     */
    public SessionEventListParams build() {
      return new SessionEventListParams(this);
    }
  }
}
