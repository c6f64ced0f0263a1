package dev.gradiant.sdk.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradiant.sdk.bookings.BookingStatus;
import dev.gradiant.sdk.internal.validation.Paging;
import dev.gradiant.sdk.internal.validation.Rfc3339;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The query of {@code GET /users/{id}/bookings}: optional filters and paging.
 *
 * <p>A final class built with {@link #builder()}, so that fields can be added without breaking
 * callers. Builder methods refuse {@code null} (leave a field unset instead); accessors return
 * {@link Optional#empty()} for what was left unset.
 */
public final class UserBookingListParams {
  @JsonProperty private final BookingStatus status;
  @JsonProperty private final LocalDate from;
  @JsonProperty private final LocalDate to;
  @JsonProperty private final Integer limit;
  @JsonProperty private final Integer offset;

  private UserBookingListParams(Builder builder) {
    LocalDate from = builder.from;
    LocalDate to = builder.to;
    Rfc3339.date("from", from);
    Rfc3339.date("to", to);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from (" + from + ") must not be after to (" + to + ")");
    }
    Paging.limit(builder.limit);
    Paging.offset(builder.offset);
    this.status = builder.status;
    this.from = from;
    this.to = to;
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
    builder.status = status;
    builder.from = from;
    builder.to = to;
    builder.limit = limit;
    builder.offset = offset;
    return builder;
  }

  /** {@return only bookings in this status, if present} */
  public Optional<BookingStatus> status() {
    return Optional.ofNullable(status);
  }

  /** {@return only bookings scheduled on or after this date, if present} */
  public Optional<LocalDate> from() {
    return Optional.ofNullable(from);
  }

  /** {@return only bookings scheduled on or before this date, if present} */
  public Optional<LocalDate> to() {
    return Optional.ofNullable(to);
  }

  /** {@return the page size, 1 to 100 (server default 20), if present} */
  public Optional<Integer> limit() {
    return Optional.ofNullable(limit);
  }

  /** {@return the index of the first booking wanted (default 0), if present} */
  public Optional<Integer> offset() {
    return Optional.ofNullable(offset);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UserBookingListParams other
        && Objects.equals(status, other.status)
        && Objects.equals(from, other.from)
        && Objects.equals(to, other.to)
        && Objects.equals(limit, other.limit)
        && Objects.equals(offset, other.offset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, from, to, limit, offset);
  }

  @Override
  public String toString() {
    return "UserBookingListParams[status="
        + status
        + ", from="
        + from
        + ", to="
        + to
        + ", limit="
        + limit
        + ", offset="
        + offset
        + "]";
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
     * @throws NullPointerException if {@code status} is null
     */
    public Builder status(BookingStatus status) {
      this.status = Objects.requireNonNull(status, "status must not be null");
      return this;
    }

    /**
     * @param from only bookings scheduled on or after this date
     * @return this builder
     * @throws NullPointerException if {@code from} is null
     */
    public Builder from(LocalDate from) {
      this.from = Objects.requireNonNull(from, "from must not be null");
      return this;
    }

    /**
     * @param to only bookings scheduled on or before this date
     * @return this builder
     * @throws NullPointerException if {@code to} is null
     */
    public Builder to(LocalDate to) {
      this.to = Objects.requireNonNull(to, "to must not be null");
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
     * @throws IllegalArgumentException if {@code from} is after {@code to}, a date is outside the
     *     years 0000 to 9999, or a paging bound is out of range
     */
    public UserBookingListParams build() {
      return new UserBookingListParams(this);
    }
  }
}
