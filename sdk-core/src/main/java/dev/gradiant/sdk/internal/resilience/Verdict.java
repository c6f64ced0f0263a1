package dev.gradiant.sdk.internal.resilience;

import dev.gradiant.sdk.internal.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * What the retry loop does after one attempt: wait and send another, return an answer, or fail.
 * Exactly one component is set.
 *
 * @param delay the wait before the next attempt
 * @param response the call's final answer
 * @param failure what the call fails with
 */
record Verdict(Duration delay, HttpResponse response, Throwable failure) {

  static Verdict retryAfter(Duration delay) {
    return new Verdict(delay, null, null);
  }

  static Verdict answer(HttpResponse response) {
    return new Verdict(null, response, null);
  }

  static Verdict fail(Throwable failure) {
    return new Verdict(null, null, failure);
  }

  /** {@return whether the call goes on with another attempt} */
  boolean retries() {
    return delay != null;
  }

  /** {@return the final answer of a blocking call; throws its failure} */
  HttpResponse answerOrThrow() {
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    return response;
  }

  /** Completes {@code result} with the final answer or failure of an asynchronous call. */
  void complete(CompletableFuture<HttpResponse> result) {
    if (failure != null) {
      result.completeExceptionally(failure);
    } else {
      result.complete(response);
    }
  }
}
