package dev.gradiant.sdk.wearables;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.ResponseFutures;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * {@link WearablesClient} without blocking: the same operations, each returning a {@link
 * CompletableFuture} that completes with the same result or fails with the same exception (a {@link
 * WearableIngestException} when a request fails for good). The requests of a batch are sent one
 * after the other, as on the blocking face.
 *
 * <p>Arguments are checked before anything is sent, and a bad one is thrown at once. Cancelling a
 * returned future cancels the request in flight and sends none of the rest.
 */
public final class AsyncWearablesClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(AsyncWearablesClient.class, AsyncWearablesClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  AsyncWearablesClient(RequestExecutor executor) {
    this.executor = executor;
    this.raw = new WithRawResponse(executor);
  }

  /**
   * A view of this sub-client whose calls use {@code options} on top of the client's settings; see
   * {@link WearablesClient#withOptions}.
   *
   * @param options the options to apply
   * @return the view; this sub-client is unchanged
   */
  public AsyncWearablesClient withOptions(RequestOptions options) {
    return new AsyncWearablesClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@link WearablesClient#ingest(String, List)} without blocking.
   *
   * @param userId the user the samples belong to
   * @param samples at least one sample
   * @return a future of the result
   */
  public CompletableFuture<WearableIngestResult> ingest(
      String userId, List<WearableSample> samples) {
    return ResponseFutures.data(raw.ingest(userId, samples));
  }

  /**
   * {@link WearablesClient#ingest(String, WearableIngestParams)} without blocking.
   *
   * @param userId the user the samples belong to
   * @param params the samples and the chunk size
   * @return a future of the result
   */
  public CompletableFuture<WearableIngestResult> ingest(
      String userId, WearableIngestParams params) {
    return ResponseFutures.data(raw.ingest(userId, params));
  }

  /**
   * {@link WearablesClient#resume(WearableIngestException)} without blocking.
   *
   * @param stopped the exception the batch stopped with
   * @return a future of the result of the whole batch
   */
  public CompletableFuture<WearableIngestResult> resume(WearableIngestException stopped) {
    return ResponseFutures.data(raw.resume(stopped));
  }

  /** {@link AsyncWearablesClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * The batch, in requests of at most {@value WearableIngestParams#MAX_CHUNK_SIZE}.
     *
     * @param userId the user the samples belong to
     * @param samples at least one sample
     * @return a future of the result, with the metadata of the last request's answer
     */
    public CompletableFuture<ApiResponse<WearableIngestResult>> ingest(
        String userId, List<WearableSample> samples) {
      Objects.requireNonNull(samples, "samples must not be null");
      return ingest(userId, WearablesRequests.params(samples));
    }

    /**
     * The batch, in requests of at most {@link WearableIngestParams#chunkSize()}.
     *
     * @param userId the user the samples belong to
     * @param params the samples and the chunk size
     * @return a future of the result, with the metadata of the last request's answer
     */
    public CompletableFuture<ApiResponse<WearableIngestResult>> ingest(
        String userId, WearableIngestParams params) {
      IngestPlan plan = WearablesRequests.plan(executor, userId, params);
      return ChunkedIngest.runAsync(executor, plan, IngestProgress.NONE);
    }

    /**
     * Goes on with a batch that stopped; see {@link WearablesClient#resume}.
     *
     * @param stopped the exception the batch stopped with
     * @return a future of the result of the whole batch
     */
    public CompletableFuture<ApiResponse<WearableIngestResult>> resume(
        WearableIngestException stopped) {
      Resumption resumption = Resumption.of(stopped);
      return ChunkedIngest.runAsync(executor, resumption.plan(), resumption.progress());
    }
  }
}
