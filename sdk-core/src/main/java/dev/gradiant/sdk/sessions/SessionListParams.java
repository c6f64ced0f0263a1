package dev.gradiant.sdk.sessions;

import dev.gradiant.sdk.internal.validation.Fields;
import dev.gradiant.sdk.internal.validation.Paging;

/**
 * The query of {@code GET /sessions}: optional filters and paging.
 *
 * @param status only sessions in this status
 * @param userId only sessions of this user (the client or candidate)
 * @param practitionerId only sessions with this practitioner
 * @param limit page size, 1 to 100 (server default 20)
 * @param offset index of the first session wanted (default 0)
 */
public record SessionListParams(
    SessionStatus status, String userId, String practitionerId, Integer limit, Integer offset) {

  /**
   * Checks the filters and bounds.
   *
   * @param status only sessions in this status
   * @param userId only sessions of this user (the client or candidate)
   * @param practitionerId only sessions with this practitioner
   * @param limit page size, 1 to 100 (server default 20)
   * @param offset index of the first session wanted (default 0)
   * @throws IllegalArgumentException if an id is blank, or a paging bound is out of range
   */
  public SessionListParams {
    Fields.notBlank("userId", userId);
    Fields.notBlank("practitionerId", practitionerId);
    Paging.limit(limit);
    Paging.offset(offset);
  }

  /** {@return a builder with no filters and the server's paging defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields of a {@link SessionListParams}. */
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
      this.status = status;
      return this;
    }

    /**
     * @param userId only sessions of this user
     * @return this builder
     */
    public Builder userId(String userId) {
      this.userId = userId;
      return this;
    }

    /**
     * @param practitionerId only sessions with this practitioner
     * @return this builder
     */
    public Builder practitionerId(String practitionerId) {
      this.practitionerId = practitionerId;
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
     * @throws IllegalArgumentException if a filter is blank or a bound is out of range
     */
    public SessionListParams build() {
      return new SessionListParams(status, userId, practitionerId, limit, offset);
    }
  }
}
