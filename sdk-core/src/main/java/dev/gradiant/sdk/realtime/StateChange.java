package dev.gradiant.sdk.realtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A change of the feed's {@link ConnectionState}, with why the last connection ended. */
public final class StateChange {
  private final ConnectionState state;
  private final CloseReason closeReason;
  private final Duration reconnectDelay;

  private StateChange(ConnectionState state, CloseReason closeReason, Duration reconnectDelay) {
    this.state = Objects.requireNonNull(state, "state");
    this.closeReason = closeReason;
    this.reconnectDelay = reconnectDelay;
  }

  /**
   * A state change, as the feed reports it (and as a test of an application's listener may need
   * one).
   *
   * @param state the new state
   * @param closeReason why the last connection ended, or {@code null}
   * @param reconnectDelay the wait before the next connection, or {@code null} when unknown
   * @return the state change
   */
  public static StateChange of(
      ConnectionState state, CloseReason closeReason, Duration reconnectDelay) {
    return new StateChange(state, closeReason, reconnectDelay);
  }

  /** {@return the new state} */
  public ConnectionState state() {
    return state;
  }

  /** {@return why the connection ended ({@code RECONNECTING}, {@code CLOSED}); else empty} */
  public Optional<CloseReason> closeReason() {
    return Optional.ofNullable(closeReason);
  }

  /**
   * {@return how long the feed waits before the next connection ({@code RECONNECTING}, when known;
   * empty when it waits for a consumer to catch up or for renewed credentials)}
   */
  public Optional<Duration> reconnectDelay() {
    return Optional.ofNullable(reconnectDelay);
  }

  @Override
  public String toString() {
    return "StateChange["
        + state
        + (closeReason == null ? "" : ", " + closeReason)
        + (reconnectDelay == null ? "" : ", in " + reconnectDelay)
        + "]";
  }
}
