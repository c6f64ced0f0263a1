package dev.gradiant.sdk.internal.graphql;

/**
 * The close codes of {@code graphql-transport-ws} and RFC 6455 in one place: what each means and
 * what the SDK does after it. The protocol's codes that report a client bug ({@code 4400}, {@code
 * 4409}, {@code 4429}) or a refusal ({@code 4403}, {@code 4406}) end the subscriptions; those of a
 * passing failure reconnect with backoff, as the live feed does.
 */
public final class GqlCloseCodes {
  /** What the engine does after a close. */
  public enum Action {
    /** Never reconnect: the subscriptions end. */
    STOP,
    /** Reconnect at once (with up to 1 s of jitter). */
    AT_ONCE,
    /** Exponential backoff from 0.5 s. */
    BACKOFF,
    /** Exponential backoff from 5 s. */
    BACKOFF_FROM_5S,
    /** Renew renewable credentials and reconnect once; otherwise stop. */
    RENEW_ONCE
  }

  /**
   * A code's meaning and the action.
   *
   * @param kind what the code means
   * @param action what the engine does
   */
  public record Rule(CloseKind kind, Action action) {}

  /** The code OkHttp and the engine report for a connection lost without a close frame. */
  public static final int ABNORMAL = 1006;

  /** The code the client closes with when {@code connection_ack} does not come in time. */
  public static final int ACK_TIMEOUT = 4504;

  /** The code the client closes with when the server breaks the protocol. */
  public static final int BAD_REQUEST = 4400;

  /** The code the client closes with when the server does not speak the subprotocol. */
  public static final int SUBPROTOCOL_NOT_ACCEPTABLE = 4406;

  private GqlCloseCodes() {}

  /**
   * @param code a close code
   * @return its rule
   */
  public static Rule of(int code) {
    return switch (code) {
      case 1000 -> new Rule(CloseKind.NORMAL, Action.STOP);
      case 1001 -> new Rule(CloseKind.GOING_AWAY, Action.AT_ONCE);
      case 1002, 1003, 1007 -> new Rule(CloseKind.PROTOCOL_ERROR, Action.STOP);
      case 1008 -> new Rule(CloseKind.POLICY_VIOLATION, Action.STOP);
      case ABNORMAL -> new Rule(CloseKind.NETWORK, Action.BACKOFF);
      case 1009 -> new Rule(CloseKind.MESSAGE_TOO_BIG, Action.BACKOFF);
      case 1011, 4500 -> new Rule(CloseKind.SERVER_ERROR, Action.BACKOFF);
      case 1012 -> new Rule(CloseKind.SERVICE_RESTART, Action.BACKOFF);
      case 1013 -> new Rule(CloseKind.TRY_AGAIN_LATER, Action.BACKOFF_FROM_5S);
      case BAD_REQUEST -> new Rule(CloseKind.BAD_REQUEST, Action.STOP);
      case 4401 -> new Rule(CloseKind.UNAUTHORIZED, Action.RENEW_ONCE);
      case 4403 -> new Rule(CloseKind.FORBIDDEN, Action.STOP);
      case SUBPROTOCOL_NOT_ACCEPTABLE ->
          new Rule(CloseKind.SUBPROTOCOL_NOT_ACCEPTABLE, Action.STOP);
      case 4408 -> new Rule(CloseKind.INIT_TIMEOUT, Action.BACKOFF);
      case 4409 -> new Rule(CloseKind.SUBSCRIBER_ALREADY_EXISTS, Action.STOP);
      case 4429 -> new Rule(CloseKind.TOO_MANY_INIT_REQUESTS, Action.STOP);
      case 4499 -> new Rule(CloseKind.TERMINATED, Action.BACKOFF);
      case ACK_TIMEOUT -> new Rule(CloseKind.ACK_TIMEOUT, Action.BACKOFF);
      default -> new Rule(CloseKind.UNKNOWN, Action.BACKOFF);
    };
  }
}
