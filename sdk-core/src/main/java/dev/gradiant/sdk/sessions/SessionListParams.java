package dev.gradiant.sdk.sessions;

import dev.gradiant.sdk.internal.validation.Fields;
import dev.gradiant.sdk.internal.validation.Paging;
import java.util.Objects;
import java.util.Optional;

/**
 * The query of {@code GET /sessions}: optional filters and paging.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null: an unset filter or bound is {@link
 * Optional#empty()}.
 */
public final class SessionListParams {
  private final SessionStatus status;
  private final String userId;
  private final String practitionerId;
  private final Integer limit;
  private final Integer offset;

  private SessionListParams(Builder builder) {
    this.status = builder.status;
    this.userId = Fields.notBlank("userId", builder.userId);
    this.practitionerId = Fields.notBlank("practitionerId", builder.practitionerId);
    this.limit = Paging.limit(builder.limit);
    this.offset = Paging.offset(builder.offset);
  }

  /** {@return a builder with no filters and the server's paging defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of these params} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.status = status;
    builder.userId = userId;
    builder.practitionerId = practitionerId;
    builder.limit = limit;
    builder.offset = offset;
    return builder;
  }

  /** {@return only sessions in this status} */
  public Optional<SessionStatus> status() {
    return Optional.ofNullable(status);
  }

  /** {@return only sessions of this user (the client or candidate)} */
  public Optional<String> userId() {
    return Optional.ofNullable(userId);
  }

  /** {@return only sessions with this practitioner} */
  public Optional<String> practitionerId() {
    return Optional.ofNullable(practitionerId);
  }

  /** {@return the page size, 1 to 100 (server default 20)} */
  public Optional<Integer> limit() {
    return Optional.ofNullable(limit);
  }

  /** {@return the index of the first session wanted (default 0)} */
  public Optional<Integer> offset() {
    return Optional.ofNullable(offset);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SessionListParams that
        && Objects.equals(status, that.status)
        && Objects.equals(userId, that.userId)
        && Objects.equals(practitionerId, that.practitionerId)
        && Objects.equals(limit, that.limit)
        && Objects.equals(offset, that.offset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, userId, practitionerId, limit, offset);
  }

  @Override
  public String toString() {
    return "SessionListParams[status="
        + status
        + ", userId="
        + userId
        + ", practitionerId="
        + practitionerId
        + ", limit="
        + limit
        + ", offset="
        + offset
        + "]";
  }

  /** Collects the fields of a {@link SessionListParams}. Each method rejects null. */
  public static final class Builder {
    private SessionStatus status;
    private String userId;
    private String practitionerId;
    private Integer limit;
    private Integer offset;

    private Builder() {}

    /**
     * @param status only sessions in this status
     * @return this builder
     */
    public Builder status(SessionStatus status) {
      this.status = Objects.requireNonNull(status, "status must not be null");
      return this;
    }

    /**
     * @param userId only sessions of this user
     * @return this builder
     */
    public Builder userId(String userId) {
      this.userId = Objects.requireNonNull(userId, "userId must not be null");
      return this;
    }

    /**
     * @param practitionerId only sessions with this practitioner
     * @return this builder
     */
    public Builder practitionerId(String practitionerId) {
      this.practitionerId =
          Objects.requireNonNull(practitionerId, "practitionerId must not be null");
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
     * @param offset index of the first session wanted
     * @return this builder
     */
    public Builder offset(int offset) {
      this.offset = offset;
      return this;
    }

    /**
     * @return the params
     * @throws IllegalArgumentException if an id is blank, or a paging bound is out of range
     */
    public SessionListParams build() {
      return new SessionListParams(this);
    }
  }
}
