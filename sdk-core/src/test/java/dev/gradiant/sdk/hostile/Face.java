package dev.gradiant.sdk.hostile;

import static dev.gradiant.sdk.AsyncResults.await;

import dev.gradiant.sdk.AsyncGradiantClient;
import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.GradiantClientBuilder;
import dev.gradiant.sdk.TestClients;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.users.User;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The two faces of the client, for the fault and hostility tests: each builds its client on fake
 * time ({@link TestClients}: the asynchronous one fails the test if it ever sleeps) and makes calls
 * through itself, returning what the call returned or throwing what it failed with (the
 * asynchronous face's future awaited and unwrapped, so that both faces throw alike).
 */
enum Face {
  BLOCKING {
    @Override
    GradiantClientBuilder builder(String baseUrl, FakeTime time, Runnable beforeEachWait) {
      return TestClients.blocking(baseUrl, time, beforeEachWait);
    }

    @Override
    <T> T call(
        GradiantClient client,
        Function<GradiantClient, T> blocking,
        Function<AsyncGradiantClient, CompletableFuture<T>> async) {
      return blocking.apply(client);
    }
  },
  ASYNC {
    @Override
    GradiantClientBuilder builder(String baseUrl, FakeTime time, Runnable beforeEachWait) {
      return TestClients.async(baseUrl, time, beforeEachWait);
    }

    @Override
    <T> T call(
        GradiantClient client,
        Function<GradiantClient, T> blocking,
        Function<AsyncGradiantClient, CompletableFuture<T>> async) {
      return await(async.apply(client.async()));
    }
  };

  /**
   * {@return a builder of a client for this face, whose every wait between attempts first runs
   * {@code beforeEachWait}}
   */
  abstract GradiantClientBuilder builder(String baseUrl, FakeTime time, Runnable beforeEachWait);

  /** {@return a builder of a client for this face, on fake time; add credentials} */
  GradiantClientBuilder builder(String baseUrl, FakeTime time) {
    return builder(baseUrl, time, () -> {});
  }

  /**
   * Makes one call through this face: {@code blocking} on the client, or {@code async} on its
   * asynchronous view, awaited.
   */
  abstract <T> T call(
      GradiantClient client,
      Function<GradiantClient, T> blocking,
      Function<AsyncGradiantClient, CompletableFuture<T>> async);

  /** {@code GET /user}. */
  ApiResponse<User> me(GradiantClient client) {
    return call(
        client, c -> c.users().withRawResponse().me(), a -> a.users().withRawResponse().me());
  }

  /** {@code DELETE /webhooks/{id}}, answered {@code 204}. */
  ApiResponse<Void> deleteWebhookEndpoint(GradiantClient client, String id) {
    return call(
        client,
        c -> c.webhookEndpoints().withRawResponse().delete(id),
        a -> a.webhookEndpoints().withRawResponse().delete(id));
  }

  /** {@code DELETE /sessions/{id}}, answered {@code 204}. */
  ApiResponse<Void> deleteSession(GradiantClient client, String id) {
    return call(
        client,
        c -> c.sessions().withRawResponse().delete(id),
        a -> a.sessions().withRawResponse().delete(id));
  }

  /** {@code DELETE /bookings/{id}}, answered {@code 200} with the cancelled booking. */
  ApiResponse<Booking> cancelBooking(GradiantClient client, String id) {
    return call(
        client,
        c -> c.bookings().withRawResponse().cancel(id),
        a -> a.bookings().withRawResponse().cancel(id));
  }
}
