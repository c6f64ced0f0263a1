package dev.gradiant.sdk.realtime;

import dev.gradiant.sdk.bookings.Booking;
import java.time.Instant;

/**
 * {@code booking_update}: a booking on a {@code bookings:{userId}} channel changed. Durable: it has
 * a {@code seq} and is replayed after a reconnect, never delivered twice.
 *
 * @param channel the channel it came on
 * @param seq its position in the channel
 * @param id the event's id, the same as the webhook event's for the same change
 * @param createdAt when the change happened
 * @param event what happened: {@code booking.created}, {@code booking.confirmed}, {@code
 *     booking.cancelled}, {@code booking.completed}, {@code booking.no_show}, {@code
 *     booking.updated} (an open list)
 * @param booking the booking as it is now
 */
public record BookingUpdate(
    Channel channel, long seq, String id, Instant createdAt, String event, Booking booking)
    implements RealtimeEvent {

  /** The wire type. */
  public static final String TYPE = "booking_update";

  @Override
  public String type() {
    return TYPE;
  }
}
