package dev.gradiant.sdk.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.errors.GradiantException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records what a GraphQL subscription's consumer is called with, and on which threads: as a
 * listener, or as a {@code Flow.Subscriber} that requests only what the test says.
 */
final class EventLog<T>
    implements GraphqlSubscriptionListener<T>, Flow.Subscriber<GraphqlEvent<T>> {
  private final BlockingQueue<GraphqlEvent<T>> events = new LinkedBlockingQueue<>();
  private final long initialRequest;
  final List<String> threads = new CopyOnWriteArrayList<>();
  final CompletableFuture<Void> completed = new CompletableFuture<>();
  final CompletableFuture<Throwable> error = new CompletableFuture<>();
  final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();

  /** How many terminal signals ({@code onComplete}, {@code onError}) arrived. */
  final AtomicInteger ends = new AtomicInteger();

  /** A listener (or a subscriber that wants everything). */
  EventLog() {
    this(Long.MAX_VALUE);
  }

  /** A subscriber that requests {@code initialRequest} at first. */
  EventLog(long initialRequest) {
    this.initialRequest = initialRequest;
  }

  @Override
  public void onEvent(GraphqlEvent<T> event) {
    threads.add(Thread.currentThread().getName());
    events.add(event);
  }

  @Override
  public void onComplete() {
    threads.add(Thread.currentThread().getName());
    ends.incrementAndGet();
    completed.complete(null);
  }

  @Override
  public void onError(GradiantException failure) {
    threads.add(Thread.currentThread().getName());
    ends.incrementAndGet();
    error.complete(failure);
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription.complete(s);
    if (initialRequest > 0) {
      s.request(initialRequest);
    }
  }

  @Override
  public void onNext(GraphqlEvent<T> item) {
    onEvent(item);
  }

  @Override
  public void onError(Throwable failure) {
    threads.add(Thread.currentThread().getName());
    ends.incrementAndGet();
    error.complete(failure);
  }

  void request(long n) {
    subscription.join().request(n);
  }

  /** {@return the next event; fails the test if none arrives within 5 s} */
  GraphqlEvent<T> next() {
    try {
      GraphqlEvent<T> event = events.poll(5, TimeUnit.SECONDS);
      assertThat(event).as("the consumer received an event").isNotNull();
      return event;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@return the events received and not yet taken} */
  List<GraphqlEvent<T>> pending() {
    return List.copyOf(events);
  }

  /** {@return the error the subscription ended with; fails the test if none within 5 s} */
  Throwable awaitError() {
    return await(error, "an error");
  }

  /** Waits (5 s at most) for the completion. */
  void awaitComplete() {
    await(completed, "the completion");
  }

  private static <V> V await(CompletableFuture<V> future, String what) {
    try {
      return future.get(5, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("the consumer did not receive " + what, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
