package dev.gradiant.sdk.bookings;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.gradiant.sdk.core.ExtensibleEnum;
import dev.gradiant.sdk.internal.enums.KnownValues;
import java.util.List;

/** Where a booking is in its lifecycle. Values added by the server later are kept, not rejected. */
public final class BookingStatus extends ExtensibleEnum {

  /** {@code pending}. */
  public static final BookingStatus PENDING = new BookingStatus("pending");

  /** {@code confirmed}. */
  public static final BookingStatus CONFIRMED = new BookingStatus("confirmed");

  /** {@code in_progress}. */
  public static final BookingStatus IN_PROGRESS = new BookingStatus("in_progress");

  /** {@code completed}. */
  public static final BookingStatus COMPLETED = new BookingStatus("completed");

  /** {@code cancelled}. */
  public static final BookingStatus CANCELLED = new BookingStatus("cancelled");

  /** {@code no_show}. */
  public static final BookingStatus NO_SHOW = new BookingStatus("no_show");

  private static final KnownValues<BookingStatus> KNOWN =
      KnownValues.of(
          BookingStatus::new,
          List.of(PENDING, CONFIRMED, IN_PROGRESS, COMPLETED, CANCELLED, NO_SHOW));

  private BookingStatus(String value) {
    super(value);
  }

  /**
   * The constant for a wire value, or a new instance holding an unknown one.
   *
   * @param value the wire value
   * @return the status
   */
  @JsonCreator
  public static BookingStatus of(String value) {
    return KNOWN.parse(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(value());
  }
}
