package dev.gradiant.sdk.users;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.internal.http.ApiRequest;
import dev.gradiant.sdk.internal.json.Json;
import java.util.Objects;

/**
 * The requests of the {@code /users} endpoints and the readers of their answers, built in one place
 * for {@link UsersClient} and {@link AsyncUsersClient}. Each method checks its arguments.
 */
final class UsersRequests {
  static final ObjectReader USER = Json.envelopeReader(User.class);
  static final ObjectReader USERS = Json.listEnvelopeReader(User.class);
  static final ObjectReader PREFERENCES = Json.envelopeReader(UserPreferences.class);
  static final ObjectReader HEALTH_PROFILE = Json.envelopeReader(HealthProfile.class);
  static final ObjectReader BOOKINGS = Json.listEnvelopeReader(Booking.class);

  private UsersRequests() {}

  static ApiRequest create(UserCreateParams params) {
    Objects.requireNonNull(params, "params must not be null");
    return ApiRequest.postJson("/users", params);
  }

  static ApiRequest list(UserListParams params) {
    Objects.requireNonNull(params, "params must not be null");
    return ApiRequest.get("/users")
        .query("limit", params.limit().orElse(null))
        .query("offset", params.offset().orElse(null))
        .build();
  }

  static ApiRequest get(String userId) {
    return ApiRequest.getOne("/users/{id}", "userId", userId);
  }

  static ApiRequest update(String userId, UserUpdateParams params) {
    ApiRequest.Builder request = ApiRequest.put("/users/{id}").pathParam("userId", userId);
    Objects.requireNonNull(params, "params must not be null");
    return request.body(params).build();
  }

  static ApiRequest me() {
    return ApiRequest.get("/user").build();
  }

  static ApiRequest getPreferences(String userId) {
    return ApiRequest.getOne("/users/{id}/preferences", "userId", userId);
  }

  static ApiRequest updatePreferences(String userId, UserPreferencesUpdateParams params) {
    ApiRequest.Builder request =
        ApiRequest.put("/users/{id}/preferences").pathParam("userId", userId);
    Objects.requireNonNull(params, "params must not be null");
    return request.body(params).build();
  }

  static ApiRequest getHealthProfile(String userId) {
    return ApiRequest.getOne("/users/{id}/health-profile", "userId", userId);
  }

  static ApiRequest updateHealthProfile(String userId, HealthProfileUpdateParams params) {
    ApiRequest.Builder request =
        ApiRequest.put("/users/{id}/health-profile").pathParam("userId", userId);
    Objects.requireNonNull(params, "params must not be null");
    return request.body(params).build();
  }

  static ApiRequest listBookings(String userId, UserBookingListParams params) {
    ApiRequest.Builder request = ApiRequest.get("/users/{id}/bookings").pathParam("userId", userId);
    Objects.requireNonNull(params, "params must not be null");
    return request
        .query("status", params.status().orElse(null))
        .query("from", params.from().orElse(null))
        .query("to", params.to().orElse(null))
        .query("limit", params.limit().orElse(null))
        .query("offset", params.offset().orElse(null))
        .build();
  }
}
