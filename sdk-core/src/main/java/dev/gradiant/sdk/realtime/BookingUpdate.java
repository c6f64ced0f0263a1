package dev.gradiant.sdk.realtime;

import dev.gradiant.sdk.bookings.Booking;
import java.time.Instant;
import java.util.Objects;

/**
 * {@code booking_update}: a booking on a {@code bookings:{userId}} channel changed. Durable: it has
 * a {@code seq} and is replayed after a reconnect, never delivered twice. {@link #toString()}
 * follows {@link Booking#toString()}: the booking's notes (personal data) are left out.
 *
 * <p>Compatibility: a final class built with {@link #builder()} (for tests of an application's
 * listeners, too), so fields can be added in a minor release without breaking callers. Nothing it
 * returns is null.
 */
public final class BookingUpdate implements RealtimeEvent {
  /** The wire type. */
  public static final String TYPE = "booking_update";

  private final Channel channel;
  private final long seq;
  private final String id;
  private final Instant createdAt;
  private final String event;
  private final Booking booking;

  private BookingUpdate(Builder builder) {
    this.channel = builder.channel;
    this.seq = builder.seq;
    this.id = builder.id;
    this.createdAt = builder.createdAt;
    this.event = builder.event;
    this.booking = builder.booking;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this event} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.channel = channel;
    builder.seq = seq;
    builder.id = id;
    builder.createdAt = createdAt;
    builder.event = event;
    builder.booking = booking;
    return builder;
  }

  @Override
  public String type() {
    return TYPE;
  }

  /** {@return the channel it came on} */
  public Channel channel() {
    return channel;
  }

  /** {@return its position in the channel (1 or more)} */
  public long seq() {
    return seq;
  }

  /** {@return the event's id, the same as the webhook event's for the same change} */
  public String id() {
    return id;
  }

  /** {@return when the change happened} */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * {@return what happened: {@code booking.created}, {@code booking.confirmed}, {@code
   * booking.cancelled}, {@code booking.completed}, {@code booking.no_show}, {@code booking.updated}
   * (an open list)}
   */
  public String event() {
    return event;
  }

  /** {@return the booking as it is now} */
  public Booking booking() {
    return booking;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BookingUpdate that
        && channel.equals(that.channel)
        && seq == that.seq
        && id.equals(that.id)
        && createdAt.equals(that.createdAt)
        && event.equals(that.event)
        && booking.equals(that.booking);
  }

  @Override
  public int hashCode() {
    return Objects.hash(channel, seq, id, createdAt, event, booking);
  }

  @Override
  public String toString() {
    return "BookingUpdate[channel="
        + channel
        + ", seq="
        + seq
        + ", id="
        + id
        + ", createdAt="
        + createdAt
        + ", event="
        + event
        + ", booking="
        + booking
        + "]";
  }

  /** Collects the fields of a {@link BookingUpdate}; every one is required. */
  public static final class Builder {
    private Channel channel;
    private Long seq;
    private String id;
    private Instant createdAt;
    private String event;
    private Booking booking;

    private Builder() {}

    /**
     * @param channel the channel it came on
     * @return this builder
     */
    public Builder channel(Channel channel) {
      this.channel = Objects.requireNonNull(channel, "channel must not be null");
      return this;
    }

    /**
     * @param seq its position in the channel
     * @return this builder
     * @throws IllegalArgumentException if it is outside the contract's range, 1 to 2<sup>53</sup>-1
     */
    public Builder seq(long seq) {
      this.seq = Seq.durable(seq);
      return this;
    }

    /**
     * @param id the event's id
     * @return this builder
     */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /**
     * @param createdAt when the change happened
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt must not be null");
      return this;
    }

    /**
     * @param event what happened, e.g. {@code booking.confirmed}
     * @return this builder
     */
    public Builder event(String event) {
      this.event = Objects.requireNonNull(event, "event must not be null");
      return this;
    }

    /**
     * @param booking the booking as it is now
     * @return this builder
     */
    public Builder booking(Booking booking) {
      this.booking = Objects.requireNonNull(booking, "booking must not be null");
      return this;
    }

    /**
     * @return the event
     * @throws IllegalStateException if a field is unset
     */
    public BookingUpdate build() {
      required(channel, "channel");
      required(seq, "seq");
      required(id, "id");
      required(createdAt, "createdAt");
      required(event, "event");
      required(booking, "booking");
      return new BookingUpdate(this);
    }

    private static void required(Object value, String field) {
      if (value == null) {
        throw new IllegalStateException("BookingUpdate." + field + " is required");
      }
    }
  }
}
