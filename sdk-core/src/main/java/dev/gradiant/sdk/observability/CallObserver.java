package dev.gradiant.sdk.observability;

/**
 * Watches the client's calls, for traces, metrics or an audit trail; registered with {@link
 * dev.gradiant.sdk.GradiantClientBuilder#addObserver}. Every method does nothing by default:
 * implement the ones you need.
 *
 * <h2>What is reported</h2>
 *
 * For each logical call (one SDK method, one page of a list), in this order:
 *
 * <ol>
 *   <li>{@link #onCallStart} once, when the request is made (arguments checked, body written);
 *   <li>for each attempt sent: {@link #onAttemptStart}, then {@link #onAttemptResponse} (any
 *       status) or {@link #onAttemptFailure} (no answer); then, if the client retries, {@link
 *       #onRetryScheduled} before it waits;
 *   <li>{@link #onCallEnd} once, after the last of the above, with the outcome the caller sees.
 * </ol>
 *
 * An attempt that is refused before it is sent (its credentials could not be obtained, or the
 * rate-limit budget is spent for longer than the call may wait) has no attempt events: its retry,
 * or the call's end, reports it. A call refused for the caller's own mistake (an invalid argument)
 * before its request is made reports nothing.
 *
 * <h2>What is never reported</h2>
 *
 * No body, no header value (but for the request id and the rate-limit budget), no credential, no
 * query value, no filled path (ids can be personal data), no exception message: the events are as
 * safe to export as the SDK's own log lines.
 *
 * <h2>Order and threads</h2>
 *
 * Observers are called in the order they were added, each callback to every observer before the
 * call goes on. The callbacks of one call never run at the same time, and each sees what the ones
 * before it kept on the {@link CallContext} and {@link AttemptContext}. A blocking call runs every
 * callback on the caller's thread. An asynchronous call ({@code client.async()}) runs {@link
 * #onCallStart} and usually its first {@link #onAttemptStart} on the caller's thread (so an
 * observer can read the caller's context there, a tracing observer its current span); the others
 * run on the client's threads: OkHttp's dispatcher for attempt outcomes (the client's {@code
 * gradiant-async-completion} pool for an attempt its deadline ended), the client's scheduler for
 * attempts after a wait, and the thread that completes the caller's future (see {@code
 * asyncExecutor}) for {@link #onCallEnd}. A cancelled call ends once its attempt in flight has
 * stopped.
 *
 * <p>Read an event inside its callback and keep the values you need, not the event: the SDK may
 * hand the same object to a later callback of the same call (an attempt's start is also its
 * response or failure, a call's start also its end), which then reads as the later event.
 *
 * <p><b>Callbacks must be quick and must not block</b>: they run on the call's path, and on threads
 * shared by every call of the client. Hand slow work (exporting, writing) to your own thread.
 *
 * <h2>Failures</h2>
 *
 * What a callback throws is caught: it never changes the call, nor stops the other observers. It is
 * logged at {@code WARN} on the {@code dev.gradiant.sdk.observability} logger with the observer's
 * class, the callback and the exception's type (not its message), at most once a minute per
 * observer.
 */
public interface CallObserver {

  /**
   * A call is starting.
   *
   * @param event the call
   */
  default void onCallStart(CallStart event) {}

  /**
   * An attempt is about to be sent; the observer may add headers to it ({@link
   * AttemptStart#setHeader}).
   *
   * @param event the attempt
   */
  default void onAttemptStart(AttemptStart event) {}

  /**
   * An attempt was answered, whatever the status.
   *
   * @param event the status, timing, request id and rate-limit budget
   */
  default void onAttemptResponse(AttemptResponse event) {}

  /**
   * An attempt ended without an answer.
   *
   * @param event the failure's type and timing
   */
  default void onAttemptFailure(AttemptFailure event) {}

  /**
   * The call will be retried after a wait.
   *
   * @param event why, and how long the wait is
   */
  default void onRetryScheduled(RetryScheduled event) {}

  /**
   * The call ended.
   *
   * @param event the outcome, total duration and attempts
   */
  default void onCallEnd(CallEnd event) {}
}
