package dev.gradiant.sdk.internal.realtime;

import dev.gradiant.sdk.realtime.Channel;
import dev.gradiant.sdk.realtime.RealtimeEvent;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One consumer of the feed (a listener or a subscriber) with its bounded buffer, drained on the
 * {@link Delivery} thread, and its position in each durable channel: the {@code seq} of the last
 * event it buffered. It buffers an event only after that position, so no event reaches it twice,
 * and the feed resumes from the lowest position of its consumers after a reconnect.
 *
 * <p>Positions and the overflow mark belong to the feed and change under its lock; the buffer has
 * its own lock, shared with the delivery thread.
 *
 * <p>Once the delivery thread is gone (the feed was closed), what is still buffered is handed over
 * on the thread that asks for it ({@link #scheduleOrDrainHere}), so a subscriber still gets its
 * events and its end; the drain runs on one thread at a time, so the signals stay serial.
 */
abstract class Sink {
  /** What became of an offered event. */
  enum Offer {
    BUFFERED,
    DUPLICATE,
    FULL
  }

  /** A signal that ends the consumer: an error, or completion when {@code error} is null. */
  record End(Throwable error) {}

  /** A buffered event and the channel it came on ({@code null}: none). */
  private static final class Queued {
    final RealtimeEvent event;
    final Channel channel;
    boolean withdrawn;

    Queued(RealtimeEvent event, Channel channel) {
      this.event = event;
      this.channel = channel;
    }
  }

  private final int capacity;
  private final Delivery delivery;
  private final ArrayDeque<Object> buffer = new ArrayDeque<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private int events;
  private boolean ended;
  private Queued inHand;

  /** The seq of the last durable event buffered, per channel (feed's lock). */
  final Map<Channel, Long> positions = new HashMap<>();

  /** Whether a durable event did not fit and the rest wait for the resume (feed's lock). */
  boolean overflowed;

  Sink(int capacity, Delivery delivery) {
    this.capacity = capacity;
    this.delivery = delivery;
  }

  /**
   * Offers an event of the feed (feed's lock held).
   *
   * @param channel the channel it came on, or {@code null}
   * @param seq its {@code seq}, or {@link InboundFrame#NO_SEQ}: with a channel, a durable event
   */
  Offer offer(RealtimeEvent event, Channel channel, long seq, boolean ignorePosition) {
    boolean durable = channel != null && seq != InboundFrame.NO_SEQ;
    if (durable) {
      Long last = positions.get(channel);
      if (!ignorePosition && last != null && seq <= last) {
        return Offer.DUPLICATE;
      }
      if (overflowed) {
        return Offer.FULL;
      }
    }
    synchronized (buffer) {
      if (ended) {
        return Offer.BUFFERED;
      }
      if (events >= capacity) {
        return Offer.FULL;
      }
      buffer.add(new Queued(event, channel));
      events++;
    }
    if (durable) {
      positions.put(channel, seq);
    }
    schedule();
    return Offer.BUFFERED;
  }

  /** Queues a signal that needs no demand and takes no room in the buffer. */
  void signal(Object signal) {
    synchronized (buffer) {
      if (ended) {
        return;
      }
      buffer.add(signal);
    }
    schedule();
  }

  /**
   * Ends the consumer: what is buffered is dropped (but for the signals {@link #keptAtEnd} keeps),
   * then {@code end} is delivered.
   */
  void end(End end) {
    end(end, true);
  }

  /**
   * Ends the consumer after what is buffered: its events, as it wants them, then {@code end}; the
   * feed was closed and nothing is lost.
   */
  void endAfterBuffered(End end) {
    end(end, false);
  }

  /**
   * Ends the consumer at once: what is buffered is dropped, and so is an end still waiting behind
   * it, which {@code end} replaces (the consumer broke a rule, e.g. {@code request(0)}, and must
   * hear of it); nothing happens once an end was handed over. Called on the consumer's thread, so
   * once the delivery thread is gone this thread delivers {@code end}.
   */
  void endNow(End end) {
    synchronized (buffer) {
      if (ended && buffer.stream().noneMatch(End.class::isInstance)) {
        return;
      }
      buffer.removeIf(item -> !keptAtEnd(item));
      events = 0;
      buffer.add(end);
      ended = true;
    }
    scheduleOrDrainHere();
  }

  private void end(End end, boolean dropBuffered) {
    synchronized (buffer) {
      if (ended) {
        return;
      }
      if (dropBuffered) {
        buffer.removeIf(item -> !keptAtEnd(item));
        events = 0;
      }
      buffer.add(end);
      ended = true;
    }
    schedule();
  }

  /**
   * Withdraws every event of {@code channel} not yet handed to the consumer, also one the delivery
   * thread has taken but not handed over yet: the channel was unsubscribed (feed's lock held).
   */
  void withdraw(Channel channel) {
    synchronized (buffer) {
      buffer.removeIf(
          item -> {
            if (item instanceof Queued queued && channel.equals(queued.channel)) {
              events--;
              return true;
            }
            return false;
          });
      if (inHand != null && channel.equals(inHand.channel)) {
        inHand.withdrawn = true;
      }
    }
  }

  /** {@return whether it overflowed and still holds more than half a buffer (feed's lock)} */
  boolean behind() {
    synchronized (buffer) {
      return overflowed && events > capacity / 2;
    }
  }

  /**
   * Hands a drain to the delivery thread; once that is gone, what is buffered waits for {@link
   * #scheduleOrDrainHere} (the feed's calls, under its lock, never call the application).
   */
  void schedule() {
    if (scheduled.compareAndSet(false, true) && !delivery.execute(this::drain)) {
      scheduled.set(false);
    }
  }

  /**
   * Hands a drain to the delivery thread, or, once that is gone, drains on this thread: for the
   * consumer's own calls ({@code request}), never under the feed's lock.
   */
  void scheduleOrDrainHere() {
    if (scheduled.compareAndSet(false, true) && !delivery.execute(this::drain)) {
      drain();
    }
  }

  private void drain() {
    try {
      while (true) {
        Object next;
        synchronized (buffer) {
          next = buffer.peek();
          if (next == null || (next instanceof Queued && !takeDemand())) {
            break;
          }
          buffer.poll();
          if (next instanceof Queued queued) {
            events--;
            inHand = queued;
          }
        }
        if (next instanceof Queued queued) {
          boolean withdrawn;
          synchronized (buffer) {
            withdrawn = queued.withdrawn;
            inHand = null;
          }
          if (withdrawn) {
            giveBackDemand();
            continue;
          }
          next = queued.event;
        }
        deliver(next);
        if (next instanceof End) {
          return;
        }
      }
    } finally {
      scheduled.set(false);
    }
    if (ready()) {
      scheduleOrDrainHere();
    }
    drained();
  }

  private boolean ready() {
    synchronized (buffer) {
      Object next = buffer.peek();
      return next != null && (!(next instanceof Queued) || hasDemand());
    }
  }

  /** {@return whether {@code item}, still buffered, must be delivered before the end} */
  boolean keptAtEnd(Object item) {
    return false;
  }

  /** {@return whether the consumer wants another event, taking one unit of demand if so} */
  abstract boolean takeDemand();

  /** {@return whether the consumer wants another event} */
  abstract boolean hasDemand();

  /** Returns the unit of demand an event took that was withdrawn before it was handed over. */
  abstract void giveBackDemand();

  /** Hands an event or signal to the consumer (delivery thread). */
  abstract void deliver(Object item);

  /** Called on the delivery thread after a drain: the feed may resume after an overflow. */
  abstract void drained();
}
