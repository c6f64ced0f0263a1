package dev.gradiant.sdk.grants;

import dev.gradiant.sdk.internal.validation.Paging;
import java.util.Objects;
import java.util.Optional;

/**
 * The query of {@code GET /grants/outgoing}: an optional status filter and paging. {@code
 * status(GrantStatus.ACTIVE)} lists the patients whose data the caller may read.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null: what was left unset is {@link
 * Optional#empty()} (the server's default applies).
 */
public final class GrantListParams {
  private final GrantStatus status;
  private final Integer limit;
  private final Integer offset;

  private GrantListParams(Builder builder) {
    this.status = builder.status;
    this.limit = Paging.limit(builder.limit);
    this.offset = Paging.offset(builder.offset);
  }

  /** {@return a builder with the server's defaults: every status, first page of 20} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of these params} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.status = status;
    builder.limit = limit;
    builder.offset = offset;
    return builder;
  }

  /** {@return only grants in this status, if set} */
  public Optional<GrantStatus> status() {
    return Optional.ofNullable(status);
  }

  /** {@return the page size, 1 to 100 (server default 20)} */
  public Optional<Integer> limit() {
    return Optional.ofNullable(limit);
  }

  /** {@return the index of the first grant wanted (default 0)} */
  public Optional<Integer> offset() {
    return Optional.ofNullable(offset);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GrantListParams that
        && Objects.equals(status, that.status)
        && Objects.equals(limit, that.limit)
        && Objects.equals(offset, that.offset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, limit, offset);
  }

  @Override
  public String toString() {
    return "GrantListParams[status=" + status + ", limit=" + limit + ", offset=" + offset + "]";
  }

  /** Collects the fields of a {@link GrantListParams}. */
  public static final class Builder {
    private GrantStatus status;
    private Integer limit;
    private Integer offset;

    private Builder() {}

    /**
     * @param status only grants in this status
     * @return this builder
     */
    public Builder status(GrantStatus status) {
      this.status = Objects.requireNonNull(status, "status must not be null");
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
     * @param offset index of the first grant wanted
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
    public GrantListParams build() {
      return new GrantListParams(this);
    }
  }
}
