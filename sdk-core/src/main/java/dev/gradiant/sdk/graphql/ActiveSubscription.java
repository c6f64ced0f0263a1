package dev.gradiant.sdk.graphql;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.graphql.GraphqlCloseReason.Kind;
import dev.gradiant.sdk.internal.graphql.CloseKind;
import dev.gradiant.sdk.internal.graphql.Mailbox;
import dev.gradiant.sdk.internal.graphql.SubscriptionEngine;
import dev.gradiant.sdk.internal.graphql.SubscriptionOperation;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One GraphQL subscription and its one consumer (a listener, or a {@code Flow.Subscriber} to which
 * it is the {@link Flow.Subscription}): reads each {@code next} into a {@link GraphqlEvent}, drops
 * a result whose {@code seq} it already delivered, keeps the position to resume from, and buffers
 * events in its {@link Mailbox}. A full buffer pauses the subscription ({@code complete}, then
 * {@code subscribe} with {@code resumeFrom} once half drained), or ends it under {@code FAIL}.
 *
 * <p>The engine calls the {@link SubscriptionOperation} methods under its lock; the consumer is
 * called on the delivery thread.
 *
 * @param <T> the type {@code data} is read as
 */
final class ActiveSubscription<T>
    implements SubscriptionOperation, Mailbox.Target, Flow.Subscription {
  private static final Logger LOG = LoggerFactory.getLogger(GraphqlClient.class);

  /** The first signal of a {@code Flow.Subscriber}. */
  private static final Object START = new Object();

  /** The last signal: completion when {@code error} is null. */
  private record End(Throwable error) {}

  private final SubscriptionEngine engine;
  private final ObjectNode request;
  private final JavaType dataType;
  private final GraphqlSubscriptionListener<T> listener;
  private final Flow.Subscriber<? super GraphqlEvent<T>> subscriber;
  private final Mailbox mailbox;
  private Long position;
  private volatile boolean active = true;
  private volatile boolean cancelled;

  private ActiveSubscription(
      SubscriptionEngine engine,
      ObjectNode request,
      JavaType dataType,
      GraphqlSubscriptionListener<T> listener,
      Flow.Subscriber<? super GraphqlEvent<T>> subscriber) {
    this.engine = engine;
    this.request = request;
    this.dataType = dataType;
    this.listener = listener;
    this.subscriber = subscriber;
    this.mailbox =
        new Mailbox(engine.bufferCapacity(), engine.delivery(), this, subscriber == null);
  }

  /**
   * Starts a subscription whose events go to {@code listener}.
   *
   * @throws IllegalStateException if the client is closed (the listener is not called)
   */
  static <T> ActiveSubscription<T> start(
      SubscriptionEngine engine,
      ObjectNode request,
      JavaType dataType,
      GraphqlSubscriptionListener<T> listener) {
    ActiveSubscription<T> subscription =
        new ActiveSubscription<>(engine, request, dataType, listener, null);
    if (!engine.start(subscription, () -> {})) {
      subscription.active = false;
      throw new IllegalStateException("The client is closed: no subscription can start");
    }
    return subscription;
  }

  /** Starts a subscription whose events go to {@code subscriber}, {@code onSubscribe} first. */
  static <T> void start(
      SubscriptionEngine engine,
      ObjectNode request,
      JavaType dataType,
      Flow.Subscriber<? super GraphqlEvent<T>> subscriber) {
    ActiveSubscription<T> subscription =
        new ActiveSubscription<>(engine, request, dataType, null, subscriber);
    // onSubscribe is queued under the engine's lock, before the subscribe goes out, so it comes
    // before any result; and only when the engine runs, so it is never signalled twice
    if (!engine.start(subscription, () -> subscription.mailbox.signal(START))) {
      // the client is closed and its delivery thread gone: tell the subscriber here, on the
      // caller's thread, onSubscribe first (Reactive Streams rule 1.9)
      subscription.cancelled = true;
      subscription.active = false;
      subscriber.onSubscribe(subscription);
      subscriber.onComplete();
    }
  }

  boolean isActive() {
    return active;
  }

  // ------------------------------------------------------------------ Flow.Subscription

  @Override
  public void request(long n) {
    if (cancelled) {
      return;
    }
    if (n <= 0) {
      // Reactive Streams rule 3.9
      active = false;
      engine.stop(this);
      mailbox.endNow(new End(new IllegalArgumentException("request(n) needs n > 0, got " + n)));
      return;
    }
    mailbox.request(n);
  }

  /** Stops the subscription at the consumer's request; nothing more reaches it. Idempotent. */
  @Override
  public void cancel() {
    if (cancelled) {
      return;
    }
    cancelled = true;
    active = false;
    engine.stop(this);
    mailbox.discard(null);
  }

  // ------------------------------------------------------------------ the engine's calls

  @Override
  public ObjectNode request() {
    return request;
  }

  @Override
  public Long resumeFrom() {
    return position;
  }

  @Override
  public void next(JsonNode payload) {
    JsonNode realtime = payload.path("extensions").path("realtime");
    Long seq = realtime.path("seq").canConvertToLong() ? realtime.get("seq").asLong() : null;
    if (realtime.path("resyncRequired").asBoolean(false)) {
      if (seq != null) {
        position = seq;
      }
      mailbox.force(GraphqlEvent.missed(null));
      return;
    }
    if (seq != null && position != null && seq <= position) {
      LOG.trace("GraphQL subscription dropped seq {}, already delivered", seq);
      return;
    }
    if (!mailbox.offer(SubscriptionResults.read(payload, dataType, seq))) {
      overflowed();
      return;
    }
    if (seq != null) {
      position = seq;
    }
  }

  private void overflowed() {
    if (engine.failOnOverflow()) {
      active = false;
      engine.stop(this);
      GraphqlCloseReason reason =
          new GraphqlCloseReason(1000, "consumer buffer full", Kind.CLIENT_OVERFLOW, false);
      mailbox.end(
          new End(
              new GraphqlSubscriptionException(
                  "A consumer of a GraphQL subscription fell behind: its buffer of "
                      + engine.bufferCapacity()
                      + " results is full (OverflowPolicy.FAIL)",
                  reason)),
          false);
    } else {
      engine.pause(this);
    }
  }

  @Override
  public void failed(JsonNode errors) {
    active = false;
    List<GraphqlError> read = SubscriptionResults.errors(errors);
    if (read.isEmpty()) {
      read =
          List.of(
              new GraphqlError(
                  "The server refused the subscription without saying why",
                  List.of(),
                  List.of(),
                  Map.of()));
    }
    mailbox.end(new End(new GraphqlException(read, null, GraphqlEvent.WEBSOCKET, false)), false);
  }

  @Override
  public void completed() {
    active = false;
    mailbox.end(new End(null), false);
  }

  @Override
  public void resubscribed(boolean resumed, int code, String reason, CloseKind kind) {
    if (!resumed) {
      mailbox.force(
          GraphqlEvent.missed(
              kind == CloseKind.CLIENT_OVERFLOW
                  ? null
                  : new GraphqlCloseReason(code, reason, Kind.valueOf(kind.name()), true)));
    }
  }

  @Override
  public void ended(int code, String reason, CloseKind kind) {
    active = false;
    if (kind == CloseKind.CLIENT_CLOSED) {
      // nothing lost: the results buffered come first (a subscriber's as it requests them, on its
      // requesting thread once the delivery thread is gone), then the completion
      mailbox.end(new End(null), false);
      return;
    }
    GraphqlCloseReason closeReason =
        new GraphqlCloseReason(code, reason, Kind.valueOf(kind.name()), false);
    mailbox.end(
        new End(
            new GraphqlSubscriptionException(
                "The GraphQL subscription ended: " + closeReason, closeReason)),
        false);
  }

  // ------------------------------------------------------------------ the delivery thread

  @Override
  @SuppressWarnings("unchecked")
  public void deliver(Object item, boolean result) {
    if (item != START && cancelled) {
      return;
    }
    try {
      if (item == START) {
        subscriber.onSubscribe(this);
      } else if (result) {
        GraphqlEvent<T> event = (GraphqlEvent<T>) item;
        if (listener != null) {
          listener.onEvent(event);
        } else {
          subscriber.onNext(event);
        }
      } else if (item instanceof End end) {
        active = false;
        finish(end.error());
      }
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      if (listener != null) {
        LOG.warn("A GraphQL subscription listener threw {} (ignored)", e.getClass().getName());
      } else {
        // Reactive Streams rule 2.13: a subscriber must not throw; treat it as cancelled
        LOG.warn("A GraphQL subscriber threw {}; it is cancelled", e.getClass().getName());
        cancel();
      }
    }
  }

  private void finish(Throwable error) {
    if (listener != null) {
      if (error == null) {
        listener.onComplete();
      } else {
        listener.onError((dev.gradiant.sdk.errors.GradiantException) error);
      }
    } else if (error == null) {
      subscriber.onComplete();
    } else {
      subscriber.onError(error);
    }
  }

  @Override
  public void drained() {
    if (active && !cancelled && mailbox.halfEmpty()) {
      engine.resume(this);
    }
  }
}
