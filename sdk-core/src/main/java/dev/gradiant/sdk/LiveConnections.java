package dev.gradiant.sdk;

import dev.gradiant.sdk.internal.client.ClientAssembly;
import dev.gradiant.sdk.internal.client.ClientSettings;
import dev.gradiant.sdk.internal.graphql.GraphqlSocketUrl;
import dev.gradiant.sdk.internal.graphql.SubscriptionEngine;
import dev.gradiant.sdk.internal.realtime.DefaultRealtimeFeed;
import dev.gradiant.sdk.internal.realtime.FeedWiring;
import dev.gradiant.sdk.internal.resilience.Scheduler;
import dev.gradiant.sdk.realtime.RealtimeFeed;
import okhttp3.HttpUrl;

/**
 * A client's two WebSocket services, the live feed and the engine of GraphQL subscriptions, each
 * made at its first use (by one thread however many ask at once; the same instance afterwards), so
 * that a client that uses neither loads neither. {@link #close()} closes those that were made and
 * makes none; one first asked for after it is made closed.
 */
final class LiveConnections implements AutoCloseable {
  private final HttpUrl feedUrl;
  private final ClientSettings settings;
  private final Scheduler scheduler;
  private final int bufferCapacity;
  private final boolean failOnOverflow;
  private volatile RealtimeFeed feed;
  private volatile SubscriptionEngine subscriptions;
  private boolean closed;

  /**
   * @param feedUrl the live feed's URL, already checked (GraphQL subscriptions use its root)
   * @param settings the client's checked settings: credentials, clock, jitter, OkHttp client
   * @param scheduler the client's scheduler, the timer of heartbeats and reconnect waits
   * @param bufferCapacity events buffered per consumer
   * @param failOnOverflow whether a full buffer fails the consumer (else it reconnects and resumes)
   */
  LiveConnections(
      HttpUrl feedUrl,
      ClientSettings settings,
      Scheduler scheduler,
      int bufferCapacity,
      boolean failOnOverflow) {
    this.feedUrl = feedUrl;
    this.settings = settings;
    this.scheduler = scheduler;
    this.bufferCapacity = bufferCapacity;
    this.failOnOverflow = failOnOverflow;
  }

  /** {@return the live feed, made now if this is the first call} */
  RealtimeFeed feed() {
    RealtimeFeed made = feed;
    return made != null ? made : makeFeed();
  }

  /** {@return the GraphQL subscription engine, made now if this is the first call} */
  SubscriptionEngine subscriptions() {
    SubscriptionEngine made = subscriptions;
    return made != null ? made : makeSubscriptions();
  }

  /** Closes the feed and the subscription engine (with {@code 1000}) if they were made. */
  @Override
  public void close() {
    RealtimeFeed madeFeed;
    SubscriptionEngine madeSubscriptions;
    synchronized (this) {
      closed = true;
      madeFeed = feed;
      madeSubscriptions = subscriptions;
    }
    if (madeFeed != null) {
      madeFeed.close();
    }
    if (madeSubscriptions != null) {
      madeSubscriptions.close();
    }
  }

  private synchronized RealtimeFeed makeFeed() {
    RealtimeFeed made = feed;
    if (made == null) {
      made = DefaultRealtimeFeed.of(wiring(feedUrl));
      if (closed) {
        made.close();
      }
      feed = made;
    }
    return made;
  }

  private synchronized SubscriptionEngine makeSubscriptions() {
    SubscriptionEngine made = subscriptions;
    if (made == null) {
      made = new SubscriptionEngine(wiring(GraphqlSocketUrl.of(feedUrl)));
      if (closed) {
        made.close();
      }
      subscriptions = made;
    }
    return made;
  }

  private FeedWiring wiring(HttpUrl url) {
    return new FeedWiring(
        url,
        ClientAssembly.webSockets(settings),
        settings.credentials(),
        scheduler,
        settings.clock(),
        settings.jitter(),
        bufferCapacity,
        failOnOverflow);
  }
}
