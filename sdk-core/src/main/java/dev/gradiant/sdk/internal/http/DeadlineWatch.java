package dev.gradiant.sdk.internal.http;

import java.util.Comparator;
import java.util.TreeSet;
import okhttp3.Call;

/**
 * Cancels OkHttp calls that outlive their time limit, with one daemon thread per client.
 *
 * <p>OkHttp's own call timeout wakes its watchdog thread for nearly every call when calls run one
 * after another (each new call becomes the earliest timeout of an empty queue), which costs a third
 * of an in-memory call's throughput. Here the thread sleeps until the earliest limit it knows of
 * and is woken only when a call brings an earlier one: a call that ends is simply forgotten, and
 * the next call's limit, being later, wakes nobody.
 */
final class DeadlineWatch implements AutoCloseable {
  private static final Comparator<Watched> BY_LIMIT =
      Comparator.comparingLong((Watched w) -> w.limitNanos).thenComparingLong(w -> w.sequence);

  private final TreeSet<Watched> watched = new TreeSet<>(BY_LIMIT);
  private long sequence;
  private long wakeAtNanos;
  private boolean sleepingWithoutLimit = true;
  private Thread thread;
  private boolean closed;

  /** One call under watch. */
  static final class Watched {
    private final Call call;
    private final long limitNanos;
    private final long sequence;
    private volatile boolean expired;

    private Watched(Call call, long limitNanos, long sequence) {
      this.call = call;
      this.limitNanos = limitNanos;
      this.sequence = sequence;
    }

    /** {@return whether the watch cancelled the call because its time was up} */
    boolean expired() {
      return expired;
    }
  }

  /**
   * Watches {@code call} until {@link #forget} or until {@code timeoutNanos} have passed, when it
   * is cancelled.
   */
  synchronized Watched watch(Call call, long timeoutNanos) {
    Watched entry = new Watched(call, System.nanoTime() + timeoutNanos, sequence++);
    if (closed) {
      return entry;
    }
    watched.add(entry);
    if (thread == null) {
      thread = new Thread(this::run, "gradiant-deadlines");
      thread.setDaemon(true);
      thread.start();
    } else if (sleepingWithoutLimit || entry.limitNanos - wakeAtNanos < 0) {
      notifyAll();
    }
    return entry;
  }

  /** Stops watching a call that ended. */
  synchronized void forget(Watched entry) {
    watched.remove(entry);
  }

  private synchronized void run() {
    while (!closed) {
      long now = System.nanoTime();
      while (!watched.isEmpty() && watched.first().limitNanos - now <= 0) {
        Watched overdue = watched.pollFirst();
        overdue.expired = true;
        overdue.call.cancel();
      }
      try {
        if (watched.isEmpty()) {
          sleepingWithoutLimit = true;
          wait();
        } else {
          sleepingWithoutLimit = false;
          wakeAtNanos = watched.first().limitNanos;
          long millis = Math.max(1, (wakeAtNanos - now + 999_999) / 1_000_000);
          wait(millis);
        }
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  @Override
  public synchronized void close() {
    closed = true;
    watched.clear();
    notifyAll();
  }
}
