package dev.gradiant.sdk.conversations;

import dev.gradiant.sdk.internal.validation.Paging;
import java.util.Objects;
import java.util.Optional;

/**
 * The query of {@code GET /users/{id}/conversations}.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null: an unset bound is {@link
 * Optional#empty()} (the server's default applies).
 */
public final class ConversationListParams {
  private final Integer limit;
  private final Integer offset;

  private ConversationListParams(Builder builder) {
    this.limit = Paging.limit(builder.limit);
    this.offset = Paging.offset(builder.offset);
  }

  /** {@return a builder with the server's defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of these params} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.limit = limit;
    builder.offset = offset;
    return builder;
  }

  /** {@return the page size, 1 to 100 (server default 20)} */
  public Optional<Integer> limit() {
    return Optional.ofNullable(limit);
  }

  /** {@return the index of the first conversation wanted (default 0)} */
  public Optional<Integer> offset() {
    return Optional.ofNullable(offset);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConversationListParams that
        && Objects.equals(limit, that.limit)
        && Objects.equals(offset, that.offset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(limit, offset);
  }

  @Override
  public String toString() {
    return "ConversationListParams[limit=" + limit + ", offset=" + offset + "]";
  }

  /** Collects the fields of a {@link ConversationListParams}. */
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
     * @param offset index of the first conversation wanted
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
    public ConversationListParams build() {
      return new ConversationListParams(this);
    }
  }
}
