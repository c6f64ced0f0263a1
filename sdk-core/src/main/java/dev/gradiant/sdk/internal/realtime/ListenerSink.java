package dev.gradiant.sdk.internal.realtime;

import dev.gradiant.sdk.realtime.RealtimeEvent;
import dev.gradiant.sdk.realtime.RealtimeFeed;
import dev.gradiant.sdk.realtime.RealtimeListener;
import dev.gradiant.sdk.realtime.StateChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A {@link RealtimeListener} and its buffer. */
final class ListenerSink extends Sink {
  private static final Logger LOG = LoggerFactory.getLogger(RealtimeFeed.class);

  private final RealtimeListener listener;
  private final FeedEngine feed;

  ListenerSink(RealtimeListener listener, int capacity, Delivery delivery, FeedEngine feed) {
    super(capacity, delivery);
    this.listener = listener;
    this.feed = feed;
  }

  RealtimeListener listener() {
    return listener;
  }

  @Override
  boolean takeDemand() {
    return true;
  }

  @Override
  boolean hasDemand() {
    return true;
  }

  @Override
  void giveBackDemand() {}

  @Override
  void deliver(Object item) {
    try {
      if (item instanceof RealtimeEvent event) {
        listener.onEvent(event);
      } else if (item instanceof StateChange change) {
        listener.onStateChange(change);
      }
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      // an Error too (a failed assertion in the listener): it must not end the delivery thread
      LOG.warn("A realtime listener threw {} (ignored; the feed goes on)", e.getClass().getName());
    }
  }

  @Override
  void drained() {
    feed.consumerDrained();
  }
}
