package dev.gradiant.sdk.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.core.HttpHeaders;
import dev.gradiant.sdk.core.ResponseMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link AsyncPage} and the publisher of {@link AsyncPage#autoPager()}: items only on demand, the
 * next page fetched only when demand reaches it, one fetch at a time, cancellation that reaches the
 * fetch in flight. Pages come from an in-memory list whose fetches the test completes itself.
 */
class AsyncPageTest {
  private static final ResponseMetadata META =
      ResponseMetadata.builder()
          .statusCode(200)
          .headers(HttpHeaders.of())
          .requestId("req_1")
          .build();

  /** {@code size} numbers served {@code limit} at a time; fetches wait until the test answers. */
  private static final class Numbers {
    private final int size;
    private final int limit;
    private final boolean answerAtOnce;
    private final List<Integer> fetched = new CopyOnWriteArrayList<>();
    private final Map<Integer, CompletableFuture<AsyncPage<Integer>>> pending =
        new ConcurrentHashMap<>();

    Numbers(int size, int limit, boolean answerAtOnce) {
      this.size = size;
      this.limit = limit;
      this.answerAtOnce = answerAtOnce;
    }

    AsyncPage<Integer> page(int offset) {
      List<Integer> items = new ArrayList<>();
      for (int i = offset; i < Math.min(size, offset + limit); i++) {
        items.add(i);
      }
      return new AsyncPage<>(items, size, limit, offset, META, this::fetch);
    }

    private CompletableFuture<AsyncPage<Integer>> fetch(int offset) {
      fetched.add(offset);
      if (answerAtOnce) {
        return CompletableFuture.completedFuture(page(offset));
      }
      CompletableFuture<AsyncPage<Integer>> answer = new CompletableFuture<>();
      pending.put(offset, answer);
      return answer;
    }

    /** Answers the pending fetch of {@code offset}. */
    void answer(int offset) {
      pending.get(offset).complete(page(offset));
    }
  }

  /** Records what it is sent; requests only what the test asks for. */
  private static final class Recorder implements Flow.Subscriber<Integer> {
    final List<Integer> items = new CopyOnWriteArrayList<>();
    final CompletableFuture<Void> done = new CompletableFuture<>();
    Flow.Subscription subscription;

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
    }

    @Override
    public void onNext(Integer item) {
      items.add(item);
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

  private static Recorder subscribe(AsyncPage<Integer> first) {
    Recorder recorder = new Recorder();
    first.autoPager().subscribe(recorder);
    return recorder;
  }

  @Test
  void aSlowSubscriberGetsOnlyWhatItRequestsAndPagesAreFetchedOnlyWhenDemandReachesThem() {
    Numbers numbers = new Numbers(5, 2, true);
    Recorder slow = subscribe(numbers.page(0));

    assertThat(slow.items).isEmpty();
    slow.subscription.request(1);
    assertThat(slow.items).containsExactly(0);
    slow.subscription.request(1);
    assertThat(slow.items).containsExactly(0, 1);
    assertThat(numbers.fetched).as("the first page is spent, but nothing more is wanted").isEmpty();

    slow.subscription.request(1);
    assertThat(slow.items).containsExactly(0, 1, 2);
    assertThat(numbers.fetched).containsExactly(2);
    assertThat(slow.done).isNotDone();

    slow.subscription.request(2);
    assertThat(slow.items).containsExactly(0, 1, 2, 3, 4);
    assertThat(numbers.fetched).containsExactly(2, 4);
    assertThat(slow.done).isCompleted();
  }

  @Test
  void onlyOnePageIsFetchedAtATime() {
    Numbers numbers = new Numbers(5, 2, false);
    Recorder eager = subscribe(numbers.page(0));

    eager.subscription.request(Long.MAX_VALUE);
    eager.subscription.request(10);
    assertThat(eager.items).containsExactly(0, 1);
    assertThat(numbers.fetched).containsExactly(2);

    numbers.answer(2);
    assertThat(eager.items).containsExactly(0, 1, 2, 3);
    assertThat(numbers.fetched).containsExactly(2, 4);

    numbers.answer(4);
    assertThat(eager.items).containsExactly(0, 1, 2, 3, 4);
    assertThat(eager.done).isCompleted();
  }

  @Test
  void cancellingStopsTheWalkAndCancelsTheFetchInFlight() {
    Numbers numbers = new Numbers(5, 2, false);
    Recorder recorder = subscribe(numbers.page(0));
    recorder.subscription.request(3);
    CompletableFuture<AsyncPage<Integer>> inFlight = numbers.pending.get(2);

    recorder.subscription.cancel();
    recorder.subscription.request(5);

    assertThat(inFlight).isCancelled();
    assertThat(recorder.items).containsExactly(0, 1);
    assertThat(recorder.done).isNotDone();
    assertThat(numbers.fetched).containsExactly(2);
  }

  @Test
  void cancellingBeforeAnyFetchFetchesNothing() {
    Numbers numbers = new Numbers(5, 2, true);
    Recorder recorder = subscribe(numbers.page(0));

    recorder.subscription.cancel();
    recorder.subscription.request(5);

    assertThat(recorder.items).isEmpty();
    assertThat(numbers.fetched).isEmpty();
  }

  @Test
  void aFailedPageEndsTheStreamWithTheExceptionItself() {
    Numbers numbers = new Numbers(5, 2, false);
    Recorder recorder = subscribe(numbers.page(0));
    recorder.subscription.request(Long.MAX_VALUE);

    IllegalStateException failure = new IllegalStateException("page 2 failed");
    numbers.pending.get(2).completeExceptionally(new CompletionException(failure));

    assertThat(recorder.items).containsExactly(0, 1);
    assertThatThrownBy(() -> recorder.done.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isSameAs(failure);
  }

  @Test
  void aNonPositiveRequestEndsTheStreamWithIllegalArgumentException() {
    Recorder recorder = subscribe(new Numbers(5, 2, true).page(0));

    recorder.subscription.request(0);

    assertThatThrownBy(() -> recorder.done.get(5, TimeUnit.SECONDS))
        .cause()
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everySubscriptionStartsAgainFromTheFirstPage() {
    Numbers numbers = new Numbers(5, 2, true);
    AsyncAutoPager<Integer> pager = numbers.page(0).autoPager();
    Recorder first = new Recorder();
    Recorder second = new Recorder();
    pager.subscribe(first);
    pager.subscribe(second);

    first.subscription.request(Long.MAX_VALUE);
    second.subscription.request(Long.MAX_VALUE);

    assertThat(first.items).containsExactly(0, 1, 2, 3, 4);
    assertThat(second.items).containsExactly(0, 1, 2, 3, 4);
    assertThat(numbers.fetched).containsExactly(2, 4, 2, 4);
  }

  @Test
  void requestingFromOnNextDoesNotRecurse() {
    Numbers numbers = new Numbers(20_000, 20_000, true);
    List<Integer> items = new ArrayList<>();
    CompletableFuture<Void> done = new CompletableFuture<>();
    numbers
        .page(0)
        .autoPager()
        .subscribe(
            new Flow.Subscriber<>() {
              private Flow.Subscription subscription;

              @Override
              public void onSubscribe(Flow.Subscription subscription) {
                this.subscription = subscription;
                subscription.request(1);
              }

              @Override
              public void onNext(Integer item) {
                items.add(item);
                subscription.request(1);
              }

              @Override
              public void onError(Throwable failure) {
                done.completeExceptionally(failure);
              }

              @Override
              public void onComplete() {
                done.complete(null);
              }
            });

    assertThat(items).hasSize(20_000);
    assertThat(done).isCompleted();
  }

  @Test
  void aSubscriberThatThrowsIsCancelled() {
    Numbers numbers = new Numbers(5, 2, true);
    List<Integer> seen = new ArrayList<>();
    Flow.Subscriber<Integer> throwing =
        new Flow.Subscriber<>() {
          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            assertThatThrownBy(() -> subscription.request(5)).hasMessage("bad subscriber");
            subscription.request(5);
          }

          @Override
          public void onNext(Integer item) {
            seen.add(item);
            throw new IllegalStateException("bad subscriber");
          }

          @Override
          public void onError(Throwable failure) {}

          @Override
          public void onComplete() {}
        };

    numbers.page(0).autoPager().subscribe(throwing);

    assertThat(seen).containsExactly(0);
    assertThat(numbers.fetched).isEmpty();
  }

  @Test
  void forEachWalksEveryItemAndCompletes() {
    Numbers numbers = new Numbers(5, 2, true);
    List<Integer> items = new ArrayList<>();

    CompletableFuture<Void> walk = numbers.page(0).autoPager().forEach(items::add);

    assertThat(walk).isCompleted();
    assertThat(items).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void cancellingForEachCancelsTheFetchInFlight() {
    Numbers numbers = new Numbers(5, 2, false);
    List<Integer> items = new ArrayList<>();

    CompletableFuture<Void> walk = numbers.page(0).autoPager().forEach(items::add);
    walk.cancel(true);

    assertThat(numbers.pending.get(2)).isCancelled();
    assertThat(items).containsExactly(0, 1);
  }

  @Test
  void forEachFailsWithWhatTheActionThrewAndFetchesNoMore() {
    Numbers numbers = new Numbers(5, 2, true);
    IllegalStateException boom = new IllegalStateException("boom");

    CompletableFuture<Void> walk =
        numbers
            .page(0)
            .autoPager()
            .forEach(
                item -> {
                  if (item == 1) {
                    throw boom;
                  }
                });

    assertThatThrownBy(walk::join).cause().isSameAs(boom);
    assertThat(numbers.fetched).isEmpty();
  }

  @Test
  void pageCountersAndTheLastPage() throws Exception {
    Numbers numbers = new Numbers(5, 2, true);
    AsyncPage<Integer> first = numbers.page(0);

    assertThat(first.total()).contains(5L);
    assertThat(first.limit()).isEqualTo(2);
    assertThat(first.offset()).isZero();
    assertThat(first.metadata()).isSameAs(META);
    AsyncPage<Integer> last = first.nextPage().get().nextPage().get();
    assertThat(last.items()).containsExactly(4);
    assertThat(last.hasNextPage()).isFalse();
    assertThatThrownBy(last::nextPage)
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("offset 4");
  }

  @Test
  void anEmptyFirstPageCompletesAtOnce() {
    AsyncPage<Integer> empty = new AsyncPage<>(List.of(), 0, 20, 0, META, offset -> null);
    Recorder recorder = subscribe(empty);

    recorder.subscription.request(1);

    assertThat(recorder.done).isCompleted();
    assertThat(recorder.items).isEmpty();
  }

  @Test
  void subscribingNullIsRejected() {
    assertThatThrownBy(() -> new Numbers(1, 1, true).page(0).autoPager().subscribe(null))
        .isInstanceOf(NullPointerException.class);
  }
}
