package dev.gradiant.sdk.pagination;

import dev.gradiant.sdk.internal.concurrent.Futures;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Publishes every item from a first {@link AsyncPage} on, without blocking: the asynchronous
 * sibling of {@link AutoPager}. Items are emitted only as the subscriber requests them ({@link
 * Flow.Subscription#request(long)}); the next page is fetched only when the current one is spent
 * and more items are requested, so one page is held at a time. The stream completes at {@code
 * total}, at an empty page, or before a page that does not move on from the one before it (as
 * {@link AutoPager} does). Cancelling the subscription cancels the request of a page in flight and
 * fetches nothing more. A failed page ends the stream with {@code onError} and the SDK's exception,
 * after the retries of the client's policy.
 *
 * <p>Each subscription starts again from the first page (already in memory) and fetches the
 * following pages anew. Signals to one subscriber never overlap, and may arrive on the thread that
 * called {@code request}, or on the thread that completed a page's request.
 *
 * @param <T> the item type
 */
public final class AsyncAutoPager<T> implements Flow.Publisher<T> {
  private final AsyncPage<T> first;

  AsyncAutoPager(AsyncPage<T> first) {
    this.first = first;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super T> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    PagingSubscription<T> subscription = new PagingSubscription<>(first, subscriber);
    subscriber.onSubscribe(subscription);
  }

  /**
   * Hands every item to {@code action}, in order, fetching page after page as the last is spent.
   *
   * @param action called once per item, on the thread that delivered its page
   * @return a future that completes after the last item, or fails with the error that ended the
   *     walk; cancelling it stops the walk and cancels the request in flight
   */
  public CompletableFuture<Void> forEach(Consumer<? super T> action) {
    Objects.requireNonNull(action, "action");
    ForEach<T> walk = new ForEach<>(action);
    subscribe(walk);
    return walk.done;
  }

  /** The subscriber behind {@link #forEach}: unbounded demand, the outcome as a future. */
  private static final class ForEach<T> implements Flow.Subscriber<T> {
    private final Consumer<? super T> action;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private Flow.Subscription subscription;

    ForEach(Consumer<? super T> action) {
      this.action = action;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      done.whenComplete(
          (ignored, failure) -> {
            if (done.isCancelled()) {
              subscription.cancel();
            }
          });
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(T item) {
      try {
        action.accept(item);
      } catch (RuntimeException e) {
        subscription.cancel();
        done.completeExceptionally(e);
      }
    }

    @Override
    public void onError(Throwable failure) {
      done.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
      done.complete(null);
    }
  }

  /** One subscriber's walk; a drain loop serializes every signal to it. */
  private static final class PagingSubscription<T> implements Flow.Subscription {
    private final Flow.Subscriber<? super T> subscriber;
    private final AtomicLong requested = new AtomicLong();
    private final AtomicInteger draining = new AtomicInteger();
    private volatile AsyncPage<T> page;
    private volatile int index;
    private volatile CompletableFuture<AsyncPage<T>> fetching;
    private volatile Throwable failure;
    private volatile boolean cancelled;
    private boolean done;

    PagingSubscription(AsyncPage<T> first, Flow.Subscriber<? super T> subscriber) {
      this.page = first;
      this.subscriber = subscriber;
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        failure =
            new IllegalArgumentException("request(n) needs a positive n (Reactive Streams §3.9)");
      } else {
        requested.getAndAccumulate(n, (now, more) -> now + more < 0 ? Long.MAX_VALUE : now + more);
      }
      drain();
    }

    @Override
    public void cancel() {
      cancelled = true;
      CompletableFuture<AsyncPage<T>> inFlight = fetching;
      if (inFlight != null) {
        inFlight.cancel(false);
      }
    }

    /** Emits what the demand allows; only one thread runs the loop at a time. */
    private void drain() {
      if (draining.getAndIncrement() != 0) {
        return;
      }
      int missed = 1;
      do {
        emit();
        missed = draining.addAndGet(-missed);
      } while (missed != 0);
    }

    private void emit() {
      while (!cancelled && !done) {
        if (failure != null) {
          done = true;
          subscriber.onError(failure);
          return;
        }
        if (fetching != null) {
          return;
        }
        AsyncPage<T> current = page;
        if (index < current.items().size()) {
          if (requested.get() == 0) {
            return;
          }
          T item = current.items().get(index++);
          if (requested.get() != Long.MAX_VALUE) {
            requested.decrementAndGet();
          }
          try {
            subscriber.onNext(item);
          } catch (RuntimeException e) {
            cancel(); // a subscriber must not throw (§2.13): stop, and let the caller see it
            throw e;
          }
        } else if (!current.hasNextPage()) {
          done = true;
          subscriber.onComplete();
          return;
        } else if (requested.get() == 0) {
          return;
        } else {
          fetch(current);
        }
      }
    }

    /** Starts the next page's request; its completion resumes the loop. */
    private void fetch(AsyncPage<T> current) {
      CompletableFuture<AsyncPage<T>> next;
      try {
        next = current.nextPage();
      } catch (RuntimeException e) {
        failure = e;
        return;
      }
      fetching = next;
      if (cancelled) {
        next.cancel(false);
      }
      next.whenComplete(
          (fetched, error) -> {
            if (error != null) {
              failure = Futures.unwrap(error);
            } else {
              page = fetched;
              index = fetched.repeat() ? fetched.items().size() : 0;
            }
            fetching = null;
            drain();
          });
    }
  }
}
