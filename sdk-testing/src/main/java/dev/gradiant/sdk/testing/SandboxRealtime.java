package dev.gradiant.sdk.testing;

import dev.gradiant.sdk.testing.internal.FeedServer;
import java.time.Duration;

/**
 * Test knobs of a sandbox's live feed ({@link GradiantSandbox#realtime()}). The feed is served from
 * the same state as REST: a booking created, changed or cancelled through REST (or a practitioner,
 * or a payment) is a {@code booking_update} on {@code bookings:{userId}}, and a message posted to
 * {@code /conversations/{id}/messages} is a {@code message} on {@code conversations:{id}}. Each
 * channel keeps its last 1,000 events for {@code resumeFrom}, so a client that reconnects misses
 * nothing.
 *
 * <p>The sandbox's one port, beside REST, the feed and GraphQL over HTTP, serves GraphQL
 * subscriptions ({@code /v1/graphql}, subprotocol {@code graphql-transport-ws}): {@code
 * bookingUpdates(userId)} follows {@code bookings:{userId}} and {@code
 * messageAdded(conversationId)} follows {@code conversations:{id}}, each result carrying {@code
 * extensions.realtime} ({@code channel}, {@code seq}, {@code id}) and resumed from {@code
 * extensions.realtime.resumeFrom}; a connection without {@code connection_init} in time ({@link
 * GradiantSandbox.Builder#graphqlInitTimeout(java.time.Duration)}) is closed {@code 4408}. {@link
 * #dropConnections()} and {@link #closeConnections(int)} apply to those connections too.
 */
public final class SandboxRealtime {
  private final FeedServer feed;

  SandboxRealtime(FeedServer feed) {
    this.feed = feed;
  }

  /**
   * Ends every open feed (and GraphQL subscriptions) connection without a close frame, as a lost
   * network would (the client sees {@code 1006}, reconnects after its backoff and resumes from the
   * last event it saw).
   */
  public void dropConnections() {
    feed.dropConnections();
  }

  /**
   * Closes every open feed (and GraphQL subscriptions) connection with a close frame carrying
   * {@code code}, e.g. {@code 1001} (going away), {@code 4401} (unauthorized) or {@code 4500}
   * (server error).
   *
   * @param code a WebSocket close code: 1000 to 4999, not one RFC 6455 reserves (1004-1006, 1015)
   * @throws IllegalArgumentException if {@code code} cannot be sent in a close frame
   */
  public void closeConnections(int code) {
    if (code < 1000 || code >= 5000 || (code >= 1004 && code <= 1006) || code == 1015) {
      throw new IllegalArgumentException("Not a close code a server may send: " + code);
    }
    feed.closeConnections(code);
  }

  /**
   * Holds every frame the sandbox sends on feed and GraphQL subscriptions connections (events,
   * answers, {@code pong}s) from now on, as a stalled network would: the connections stay open and
   * nothing reaches the client until {@link #releaseFrames()}. Server closes are not held. Use it
   * to test what an app shows while updates are late, or its dead-connection detection (a client
   * that pings and gets no {@code pong} in time reconnects).
   */
  public void holdFrames() {
    feed.frames().hold();
  }

  /**
   * Sends the frames held since {@link #holdFrames()}, in the order they were sent, and lets frames
   * through again. A connection that ended meanwhile loses its frames, as on a real network (a
   * client that resumes from its last {@code seq} gets them again on its new connection).
   */
  public void releaseFrames() {
    feed.frames().release();
  }

  /** {@return how many frames are held now (0 unless {@link #holdFrames()} is in effect)} */
  public int heldFrameCount() {
    return feed.frames().waiting();
  }

  /**
   * Waits until at least {@code count} frames are held. A GraphQL subscription's {@code next} is
   * made from the event after the REST call that published it may have answered, so a test that
   * held frames waits here before it looks at what is held or releases it.
   *
   * @param count how many frames, at least 1
   * @param timeout how long to wait at most
   * @return whether that many frames are held (false: {@code timeout} passed first)
   * @throws IllegalArgumentException if {@code count} is below 1 or {@code timeout} is negative
   * @throws IllegalStateException if the thread is interrupted while waiting (its interrupt status
   *     is kept)
   */
  public boolean awaitHeldFrames(int count, Duration timeout) {
    if (count < 1 || timeout.isNegative()) {
      throw new IllegalArgumentException(
          "Needs a count of at least 1 and a timeout not negative, got " + count + ", " + timeout);
    }
    try {
      return feed.frames().awaitWaiting(count, timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for held frames", e);
    }
  }

  /** {@return how many feed connections are open now} */
  public int connectionCount() {
    return feed.connectionCount();
  }

  @Override
  public String toString() {
    return "SandboxRealtime[" + feed.url() + "]";
  }
}
