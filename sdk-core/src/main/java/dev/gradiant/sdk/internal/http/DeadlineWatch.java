package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.internal.concurrent.SdkThread;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Call;

/**
 * Cancels OkHttp calls that outlive their time limit, with one daemon thread per client (an {@link
 * SdkThread}: no application code runs on it).
 *
 * <p>OkHttp's own call timeout wakes its watchdog thread for nearly every call when calls run one
 * after another (each new call becomes the earliest timeout of an empty queue), which costs a third
 * of an in-memory call's throughput. Here the thread sleeps until the earliest limit it knows of
 * and is woken only when a call brings an earlier one (or, to keep the memory of ended calls small,
 * once every {@value #SWEEP_EVERY} calls): a call that ends is simply forgotten.
 *
 * <p>No lock in a call's path, so that the threads of a client never wait for each other here: a
 * call pushes its entry onto a lock-free stack (one compare-and-set) and forgets it by marking it
 * (another); only the watch's thread orders the entries, in a list of its own, drops the forgotten
 * ones and cancels the late ones. An entry is either forgotten or expired, never both: whichever
 * mark comes first stands.
 */
final class DeadlineWatch implements AutoCloseable {
  /** How many new entries at most wait for the watch's thread before it is woken to sweep. */
  static final int SWEEP_EVERY = 1024;

  /** How long the thread sleeps, with no call under watch, after it took calls that had ended. */
  static final long LOOK_AGAIN_NANOS = 1_000_000_000L;

  private static final int WATCHED = 0;
  private static final int FORGOTTEN = 1;
  private static final int EXPIRED = 2;
  private static final AtomicIntegerFieldUpdater<Watched> STATE =
      AtomicIntegerFieldUpdater.newUpdater(Watched.class, "state");

  // The entries pushed since the watch's thread last took them, newest first.
  private final AtomicReference<Watched> pushed = new AtomicReference<>();
  private final AtomicBoolean started = new AtomicBoolean();
  private volatile Thread thread;
  private volatile boolean closed;
  // What the watch's thread sleeps until, published before it sleeps: a call whose limit is
  // earlier wakes it.
  private volatile boolean sleepingWithoutLimit = true;
  private volatile long wakeAtNanos;

  // The entries taken from the stack, earliest limit first: the watch's thread's alone.
  private Watched head;
  private Watched tail;

  /** One call under watch. */
  static final class Watched {
    // Let go of when the call is forgotten: the entry itself may wait on the stack until the watch
    // thread next looks (up to a second, or 1,024 calls), and must not hold the call (its request)
    // or, through onExpiry, the future of an asynchronous call (its response) until then. Read by
    // the watch thread only after it moved the entry to EXPIRED, which forget() then cannot do.
    private Call call;
    private final long limitNanos;
    private Runnable onExpiry;
    private volatile int state = WATCHED;
    // On the stack: the entry pushed before this one, how many entries the stack holds with this
    // one, and the earliest limit among them. Written before the push publishes the entry.
    private Watched below;
    private int depth;
    private long earliestNanos;
    // Links of the watch thread's list.
    private Watched previous;
    private Watched next;

    private Watched(Call call, long limitNanos, Runnable onExpiry) {
      this.call = call;
      this.limitNanos = limitNanos;
      this.onExpiry = onExpiry;
    }

    /** {@return whether the watch cancelled the call because its time was up} */
    boolean expired() {
      return state == EXPIRED;
    }
  }

  /**
   * Watches {@code call} until {@link #forget} or until {@code timeoutNanos} have passed, when it
   * is cancelled and then {@code onExpiry} runs, on the watch's thread.
   *
   * @param onExpiry what else to do when the time is up: an enqueued call that is still waiting in
   *     OkHttp's dispatcher hears of its cancellation only when its turn comes, so its caller must
   *     be told here; {@code null} for a call executing on the caller's thread, which the
   *     cancellation itself interrupts
   */
  Watched watch(Call call, long timeoutNanos, Runnable onExpiry) {
    Watched entry = new Watched(call, System.nanoTime() + timeoutNanos, onExpiry);
    if (closed) {
      return entry;
    }
    push(entry);
    Thread watcher = thread;
    if (watcher == null) {
      start();
    } else if (entry.depth % SWEEP_EVERY == 0
        || sleepingWithoutLimit
        || entry.limitNanos - wakeAtNanos < 0) {
      LockSupport.unpark(watcher);
    }
    return entry;
  }

  /** Stops watching a call that ended; nothing once the watch has cancelled it. */
  void forget(Watched entry) {
    if (STATE.compareAndSet(entry, WATCHED, FORGOTTEN)) {
      entry.call = null;
      entry.onExpiry = null;
    }
  }

  private void push(Watched entry) {
    Watched top;
    do {
      top = pushed.get();
      entry.below = top;
      if (top == null) {
        entry.depth = 1;
        entry.earliestNanos = entry.limitNanos;
      } else {
        entry.depth = top.depth + 1;
        entry.earliestNanos =
            entry.limitNanos - top.earliestNanos < 0 ? entry.limitNanos : top.earliestNanos;
      }
    } while (!pushed.compareAndSet(top, entry));
  }

  private void start() {
    if (started.compareAndSet(false, true)) {
      Thread watcher = SdkThread.daemon(this::run, "gradiant-deadlines");
      thread = watcher;
      watcher.start();
    }
  }

  private void run() {
    List<Watched> overdue = new ArrayList<>();
    while (!closed) {
      // An interrupt (from code that ran here and restored one) would make every park return at
      // once, for ever: the watch takes no interrupts, it ends by close().
      Thread.interrupted();
      boolean tookCalls = takePushed();
      sweepForgotten();
      long now = System.nanoTime();
      while (head != null && head.limitNanos - now <= 0) {
        Watched late = head;
        unlink(late);
        if (STATE.compareAndSet(late, WATCHED, EXPIRED)) {
          overdue.add(late);
        }
      }
      if (!overdue.isEmpty()) {
        // Cancelling takes OkHttp's locks; onExpiry hands the failure of an asynchronous attempt
        // to the client's completion pool (its dependents include the observers, application
        // code), so no application code can hold back the deadlines of the other calls.
        for (Watched late : overdue) {
          late.call.cancel();
          if (late.onExpiry != null) {
            late.onExpiry.run();
          }
        }
        overdue.clear();
        continue;
      }
      sleep(now, tookCalls);
    }
  }

  /**
   * Publishes what the thread sleeps until, then sleeps unless an entry pushed meanwhile has an
   * earlier limit: such a call either is seen here, or sees what was published and wakes the
   * thread. With no call under watch it sleeps without a limit, woken by the next call; but while
   * calls come (some were taken this round), only for {@link #LOOK_AGAIN_NANOS}, so that a stream
   * of short calls, each ended before the thread sees it, does not wake it for every call.
   */
  private void sleep(long now, boolean tookCalls) {
    long wakeAt = 0;
    boolean withoutLimit = false;
    if (head != null) {
      wakeAt = head.limitNanos;
    } else if (tookCalls) {
      wakeAt = now + LOOK_AGAIN_NANOS;
    } else {
      withoutLimit = true;
    }
    if (!withoutLimit) {
      wakeAtNanos = wakeAt;
    }
    sleepingWithoutLimit = withoutLimit;
    Watched top = pushed.get();
    if (top != null && (withoutLimit || top.earliestNanos - wakeAt < 0)) {
      return;
    }
    if (withoutLimit) {
      LockSupport.park(this);
    } else {
      LockSupport.parkNanos(this, wakeAt - now);
    }
  }

  /**
   * Moves the pushed entries still watched into the list, oldest first.
   *
   * @return whether any entry had been pushed
   */
  private boolean takePushed() {
    Watched newest = pushed.getAndSet(null);
    boolean took = newest != null;
    Watched oldest = null;
    while (newest != null) {
      Watched below = newest.below;
      newest.below = oldest;
      oldest = newest;
      newest = below;
    }
    for (Watched entry = oldest; entry != null; ) {
      Watched after = entry.below;
      entry.below = null;
      if (entry.state == WATCHED) {
        link(entry);
      }
      entry = after;
    }
    return took;
  }

  private void sweepForgotten() {
    for (Watched entry = head; entry != null; ) {
      Watched after = entry.next;
      if (entry.state != WATCHED) {
        unlink(entry);
      }
      entry = after;
    }
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
  }

  private void unlink(Watched entry) {
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
  }

  /** {@return the watch's thread, {@code null} until the first call is watched} For tests. */
  Thread watchThread() {
    return thread;
  }

  @Override
  public void close() {
    closed = true;
    Thread watcher = thread;
    if (watcher != null) {
      LockSupport.unpark(watcher);
    }
  }
}
