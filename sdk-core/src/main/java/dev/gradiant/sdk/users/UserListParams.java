package dev.gradiant.sdk.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradiant.sdk.internal.validation.Paging;
import java.util.Objects;
import java.util.Optional;

/**
 * The query of {@code GET /users}.
 *
 * <p>A final class built with {@link #builder()}, so that fields can be added without breaking
 * callers. Builder methods refuse {@code null} (leave a field unset instead); accessors return
 * {@link Optional#empty()} for what was left unset.
 */
public final class UserListParams {
  @JsonProperty private final Integer limit;
  @JsonProperty private final Integer offset;

  private UserListParams(Builder builder) {
    Paging.limit(builder.limit);
    Paging.offset(builder.offset);
    this.limit = builder.limit;
    this.offset = builder.offset;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these values, to change some of them} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.limit = limit;
    builder.offset = offset;
    return builder;
  }

  /** {@return the page size, 1 to 100 (server default 20), if present} */
  public Optional<Integer> limit() {
    return Optional.ofNullable(limit);
  }

  /** {@return the index of the first user wanted (default 0), if present} */
  public Optional<Integer> offset() {
    return Optional.ofNullable(offset);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UserListParams other
        && Objects.equals(limit, other.limit)
        && Objects.equals(offset, other.offset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, offset);
  }

  @Override
  public String toString() {
    return "UserListParams[limit=" + limit + ", offset=" + offset + "]";
  }

  /** Collects the fields of a {@link UserListParams}. */
  public static final class Builder {
    private Integer limit;
    private Integer offset;

    private Builder() {}

    /**
     * @param limit page size, 1 to 100
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * @param offset index of the first user wanted
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
    public UserListParams build() {
      return new UserListParams(this);
    }
  }
}
