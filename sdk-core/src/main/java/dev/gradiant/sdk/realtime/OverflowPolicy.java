package dev.gradiant.sdk.realtime;

/**
 * What happens when a consumer (a {@link RealtimeListener} or a subscriber of {@link
 * RealtimeFeed#events()}) falls behind and its buffer is full.
 */
public enum OverflowPolicy {
  /**
   * The default. The event that did not fit, and every durable event after it, is not buffered for
   * that consumer; the connection is dropped, and a new one is opened once the consumer has worked
   * its buffer down to half, resuming every channel from the last event that consumer received. So
   * a slow consumer costs a reconnect, and misses nothing and sees nothing twice. Ephemeral events
   * ({@link TypingIndicator}, {@link WebrtcSignal}) that do not fit are dropped for that consumer:
   * they are never replayed.
   */
  RECONNECT_AND_RESUME,
  /**
   * A full buffer ends the feed: the connection is closed for good ({@link ConnectionState#CLOSED},
   * {@link CloseReason.Kind#CLIENT_OVERFLOW}), every subscriber gets {@code onError} with a {@link
   * RealtimeOverflowException}, every listener the state change.
   */
  FAIL
}
