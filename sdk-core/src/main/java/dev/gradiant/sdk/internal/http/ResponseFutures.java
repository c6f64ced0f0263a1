package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.internal.concurrent.Futures;
import java.util.concurrent.CompletableFuture;

/** The futures the asynchronous sub-clients return, made from those of their raw responses. */
public final class ResponseFutures {
  private ResponseFutures() {}

  /**
   * @param response a future of a raw response
   * @param <T> the type of the data
   * @return a future of its data; cancelling it cancels the call
   */
  public static <T> CompletableFuture<T> data(CompletableFuture<ApiResponse<T>> response) {
    return Futures.map(response, ApiResponse::data);
  }
}
