package dev.gradiant.sdk.realtime;

/** Where the live feed's connection is. */
public enum ConnectionState {
  /** Not connected yet: the feed connects at the first subscription or message. */
  IDLE,
  /** Opening the WebSocket and authenticating. */
  CONNECTING,
  /** Authenticated: subscriptions are live. */
  OPEN,
  /** The connection ended; a new one is opened after a wait (see {@link StateChange}). */
  RECONNECTING,
  /** Ended for good: {@link RealtimeFeed#close()}, or a close the feed does not recover from. */
  CLOSED
}
