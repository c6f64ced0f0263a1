package dev.gradiant.sdk.realtime;

import java.util.Objects;

/**
 * A stream of the live feed, named as on the wire: {@code bookings:{userId}}, {@code
 * conversations:{conversationId}} or {@code calls:{bookingId}}. A value: equal when the names are.
 * Events of the server carry the channel they belong to, which may be of a kind this SDK does not
 * know yet.
 */
public final class Channel {
  private static final int MAX_LENGTH = 200;

  private final String name;

  private Channel(String name) {
    this.name = name;
  }

  /**
   * {@code bookings:{userId}}: {@link BookingUpdate}s of the bookings the user takes part in.
   *
   * @param userId the user's id
   * @return the channel
   * @throws IllegalArgumentException if the id is blank or holds a space or a colon
   */
  public static Channel bookings(String userId) {
    return new Channel("bookings:" + id("userId", userId));
  }

  /**
   * {@code conversations:{conversationId}}: {@link ChatMessage}s and {@link TypingIndicator}s.
   *
   * @param conversationId the conversation's id
   * @return the channel
   * @throws IllegalArgumentException if the id is blank or holds a space or a colon
   */
  public static Channel conversation(String conversationId) {
    return new Channel("conversations:" + id("conversationId", conversationId));
  }

  /**
   * {@code calls:{bookingId}}: {@link WebrtcSignal}s between the booking's participants.
   *
   * @param bookingId the booking's id
   * @return the channel
   * @throws IllegalArgumentException if the id is blank or holds a space or a colon
   */
  public static Channel call(String bookingId) {
    return new Channel("calls:" + id("bookingId", bookingId));
  }

  /**
   * A channel by its wire name, as the server names it in its frames: possibly of a kind this SDK
   * does not know yet (the contract lets servers add kinds). Not checked beyond that: to subscribe,
   * prefer {@link #bookings(String)}, {@link #conversation(String)} and {@link #call(String)},
   * which check the id.
   *
   * @param name the wire name, e.g. {@code bookings:user_123}
   * @return the channel
   * @throws IllegalArgumentException if the name is empty
   */
  public static Channel named(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a channel name must not be empty");
    }
    return new Channel(name);
  }

  /** {@return the wire name, e.g. {@code bookings:user_123}} */
  public String name() {
    return name;
  }

  /**
   * {@return whether the channel's events carry a {@code seq} and are replayed after a reconnect}
   * {@code bookings:} and {@code conversations:} channels are (their typing indicators are not);
   * {@code calls:} channels are not.
   */
  public boolean durable() {
    return name.startsWith("bookings:") || name.startsWith("conversations:");
  }

  private static String id(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank() || value.contains(":") || value.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          field + " must be a non-blank id without spaces or colons");
    }
    if (value.length() > MAX_LENGTH - 15) {
      throw new IllegalArgumentException(field + " is longer than the contract allows");
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Channel that && name.equals(that.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** {@return the wire name} */
  @Override
  public String toString() {
    return name;
  }
}
