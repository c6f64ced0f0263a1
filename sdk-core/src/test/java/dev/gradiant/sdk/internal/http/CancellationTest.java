package dev.gradiant.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.internal.concurrent.Futures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The token that carries a cancelled future down the transport chain. */
class CancellationTest {

  @Test
  void cancelRunsEachRegisteredActionOnceAndLaterOnesAtOnce() {
    List<String> ran = new ArrayList<>();
    Cancellation cancellation = Cancellation.create();
    cancellation.onCancel(() -> ran.add("call"));
    Runnable unregister = cancellation.onCancel(() -> ran.add("removed"));
    unregister.run();

    cancellation.cancel();
    cancellation.cancel();
    cancellation.onCancel(() -> ran.add("late"));

    assertThat(cancellation.isCancelled()).isTrue();
    assertThat(ran).containsExactly("call", "late");
  }

  @Test
  void theTokenOfABlockingCallIsNeverCancelled() {
    List<String> ran = new ArrayList<>();
    Cancellation none = Cancellation.none();
    none.onCancel(() -> ran.add("never")).run();

    none.cancel();

    assertThat(none.isCancelled()).isFalse();
    assertThat(ran).isEmpty();
  }

  @Test
  void aMappedFutureFailsWithTheSourcesOwnExceptionAndCancelsTheSource() {
    IllegalStateException failure = new IllegalStateException("no");
    CompletableFuture<String> failed =
        Futures.map(CompletableFuture.<String>failedFuture(failure), x -> x);
    CompletableFuture<String> source = new CompletableFuture<>();
    CompletableFuture<Integer> mapped = Futures.map(source, String::length);

    mapped.cancel(true);

    assertThat(failed.handle((value, e) -> e).join()).isSameAs(failure);
    assertThat(source).isCancelled();
    assertThat(Futures.map(CompletableFuture.completedFuture("abc"), String::length).join())
        .isEqualTo(3);
    assertThat(
            Futures.map(
                    CompletableFuture.completedFuture("abc"),
                    value -> {
                      throw failure;
                    })
                .handle((value, e) -> e)
                .join())
        .isSameAs(failure);
  }

  @Test
  void unwrapAndJoinGiveTheExceptionAsThrown() {
    IllegalStateException failure = new IllegalStateException("no");
    assertThat(Futures.unwrap(new CompletionException(new CompletionException(failure))))
        .isSameAs(failure);
    assertThat(
            Futures.start(
                    () -> {
                      throw failure;
                    })
                .isCompletedExceptionally())
        .isTrue();
    CompletableFuture<Object> failed = CompletableFuture.failedFuture(failure);
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Futures.join(failed)))
        .isSameAs(failure);
    CompletableFuture<Object> error = CompletableFuture.failedFuture(new AssertionError("e"));
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Futures.join(error)))
        .isInstanceOf(AssertionError.class);
    CompletableFuture<Object> checked = CompletableFuture.failedFuture(new Exception("checked"));
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Futures.join(checked)))
        .isInstanceOf(CompletionException.class);
  }
}
