package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.function.Function;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * One GraphQL subscription of a {@link GraphqlSocket}: the source its root field returns (a {@link
 * Flow.Publisher} of the channel's events in GraphQL's shape, fed by the {@link FeedHub}), and the
 * subscriber of graphql-java's results, each sent as a {@code next} with {@code
 * extensions.realtime} = {@code {channel, seq, id}} of its event. Everything runs on the thread
 * that publishes (holding the store's monitor, then the hub's), so results go out in order.
 */
final class GraphqlStream implements Flow.Publisher<Object>, Flow.Subscription, FeedHub.Subscriber {
  private final GraphqlSocket socket;
  private final String id;
  private final Long resumeFrom;
  private final FeedHub hub;
  private final ArrayDeque<Object> waiting = new ArrayDeque<>();
  private final ArrayDeque<ObjectNode> positions = new ArrayDeque<>();
  private String channel;
  private Function<ObjectNode, Object> shape;
  private Flow.Subscriber<? super Object> source;
  private Subscription results;
  private long demand;
  private boolean cancelled;

  GraphqlStream(GraphqlSocket socket, String id, Long resumeFrom, FeedHub hub) {
    this.socket = socket;
    this.id = id;
    this.resumeFrom = resumeFrom;
    this.hub = hub;
  }

  /** {@return the user the socket acts for} */
  String userId() {
    return socket.userId();
  }

  /**
   * The root field's value: this stream, following {@code channel} once graphql-java subscribes.
   *
   * @param channel the feed channel
   * @param shape turns an event's frame into the field's value
   * @return this stream
   */
  synchronized Flow.Publisher<Object> follow(String channel, Function<ObjectNode, Object> shape) {
    this.channel = channel;
    this.shape = shape;
    return this;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super Object> subscriber) {
    synchronized (this) {
      source = subscriber;
    }
    subscriber.onSubscribe(this);
    // not under this stream's monitor: the hub's comes first (it calls event() holding it)
    hub.follow(this, channel, resumeFrom, this::resync);
  }

  @Override
  public synchronized void request(long n) {
    demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
    while (demand > 0 && !waiting.isEmpty()) {
      demand--;
      source.onNext(waiting.poll());
    }
  }

  @Override
  public void cancel() {
    synchronized (this) {
      cancelled = true;
    }
    hub.unfollow(this, channel);
  }

  @Override
  public synchronized void event(ObjectNode frame, String text) {
    if (cancelled || source == null) {
      return;
    }
    ObjectNode realtime = Json.object();
    realtime.put("channel", frame.get("channel").asText());
    realtime.put("seq", frame.get("seq").asLong());
    realtime.put("id", frame.get("id").asText());
    positions.add(realtime);
    Object value = shape.apply((ObjectNode) frame.get("data"));
    if (demand > 0 && waiting.isEmpty()) {
      demand--;
      source.onNext(value);
    } else {
      waiting.add(value);
    }
  }

  private void resync(long seq) {
    ObjectNode payload = Json.object();
    payload.putNull("data");
    payload
        .putObject("extensions")
        .putObject("realtime")
        .put("channel", channel)
        .put("seq", seq)
        .put("resyncRequired", true);
    socket.next(id, payload);
  }

  /** Stops following the channel and graphql-java's results (client {@code complete}, close). */
  void stop() {
    cancel();
    Subscription current;
    synchronized (this) {
      current = results;
    }
    if (current != null) {
      current.cancel();
    }
  }

  /** {@return the subscriber of graphql-java's results, sending each as a {@code next}} */
  Subscriber<Object> results() {
    return new Subscriber<>() {
      @Override
      public void onSubscribe(Subscription subscription) {
        synchronized (GraphqlStream.this) {
          results = subscription;
        }
        subscription.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(Object item) {
        ExecutionResult result = (ExecutionResult) item;
        ObjectNode payload = Json.object();
        payload.set("data", Json.valueOf(result.getData()));
        if (!result.getErrors().isEmpty()) {
          ArrayNode errors = payload.putArray("errors");
          for (GraphQLError error : result.getErrors()) {
            errors.add(GraphqlApi.error(error, true));
          }
        }
        ObjectNode position;
        synchronized (GraphqlStream.this) {
          position = positions.poll();
        }
        if (position != null) {
          payload.putObject("extensions").set("realtime", position);
        }
        socket.next(id, payload);
      }

      @Override
      public void onError(Throwable failure) {
        socket.failed(id, Map.of("message", "The subscription failed", "code", "INTERNAL_ERROR"));
      }

      @Override
      public void onComplete() {
        socket.completed(id);
      }
    };
  }
}
