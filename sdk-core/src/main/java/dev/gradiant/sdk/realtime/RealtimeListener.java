package dev.gradiant.sdk.realtime;

/**
 * Receives the feed's events, for blocking code. Every listener of a client is called on one thread
 * of that client ({@code gradiant-realtime-events}), never on the socket's reader thread: events in
 * the order they arrived, state changes in between where they happened. A listener may block or
 * take its time, and may wait for a future of the feed (they complete on another thread); what
 * arrives meanwhile waits in its buffer (see {@link OverflowPolicy}). What it throws is logged and
 * does not stop the feed.
 */
public interface RealtimeListener {

  /**
   * An event of a subscribed channel.
   *
   * @param event the event
   */
  void onEvent(RealtimeEvent event);

  /**
   * The connection changed state (by default, nothing is done).
   *
   * @param change the new state, and why the last connection ended
   */
  default void onStateChange(StateChange change) {}
}
