package dev.gradiant.sdk.internal.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.realtime.RealtimeEvent;
import dev.gradiant.sdk.realtime.RealtimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Reactive Streams rule 1.9 at the level of one subscriber's sink: {@code onSubscribe} comes before
 * the terminal signal even when the feed ends while the delivery thread is still busy.
 */
class SubscriberSinkSignalsTest {

  @Test
  void aFeedThatEndsBeforeTheSubscriberWasGreetedStillSendsOnSubscribeFirst() throws Exception {
    Delivery delivery = new Delivery();
    CountDownLatch release = new CountDownLatch(1);
    delivery.execute(
        () -> {
          try {
            release.await(5, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    FeedEngine feed =
        new FeedEngine(new FeedWiring(null, null, null, null, null, () -> 0.5, 4, false), delivery);
    Signals signals = new Signals();
    SubscriberSink sink = new SubscriberSink(signals, 4, delivery, feed);

    // The feed ends while onSubscribe still waits for the (busy) delivery thread.
    sink.end(new Sink.End(new RealtimeException("ended", null, null)));
    release.countDown();

    signals.terminated.get(5, TimeUnit.SECONDS);
    // fails on main: onError came alone, without onSubscribe
    assertThat(signals.names()).containsExactly("onSubscribe", "onError");
    delivery.shutdown();
  }

  /** Records the signals it receives, in order. */
  private static final class Signals implements Flow.Subscriber<RealtimeEvent> {
    private final List<String> names = new ArrayList<>();
    final CompletableFuture<Void> terminated = new CompletableFuture<>();

    @Override
    public synchronized void onSubscribe(Flow.Subscription subscription) {
      names.add("onSubscribe");
      subscription.request(1);
    }

    @Override
    public synchronized void onNext(RealtimeEvent item) {
      names.add("onNext");
    }

    @Override
    public synchronized void onError(Throwable throwable) {
      names.add("onError");
      terminated.complete(null);
    }

    @Override
    public synchronized void onComplete() {
      names.add("onComplete");
      terminated.complete(null);
    }

    synchronized List<String> names() {
      return List.copyOf(names);
    }
  }
}
