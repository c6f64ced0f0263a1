package dev.gradiant.sdk.internal.realtime;

import dev.gradiant.sdk.realtime.RealtimeEvent;
import dev.gradiant.sdk.realtime.RealtimeFeed;
import java.util.Objects;
import java.util.concurrent.Flow;

/**
 * {@link RealtimeFeed#events()}: every subscriber gets the events of every subscribed channel that
 * arrive after it subscribed, as it requests them, through a buffer of its own.
 */
final class EventPublisher implements Flow.Publisher<RealtimeEvent> {
  private final FeedEngine feed;

  EventPublisher(FeedEngine feed) {
    this.feed = feed;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super RealtimeEvent> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    feed.addSubscriber(subscriber);
  }
}
