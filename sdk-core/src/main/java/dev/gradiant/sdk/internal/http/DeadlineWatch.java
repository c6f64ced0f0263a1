package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.internal.concurrent.SdkThread;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Call;

/**
 * Cancels OkHttp calls that outlive their time limit, with one daemon thread per client (an {@link
 * SdkThread}: no application code runs on it).
 *
 * <p>OkHttp's own call timeout wakes its watchdog thread for nearly every call when calls run one
 * after another (each new call becomes the earliest timeout of an empty queue), which costs a third
 * of an in-memory call's throughput. Here the thread sleeps until the earliest limit it knows of
 * and is woken only when a call brings an earlier one: a call that ends is simply forgotten, and
 * the next call's limit, being later, wakes nobody.
 *
 * <p>The calls under watch form a doubly linked list in order of their limits. A new call's limit
 * is nearly always the latest (calls of one client share their time limits), so it is linked at the
 * tail without a search, and a call that ends is unlinked in place: no allocation but the entry.
 */
final class DeadlineWatch implements AutoCloseable {
  // The list of calls under watch, earliest limit first; guarded by this.
  private Watched head;
  private Watched tail;
  private long wakeAtNanos;
  private boolean sleepingWithoutLimit = true;
  private Thread thread;
  private boolean closed;

  /** One call under watch. */
  static final class Watched {
    private final Call call;
    private final long limitNanos;
    private final Runnable onExpiry;
    private volatile boolean expired;
    // Links of the list; guarded by the watch. linked: whether the entry is in the list.
    private Watched previous;
    private Watched next;
    private boolean linked;

    private Watched(Call call, long limitNanos, Runnable onExpiry) {
      this.call = call;
      this.limitNanos = limitNanos;
      this.onExpiry = onExpiry;
    }

    /** {@return whether the watch cancelled the call because its time was up} */
    boolean expired() {
      return expired;
    }
  }

  /**
   * Watches {@code call} until {@link #forget} or until {@code timeoutNanos} have passed, when it
   * is cancelled and then {@code onExpiry} runs, on the watch's thread, outside its lock.
   *
   * @param onExpiry what else to do when the time is up: an enqueued call that is still waiting in
   *     OkHttp's dispatcher hears of its cancellation only when its turn comes, so its caller must
   *     be told here; {@code null} for a call executing on the caller's thread, which the
   *     cancellation itself interrupts
   */
  synchronized Watched watch(Call call, long timeoutNanos, Runnable onExpiry) {
    Watched entry = new Watched(call, System.nanoTime() + timeoutNanos, onExpiry);
    if (closed) {
      return entry;
    }
    link(entry);
    if (thread == null) {
      thread = SdkThread.daemon(this::run, "gradiant-deadlines");
      thread.start();
    } else if (sleepingWithoutLimit || entry.limitNanos - wakeAtNanos < 0) {
      notifyAll();
    }
    return entry;
  }

  /** Stops watching a call that ended. */
  synchronized void forget(Watched entry) {
    unlink(entry);
  }

  /** Links {@code entry} after the last entry whose limit is not later than its own. */
  private void link(Watched entry) {
    Watched before = tail;
    while (before != null && before.limitNanos - entry.limitNanos > 0) {
      before = before.previous;
    }
    Watched after = before == null ? head : before.next;
    entry.previous = before;
    entry.next = after;
    if (before == null) {
      head = entry;
    } else {
      before.next = entry;
    }
    if (after == null) {
      tail = entry;
    } else {
      after.previous = entry;
    }
    entry.linked = true;
  }

  private void unlink(Watched entry) {
    if (!entry.linked) {
      return;
    }
    if (entry.previous == null) {
      head = entry.next;
    } else {
      entry.previous.next = entry.next;
    }
    if (entry.next == null) {
      tail = entry.previous;
    } else {
      entry.next.previous = entry.previous;
    }
    entry.previous = null;
    entry.next = null;
    entry.linked = false;
  }

  private void run() {
    List<Watched> overdue = new ArrayList<>();
    while (true) {
      synchronized (this) {
        if (closed) {
          return;
        }
        long now = System.nanoTime();
        while (head != null && head.limitNanos - now <= 0) {
          Watched late = head;
          unlink(late);
          late.expired = true;
          overdue.add(late);
        }
        if (overdue.isEmpty()) {
          try {
            if (head == null) {
              sleepingWithoutLimit = true;
              wait();
            } else {
              sleepingWithoutLimit = false;
              wakeAtNanos = head.limitNanos;
              wait(Math.max(1, (wakeAtNanos - now + 999_999) / 1_000_000));
            }
          } catch (InterruptedException e) {
            return;
          }
          continue;
        }
      }
      // Outside the lock: cancelling takes OkHttp's locks, and onExpiry completes a future whose
      // dependents run here. Those are the SDK's own (the retry decision, logging): the future the
      // application holds is completed on another thread (CompletionExecutor), so no stage of
      // the application can hold back the deadlines of the other calls.
      for (Watched late : overdue) {
        late.call.cancel();
        if (late.onExpiry != null) {
          late.onExpiry.run();
        }
      }
      overdue.clear();
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    while (head != null) {
      unlink(head);
    }
    notifyAll();
  }
}
