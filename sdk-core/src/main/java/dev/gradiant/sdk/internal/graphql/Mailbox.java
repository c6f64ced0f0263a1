package dev.gradiant.sdk.internal.graphql;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One consumer's bounded buffer: results wait here until the consumer wants them (a listener always
 * does; a {@code Flow.Subscriber} as many as it {@code request}ed), and are handed to it on the
 * {@link DeliveryThread}, in order, one at a time. Signals ({@code onSubscribe}, the end) take no
 * room and need no demand, but keep their place in the order: an end comes after the results
 * buffered before it. A full buffer refuses a result: the caller applies the overflow policy.
 *
 * <p>Once the delivery thread is gone (the client was closed), what is still buffered is handed
 * over on the thread that {@link #request}s it, so a subscriber still gets its results and its end;
 * the drain runs on one thread at a time, so the signals stay serial.
 */
public final class Mailbox {
  /** What the buffer hands its items to, on the delivery thread. */
  public interface Target {
    /**
     * @param item a result or a signal, as offered
     * @param result whether it is a result (it took one unit of demand)
     */
    void deliver(Object item, boolean result);

    /** Called after a drain: the buffer may have room again. */
    void drained();
  }

  /** An item and whether it is a result. */
  private record Item(Object value, boolean result) {}

  private final int capacity;
  private final DeliveryThread thread;
  private final Target target;
  private final boolean unbounded;
  private final ArrayDeque<Item> items = new ArrayDeque<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private int results;
  private long demand;
  private boolean ended;
  private Item end;

  /**
   * @param capacity how many results it holds
   * @param thread where they are delivered
   * @param target who receives them
   * @param unbounded whether the consumer wants every result (a listener) or asks by demand
   */
  public Mailbox(int capacity, DeliveryThread thread, Target target, boolean unbounded) {
    this.capacity = capacity;
    this.thread = thread;
    this.target = target;
    this.unbounded = unbounded;
  }

  /**
   * Buffers a result, unless the buffer is full or ended.
   *
   * @param result the result
   * @return whether it was buffered (or the consumer is gone and it does not matter)
   */
  public boolean offer(Object result) {
    synchronized (items) {
      if (ended) {
        return true;
      }
      if (results >= capacity) {
        return false;
      }
      items.add(new Item(result, true));
      results++;
    }
    schedule();
    return true;
  }

  /**
   * Buffers a result even when the buffer is full: for the few a consumer must not miss (the notice
   * that updates were missed).
   *
   * @param result the result
   */
  public void force(Object result) {
    synchronized (items) {
      if (ended) {
        return;
      }
      items.add(new Item(result, true));
      results++;
    }
    schedule();
  }

  /**
   * Queues a signal after what is buffered.
   *
   * @param signal the signal
   */
  public void signal(Object signal) {
    synchronized (items) {
      if (ended) {
        return;
      }
      items.add(new Item(signal, false));
    }
    schedule();
  }

  /**
   * Queues the last signal; nothing is buffered after it.
   *
   * @param end the end signal
   * @param dropResults whether the results still buffered are dropped first
   */
  public void end(Object end, boolean dropResults) {
    synchronized (items) {
      if (ended) {
        return;
      }
      if (dropResults) {
        items.removeIf(Item::result);
        results = 0;
      }
      this.end = new Item(end, false);
      items.add(this.end);
      ended = true;
    }
    schedule();
  }

  /**
   * Ends at once: what is buffered is dropped, and so is an end still waiting behind it, which
   * {@code end} replaces (the consumer broke a rule, e.g. {@code request(0)}, and must hear of it);
   * nothing happens once an end was handed over. Called on the consumer's thread, so once the
   * delivery thread is gone this thread delivers {@code end}.
   *
   * @param end the end signal
   */
  public void endNow(Object end) {
    synchronized (items) {
      if (ended && !items.contains(this.end)) {
        return;
      }
      items.removeIf(item -> item.result() || item == this.end);
      results = 0;
      this.end = new Item(end, false);
      items.add(this.end);
      ended = true;
    }
    scheduleOrDrainHere();
  }

  /**
   * Drops everything buffered and takes nothing more (the consumer cancelled).
   *
   * @param keep a signal still to deliver first (e.g. {@code onSubscribe}), or {@code null}
   */
  public void discard(Object keep) {
    synchronized (items) {
      items.removeIf(item -> item.value() != keep);
      results = 0;
      ended = true;
    }
    schedule();
  }

  /**
   * Adds demand ({@code Flow.Subscription.request}); once the delivery thread is gone, the calling
   * thread hands over what is wanted itself. Never call it under the engine's lock.
   *
   * @param n how many more results, positive
   */
  public void request(long n) {
    synchronized (items) {
      demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
    }
    scheduleOrDrainHere();
  }

  /** {@return whether at most half the buffer is used} */
  public boolean halfEmpty() {
    synchronized (items) {
      return results <= capacity / 2;
    }
  }

  // the engine's calls: once the delivery thread is gone, what they queued waits for a request
  private void schedule() {
    if (scheduled.compareAndSet(false, true) && !thread.execute(this::drain)) {
      scheduled.set(false);
    }
  }

  // the consumer's calls, and a drain that finds more to do: once the delivery thread is gone,
  // this thread drains
  private void scheduleOrDrainHere() {
    if (scheduled.compareAndSet(false, true) && !thread.execute(this::drain)) {
      drain();
    }
  }

  private void drain() {
    try {
      while (true) {
        Item next;
        synchronized (items) {
          next = items.peek();
          if (next == null || (next.result() && !unbounded && demand == 0)) {
            break;
          }
          items.poll();
          if (next.result()) {
            results--;
            if (!unbounded) {
              demand--;
            }
          }
        }
        target.deliver(next.value(), next.result());
      }
    } finally {
      scheduled.set(false);
    }
    if (ready()) {
      scheduleOrDrainHere();
    }
    target.drained();
  }

  private boolean ready() {
    synchronized (items) {
      Item next = items.peek();
      return next != null && (!next.result() || unbounded || demand > 0);
    }
  }
}
