package dev.gradiant.sdk.internal.realtime;

import dev.gradiant.sdk.realtime.CloseReason.Kind;

/**
 * The contract's {@code x-close-codes}, in one place: what each close code means and what the feed
 * does after it. Codes the contract does not list: RFC 6455's meaning for 1000–2999, anything else
 * {@link Kind#UNKNOWN} with backoff.
 */
final class CloseCodes {
  /** What the feed does after a close. */
  enum Action {
    /** Never reconnect. */
    STOP,
    /** Reconnect at once (with up to 1 s of jitter). */
    AT_ONCE,
    /** Exponential backoff from 0.5 s. */
    BACKOFF,
    /** Exponential backoff from 5 s. */
    BACKOFF_FROM_5S,
    /** Renew renewable credentials and reconnect once; otherwise stop. */
    RENEW_ONCE,
    /** After the {@code retryAfter} of the server's last {@code error}, else backoff. */
    AFTER_RETRY_AFTER
  }

  /** A code's meaning and the feed's action. */
  record Rule(Kind kind, Action action) {}

  /** The code OkHttp and the feed report for a connection lost without a close frame. */
  static final int ABNORMAL = 1006;

  /**
   * The code the client closes with when the server breaks the contract (RFC 6455's protocol
   * error); the client then reconnects with backoff, unlike after receiving it.
   */
  static final int PROTOCOL_ERROR = 1002;

  private CloseCodes() {}

  static Rule of(int code) {
    return switch (code) {
      case 1000 -> new Rule(Kind.NORMAL, Action.STOP);
      case 1001 -> new Rule(Kind.GOING_AWAY, Action.AT_ONCE);
      case 1002, 1003, 1007 -> new Rule(Kind.PROTOCOL_ERROR, Action.STOP);
      case 1008 -> new Rule(Kind.POLICY_VIOLATION, Action.STOP);
      case 1006 -> new Rule(Kind.NETWORK, Action.BACKOFF);
      case 1009 -> new Rule(Kind.MESSAGE_TOO_BIG, Action.BACKOFF);
      case 1011, 4500 -> new Rule(Kind.SERVER_ERROR, Action.BACKOFF);
      case 1012 -> new Rule(Kind.SERVICE_RESTART, Action.BACKOFF);
      case 1013 -> new Rule(Kind.TRY_AGAIN_LATER, Action.BACKOFF_FROM_5S);
      case 4400 -> new Rule(Kind.BAD_REQUEST, Action.STOP);
      case 4401 -> new Rule(Kind.UNAUTHORIZED, Action.RENEW_ONCE);
      case 4403 -> new Rule(Kind.FORBIDDEN, Action.STOP);
      case 4408 -> new Rule(Kind.TIMEOUT, Action.BACKOFF);
      case 4413 -> new Rule(Kind.SLOW_CONSUMER, Action.BACKOFF);
      case 4429 -> new Rule(Kind.RATE_LIMITED, Action.AFTER_RETRY_AFTER);
      default -> new Rule(Kind.UNKNOWN, Action.BACKOFF);
    };
  }
}
