package dev.gradiant.sdk.wearables;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.concurrent.Futures;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends the chunks of an {@link IngestPlan} in order, one at a time, each under its own {@code
 * Idempotency-Key} (which the retry loop repeats on every attempt of that chunk), and adds up their
 * answers in the caller's indices. The first chunk that fails for good stops the call with a {@link
 * WearableIngestException} holding the progress so far; the chunks after it are not sent.
 *
 * <p>One at a time on both faces: the samples reach the server in the caller's order, and a batch
 * spends the rate-limit budget no faster than other calls.
 */
final class ChunkedIngest {
  private ChunkedIngest() {}

  static ApiResponse<WearableIngestResult> run(
      RequestExecutor executor, IngestPlan plan, IngestProgress start) {
    IngestProgress progress = start;
    ApiResponse<WearableIngestResult> last = null;
    while (progress.nextChunk() < plan.chunks().size()) {
      int i = progress.nextChunk();
      IngestPlan.Chunk chunk = plan.chunks().get(i);
      try {
        last =
            executor
                .withOptions(keyed(chunk))
                .execute(
                    WearablesRequests.chunk(plan.userId(), plan.samplesOf(i)),
                    WearablesRequests.RESULT);
        progress = progress.after(chunk, last.data(), last.requestId().orElse(null));
      } catch (RuntimeException e) {
        throw new WearableIngestException(plan, progress, e);
      }
    }
    return answer(progress, last);
  }

  static CompletableFuture<ApiResponse<WearableIngestResult>> runAsync(
      RequestExecutor executor, IngestPlan plan, IngestProgress start) {
    CompletableFuture<ApiResponse<WearableIngestResult>> result = new CompletableFuture<>();
    AtomicReference<CompletableFuture<?>> inFlight = new AtomicReference<>();
    result.whenComplete(
        (response, failure) -> {
          CompletableFuture<?> chunk = inFlight.get();
          if (result.isCancelled() && chunk != null) {
            chunk.cancel(true);
          }
        });
    step(executor, plan, start, null, result, inFlight);
    return result;
  }

  private static void step(
      RequestExecutor executor,
      IngestPlan plan,
      IngestProgress progress,
      ApiResponse<WearableIngestResult> last,
      CompletableFuture<ApiResponse<WearableIngestResult>> result,
      AtomicReference<CompletableFuture<?>> inFlight) {
    if (result.isDone()) {
      return;
    }
    if (progress.nextChunk() == plan.chunks().size()) {
      result.complete(answer(progress, last));
      return;
    }
    int i = progress.nextChunk();
    IngestPlan.Chunk chunk = plan.chunks().get(i);
    CompletableFuture<ApiResponse<WearableIngestResult>> sent;
    try {
      sent =
          executor
              .withOptions(keyed(chunk))
              .executeAsync(
                  WearablesRequests.chunk(plan.userId(), plan.samplesOf(i)),
                  WearablesRequests.RESULT);
    } catch (RuntimeException e) {
      result.completeExceptionally(new WearableIngestException(plan, progress, e));
      return;
    }
    inFlight.set(sent);
    if (result.isCancelled()) {
      sent.cancel(true);
    }
    sent.whenComplete(
        (response, failure) -> {
          if (failure != null) {
            fail(result, plan, progress, Futures.unwrap(failure));
            return;
          }
          IngestProgress next;
          try {
            next = progress.after(chunk, response.data(), response.requestId().orElse(null));
          } catch (RuntimeException e) {
            fail(result, plan, progress, e);
            return;
          }
          step(executor, plan, next, response, result, inFlight);
        });
  }

  private static void fail(
      CompletableFuture<?> result, IngestPlan plan, IngestProgress progress, Throwable failure) {
    if (failure instanceof RuntimeException e) {
      result.completeExceptionally(new WearableIngestException(plan, progress, e));
    } else {
      result.completeExceptionally(failure);
    }
  }

  private static RequestOptions keyed(IngestPlan.Chunk chunk) {
    return RequestOptions.builder().idempotencyKey(chunk.idempotencyKey()).build();
  }

  private static ApiResponse<WearableIngestResult> answer(
      IngestProgress progress, ApiResponse<WearableIngestResult> last) {
    ApiResponse.Builder<WearableIngestResult> answer =
        ApiResponse.<WearableIngestResult>builder().data(progress.result());
    if (last != null) {
      answer.metadata(last.metadata());
    }
    return answer.build();
  }
}
