package dev.gradiant.sdk.realtime;

/**
 * An event of the live feed. Switch over the permitted types; an event of a type this SDK does not
 * know (or one whose content it could not read) arrives as an {@link UnknownEvent}, never dropped
 * and never thrown.
 */
public sealed interface RealtimeEvent
    permits BookingUpdate,
        ChatMessage,
        TypingIndicator,
        WebrtcSignal,
        ResyncRequired,
        FeedError,
        UnknownEvent {

  /** {@return the wire {@code type}, e.g. {@code booking_update}} */
  String type();
}
