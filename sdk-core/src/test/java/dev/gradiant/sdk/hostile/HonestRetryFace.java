package dev.gradiant.sdk.hostile;

import static dev.gradiant.sdk.AsyncResults.await;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.users.User;

/**
 * The two faces of the client for the tests of honest retries: each method makes one call through
 * its face and returns what it returned or throws what it failed with (unwrapped, as the blocking
 * call throws it).
 */
enum HonestRetryFace {
  BLOCKING {
    @Override
    ApiResponse<User> me(GradiantClient client) {
      return client.users().withRawResponse().me();
    }

    @Override
    ApiResponse<Void> deleteWebhookEndpoint(GradiantClient client, String id) {
      return client.webhookEndpoints().withRawResponse().delete(id);
    }

    @Override
    ApiResponse<Void> deleteSession(GradiantClient client, String id) {
      return client.sessions().withRawResponse().delete(id);
    }

    @Override
    ApiResponse<Booking> cancelBooking(GradiantClient client, String id) {
      return client.bookings().withRawResponse().cancel(id);
    }
  },
  ASYNC {
    @Override
    ApiResponse<User> me(GradiantClient client) {
      return await(client.async().users().withRawResponse().me());
    }

    @Override
    ApiResponse<Void> deleteWebhookEndpoint(GradiantClient client, String id) {
      return await(client.async().webhookEndpoints().withRawResponse().delete(id));
    }

    @Override
    ApiResponse<Void> deleteSession(GradiantClient client, String id) {
      return await(client.async().sessions().withRawResponse().delete(id));
    }

    @Override
    ApiResponse<Booking> cancelBooking(GradiantClient client, String id) {
      return await(client.async().bookings().withRawResponse().cancel(id));
    }
  };

  /** {@code GET /user}. */
  abstract ApiResponse<User> me(GradiantClient client);

  /** {@code DELETE /webhooks/{id}}, answered {@code 204}. */
  abstract ApiResponse<Void> deleteWebhookEndpoint(GradiantClient client, String id);

  /** {@code DELETE /sessions/{id}}, answered {@code 204}. */
  abstract ApiResponse<Void> deleteSession(GradiantClient client, String id);

  /** {@code DELETE /bookings/{id}}, answered {@code 200} with the cancelled booking. */
  abstract ApiResponse<Booking> cancelBooking(GradiantClient client, String id);
}
