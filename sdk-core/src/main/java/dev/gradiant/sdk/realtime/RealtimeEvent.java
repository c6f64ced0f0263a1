package dev.gradiant.sdk.realtime;

/**
 * An event of the live feed: {@link BookingUpdate}, {@link ChatMessage}, {@link TypingIndicator},
 * {@link WebrtcSignal}, {@link ResyncRequired}, {@link FeedError}, or an {@link UnknownEvent} for a
 * type this SDK does not know (or whose content it could not read), never dropped and never thrown.
 *
 * <p><b>More types may be added in a minor release</b> (the server adds event types): test for the
 * types you handle ({@code instanceof}, or a {@code switch} with type patterns) and keep a default
 * branch for the others.
 *
 * <pre>{@code
 * if (event instanceof BookingUpdate update) {
 *   schedule.refresh(update.booking());
 * } else if (event instanceof ChatMessage chat) {
 *   inbox.add(chat.message());
 * } else {
 *   // another type: ignore it, or log event.type()
 * }
 * }</pre>
 */
public interface RealtimeEvent {

  /** {@return the wire {@code type}, e.g. {@code booking_update}} */
  String type();
}
