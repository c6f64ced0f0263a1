package dev.gradiant.sdk.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A subscriber that requests only what the test tells it to, and records every signal. */
final class TestSubscriber implements Flow.Subscriber<RealtimeEvent> {
  private final long initialRequest;
  private final BlockingQueue<RealtimeEvent> items = new LinkedBlockingQueue<>();
  final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();
  final CompletableFuture<Throwable> error = new CompletableFuture<>();
  final CompletableFuture<Void> completed = new CompletableFuture<>();

  /** How many terminal signals ({@code onComplete}, {@code onError}) arrived. */
  final AtomicInteger ends = new AtomicInteger();

  /** The threads {@code onNext}, {@code onComplete} and {@code onError} ran on, in order. */
  final List<String> threads = new CopyOnWriteArrayList<>();

  TestSubscriber(long initialRequest) {
    this.initialRequest = initialRequest;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription.complete(s);
    if (initialRequest > 0) {
      s.request(initialRequest);
    }
  }

  @Override
  public void onNext(RealtimeEvent item) {
    threads.add(Thread.currentThread().getName());
    items.add(item);
  }

  @Override
  public void onError(Throwable throwable) {
    threads.add(Thread.currentThread().getName());
    ends.incrementAndGet();
    error.complete(throwable);
  }

  @Override
  public void onComplete() {
    threads.add(Thread.currentThread().getName());
    ends.incrementAndGet();
    completed.complete(null);
  }

  void request(long n) {
    subscription.join().request(n);
  }

  /** {@return the next item; fails the test if none arrives within 5 s} */
  RealtimeEvent next() {
    try {
      RealtimeEvent item = items.poll(5, TimeUnit.SECONDS);
      assertThat(item).as("the subscriber received an item").isNotNull();
      return item;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@return the number of items received and not yet taken} */
  int pending() {
    return items.size();
  }
}
