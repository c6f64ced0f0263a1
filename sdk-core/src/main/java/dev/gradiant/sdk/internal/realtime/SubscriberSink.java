package dev.gradiant.sdk.internal.realtime;

import dev.gradiant.sdk.realtime.RealtimeEvent;
import dev.gradiant.sdk.realtime.RealtimeFeed;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A subscriber of {@link RealtimeFeed#events()}: its buffer, its demand ({@code request(n)}), and
 * the {@link Flow.Subscription} it holds. Every signal reaches it on the delivery thread, {@code
 * onSubscribe} first, one at a time.
 */
final class SubscriberSink extends Sink implements Flow.Subscription {
  private static final Logger LOG = LoggerFactory.getLogger(RealtimeFeed.class);

  /** The first signal. */
  private static final Object START = new Object();

  private final Flow.Subscriber<? super RealtimeEvent> subscriber;
  private final FeedEngine feed;
  private final AtomicLong demand = new AtomicLong();
  private volatile boolean done;

  SubscriberSink(
      Flow.Subscriber<? super RealtimeEvent> subscriber,
      int capacity,
      Delivery delivery,
      FeedEngine feed) {
    super(capacity, delivery);
    this.subscriber = subscriber;
    this.feed = feed;
    signal(START);
  }

  @Override
  public void request(long n) {
    if (done) {
      return;
    }
    if (n <= 0) {
      feed.remove(this);
      endNow(new End(new IllegalArgumentException("request(n) needs n > 0, got " + n)));
      return;
    }
    demand.accumulateAndGet(
        n, (current, more) -> current + more < 0 ? Long.MAX_VALUE : current + more);
    scheduleOrDrainHere();
  }

  @Override
  public void cancel() {
    done = true;
    feed.remove(this);
    end(new End(null));
  }

  /** {@code onSubscribe} comes before any other signal, even when the feed ends first. */
  @Override
  boolean keptAtEnd(Object item) {
    return item == START;
  }

  @Override
  boolean takeDemand() {
    return demand.getAndUpdate(current -> current > 0 ? current - 1 : 0) > 0;
  }

  @Override
  boolean hasDemand() {
    return demand.get() > 0;
  }

  @Override
  void giveBackDemand() {
    demand.accumulateAndGet(
        1, (current, one) -> current == Long.MAX_VALUE ? current : current + one);
  }

  @Override
  void deliver(Object item) {
    if (done && !(item instanceof End)) {
      return;
    }
    try {
      if (item == START) {
        subscriber.onSubscribe(this);
      } else if (item instanceof RealtimeEvent event) {
        subscriber.onNext(event);
      } else if (item instanceof End end) {
        boolean cancelled = done;
        done = true;
        if (cancelled) {
          return;
        }
        if (end.error() == null) {
          subscriber.onComplete();
        } else {
          subscriber.onError(end.error());
        }
      }
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      // Reactive Streams rule 2.13: a subscriber must not throw; treat it as cancelled
      LOG.warn("A realtime subscriber threw {}; it is cancelled", e.getClass().getName());
      cancel();
    }
  }

  @Override
  void drained() {
    feed.consumerDrained();
  }
}
