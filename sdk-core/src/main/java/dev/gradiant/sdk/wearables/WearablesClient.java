package dev.gradiant.sdk.wearables;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import java.util.List;
import java.util.Objects;

/**
 * Wearable ingestion: {@code POST /users/{id}/wearables/samples}, for batches of any size.
 *
 * <pre>{@code
 * WearableIngestResult result = client.wearables().ingest("user_123", samples);
 * for (WearableSampleRejection rejection : result.rejected()) {
 *   WearableSample refused = samples.get(rejection.index()); // the caller's own index
 * }
 * }</pre>
 *
 * <p>A batch larger than the contract's maximum ({@value WearableIngestParams#MAX_CHUNK_SIZE}
 * samples per request) is sent as several requests, in order, one at a time, each with its own
 * {@code Idempotency-Key}, repeated on every retry of that request: a request whose answer was lost
 * is retried without storing its samples twice. Samples the server rejects one by one (partial
 * success) are reported with their index in the caller's list. When a request fails for good, a
 * {@link WearableIngestException} tells what the requests before it came to and {@link
 * #resume(WearableIngestException)} sends the rest, none of the answered samples again.
 *
 * <p>An idempotency key given with {@link #withOptions(RequestOptions)} names the whole batch: each
 * request's key is derived from it, the user (a short hash of the id, so that the same key used for
 * two users never names the same request) and the range of samples it carries, so that running the
 * same batch again with the same key (after a crash, say) is answered from the server's idempotency
 * store for every request it had already stored.
 *
 * <p>Every method checks its arguments before sending anything. Sample values are health data: they
 * never reach a log line or a {@code toString()}.
 */
public final class WearablesClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(WearablesClient.class, WearablesClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  WearablesClient(RequestExecutor executor) {
    this.executor = executor;
    this.raw = new WithRawResponse(executor);
  }

  /**
   * A view of this sub-client whose calls use {@code options} (timeout, retries, idempotency key,
   * extra headers, credentials) on top of the client's settings. An idempotency key applies to one
   * {@code ingest} call (all its requests); make a new view for each call.
   *
   * @param options the options to apply
   * @return the view; this sub-client is unchanged
   */
  public WearablesClient withOptions(RequestOptions options) {
    return new WearablesClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * Stores a user's samples, in requests of at most {@value WearableIngestParams#MAX_CHUNK_SIZE}.
   *
   * @param userId the user the samples belong to
   * @param samples at least one sample
   * @return how many were stored, and which were rejected (indices in {@code samples})
   * @throws WearableIngestException if a request failed for good; see {@link #resume}
   */
  public WearableIngestResult ingest(String userId, List<WearableSample> samples) {
    return raw.ingest(userId, samples).data();
  }

  /**
   * Stores a user's samples, in requests of at most {@link WearableIngestParams#chunkSize()}.
   *
   * @param userId the user the samples belong to
   * @param params the samples and the chunk size
   * @return how many were stored, and which were rejected (indices in the params' samples)
   * @throws WearableIngestException if a request failed for good; see {@link #resume}
   */
  public WearableIngestResult ingest(String userId, WearableIngestParams params) {
    return raw.ingest(userId, params).data();
  }

  /**
   * Goes on with a batch that stopped: sends the failed request again with its own idempotency key,
   * then the requests after it. Through a view from {@link #withOptions} its options apply (a
   * longer timeout, say); a key in them is not used.
   *
   * @param stopped the exception the batch stopped with
   * @return the result of the whole batch, the requests answered before the failure included
   * @throws WearableIngestException if a request fails for good again
   * @throws IllegalArgumentException if {@code stopped} was deserialized (it holds no progress)
   */
  public WearableIngestResult resume(WearableIngestException stopped) {
    return raw.resume(stopped).data();
  }

  /** {@link WearablesClient}'s operations returning {@link ApiResponse}. */
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
     * @return the result, with the metadata of the last request's answer
     */
    public ApiResponse<WearableIngestResult> ingest(String userId, List<WearableSample> samples) {
      Objects.requireNonNull(samples, "samples must not be null");
      return ingest(userId, WearablesRequests.params(samples));
    }

    /**
     * The batch, in requests of at most {@link WearableIngestParams#chunkSize()}.
     *
     * @param userId the user the samples belong to
     * @param params the samples and the chunk size
     * @return the result, with the metadata of the last request's answer
     */
    public ApiResponse<WearableIngestResult> ingest(String userId, WearableIngestParams params) {
      IngestPlan plan = WearablesRequests.plan(executor, userId, params);
      return ChunkedIngest.run(executor, plan, IngestProgress.NONE);
    }

    /**
     * Goes on with a batch that stopped; see {@link WearablesClient#resume}.
     *
     * @param stopped the exception the batch stopped with
     * @return the result of the whole batch, with the metadata of the last request's answer
     */
    public ApiResponse<WearableIngestResult> resume(WearableIngestException stopped) {
      Resumption resumption = Resumption.of(stopped);
      return ChunkedIngest.run(executor, resumption.plan(), resumption.progress());
    }
  }
}
