package dev.gradiant.sdk.users;

import dev.gradiant.sdk.bookings.BookingStatus;
import dev.gradiant.sdk.internal.validation.Paging;
import dev.gradiant.sdk.internal.validation.Rfc3339;
import java.time.LocalDate;

/**
 * The query of {@code GET /users/{id}/bookings}: optional filters and paging.
 *
 * @param status only bookings in this status
 * @param from only bookings scheduled on or after this date
 * @param to only bookings scheduled on or before this date
 * @param limit page size, 1 to 100 (server default 20)
 * @param offset index of the first booking wanted (default 0)
 */
public record UserBookingListParams(
    BookingStatus status, LocalDate from, LocalDate to, Integer limit, Integer offset) {

  /**
   * Checks the bounds.
   *
   * @param status only bookings in this status
   * @param from only bookings scheduled on or after this date
   * @param to only bookings scheduled on or before this date
   * @param limit page size, 1 to 100 (server default 20)
   * @param offset index of the first booking wanted (default 0)
   * @throws IllegalArgumentException if {@code from} is after {@code to}, a date is outside the
   *     years 0000 to 9999, or a paging bound is out of range
   */
  public UserBookingListParams {
    Rfc3339.date("from", from);
    Rfc3339.date("to", to);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from (" + from + ") must not be after to (" + to + ")");
    }
    Paging.limit(limit);
    Paging.offset(offset);
  }

  /** {@return a builder with no filters and the server's paging defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields of a {@link UserBookingListParams}. */
  public static final class Builder {
    private BookingStatus status;
    private LocalDate from;
    private LocalDate to;
    private Integer limit;
    private Integer offset;

    private Builder() {}

    /**
     * @param status only bookings in this status
     * @return this builder
     */
    public Builder status(BookingStatus status) {
      this.status = status;
      return this;
    }

    /**
     * @param from only bookings on or after this date
     * @return this builder
     */
    public Builder from(LocalDate from) {
      this.from = from;
      return this;
    }

    /**
     * @param to only bookings on or before this date
     * @return this builder
     */
    public Builder to(LocalDate to) {
      this.to = to;
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
     * @param offset index of the first booking wanted
     * @return this builder
     */
    public Builder offset(int offset) {
      this.offset = offset;
      return this;
    }

    /**
     * @return the params
     * @throws IllegalArgumentException if the dates or bounds are invalid
     */
    public UserBookingListParams build() {
      return new UserBookingListParams(status, from, to, limit, offset);
    }
  }
}
