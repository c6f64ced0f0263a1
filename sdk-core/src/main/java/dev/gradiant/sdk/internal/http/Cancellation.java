package dev.gradiant.sdk.internal.http;

import java.util.ArrayList;
import java.util.List;

/**
 * Cancels one logical asynchronous call wherever it stands: the HTTP exchange in flight, a backoff
 * or rate-limit wait, or the attempts still to come. Created per call by {@link RequestExecutor}
 * and carried down the transport chain in {@link HttpRequest#cancellation()}; each layer registers
 * what it would have to stop and checks {@link #isCancelled()} before starting anything new.
 * Thread-safe.
 */
public final class Cancellation {
  private static final Cancellation NONE = new Cancellation(false);
  private static final Runnable NOTHING = () -> {};

  private final boolean cancellable;
  private final List<Runnable> actions = new ArrayList<>();
  private boolean cancelled;

  private Cancellation(boolean cancellable) {
    this.cancellable = cancellable;
  }

  /** {@return a token for a call that can be cancelled} */
  public static Cancellation create() {
    return new Cancellation(true);
  }

  /** {@return the token of a blocking call, which is never cancelled} */
  public static Cancellation none() {
    return NONE;
  }

  /** {@return whether the call was cancelled} */
  public synchronized boolean isCancelled() {
    return cancelled;
  }

  /**
   * Registers what to stop when the call is cancelled; runs it at once if it already was.
   *
   * @param action e.g. {@code okhttpCall::cancel}; must not block
   * @return removes the registration, once the step it stops is over
   */
  public Runnable onCancel(Runnable action) {
    if (!cancellable) {
      return NOTHING;
    }
    synchronized (this) {
      if (!cancelled) {
        actions.add(action);
        return () -> remove(action);
      }
    }
    action.run();
    return NOTHING;
  }

  /** Cancels the call: runs every registered action once; later calls do nothing. */
  public void cancel() {
    List<Runnable> toRun;
    synchronized (this) {
      if (!cancellable || cancelled) {
        return;
      }
      cancelled = true;
      toRun = new ArrayList<>(actions);
      actions.clear();
    }
    toRun.forEach(Runnable::run);
  }

  private synchronized void remove(Runnable action) {
    actions.remove(action);
  }
}
