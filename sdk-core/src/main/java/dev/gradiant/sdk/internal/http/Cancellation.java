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
  // What to stop: nearly always one step at a time (the exchange in flight, or a wait), held
  // without a list; the list only while more than one is registered.
  private Runnable action;
  private List<Runnable> more;
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
        if (this.action == null) {
          this.action = action;
        } else {
          if (more == null) {
            more = new ArrayList<>();
          }
          more.add(action);
        }
        return () -> remove(action);
      }
    }
    action.run();
    return NOTHING;
  }

  /** Cancels the call: runs every registered action once; later calls do nothing. */
  public void cancel() {
    Runnable first;
    List<Runnable> rest;
    synchronized (this) {
      if (!cancellable || cancelled) {
        return;
      }
      cancelled = true;
      first = action;
      rest = more;
      action = null;
      more = null;
    }
    if (first != null) {
      first.run();
    }
    if (rest != null) {
      rest.forEach(Runnable::run);
    }
  }

  private synchronized void remove(Runnable registered) {
    if (action == registered) {
      action = more == null || more.isEmpty() ? null : more.remove(0);
    } else if (more != null) {
      more.remove(registered);
    }
  }
}
