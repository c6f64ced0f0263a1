package dev.gradiant.sdk.users;

import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.ResponseFutures;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import dev.gradiant.sdk.pagination.AsyncPage;
import java.util.concurrent.CompletableFuture;

/**
 * {@link UsersClient} without blocking: the same operations, each returning a {@link
 * CompletableFuture} that completes with the same result or fails with the same {@link
 * dev.gradiant.sdk.errors.ApiException} subclass. Lists are {@link AsyncPage}s.
 *
 * <p>Arguments are checked before anything is sent, and a bad one is thrown at once, as by {@link
 * UsersClient}. Cancelling a returned future cancels the request in flight and any retry to come.
 */
public final class AsyncUsersClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(AsyncUsersClient.class, AsyncUsersClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  AsyncUsersClient(RequestExecutor executor) {
    this.executor = executor;
    this.raw = new WithRawResponse(executor);
  }

  /**
   * A view of this sub-client whose calls use {@code options} (timeout, retries, idempotency key,
   * extra headers, credentials) on top of the client's settings. An idempotency key in {@code
   * options} applies to one call: the first {@code POST} through the view (or through a view
   * derived from it) sends it, and a later one throws {@link IllegalStateException} before sending;
   * make a new view for each call.
   *
   * @param options the options to apply
   * @return the view; this sub-client is unchanged
   */
  public AsyncUsersClient withOptions(RequestOptions options) {
    return new AsyncUsersClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@code POST /users}: creates a user.
   *
   * @param params the new user's fields
   * @return a future of the created user
   */
  public CompletableFuture<User> create(UserCreateParams params) {
    return executor.executeForDataAsync(UsersRequests.create(params), UsersRequests.USER);
  }

  /**
   * {@code GET /users}: the first page of users, with the server's default page size.
   *
   * @return a future of the page; {@link AsyncPage#autoPager()} publishes every user
   */
  public CompletableFuture<AsyncPage<User>> list() {
    return ResponseFutures.data(raw.list());
  }

  /**
   * {@code GET /users}: one page of users.
   *
   * @param params page size and offset
   * @return a future of the page
   */
  public CompletableFuture<AsyncPage<User>> list(UserListParams params) {
    return ResponseFutures.data(raw.list(params));
  }

  /**
   * {@code GET /users/{id}}.
   *
   * @param userId the user's id
   * @return a future of the user
   */
  public CompletableFuture<User> get(String userId) {
    return executor.executeForDataAsync(UsersRequests.get(userId), UsersRequests.USER);
  }

  /**
   * {@code PUT /users/{id}}: changes the fields set in {@code params}.
   *
   * @param userId the user's id
   * @param params the fields to change
   * @return a future of the updated user
   */
  public CompletableFuture<User> update(String userId, UserUpdateParams params) {
    return executor.executeForDataAsync(UsersRequests.update(userId, params), UsersRequests.USER);
  }

  /**
   * {@code GET /user}: the user the client's credentials belong to.
   *
   * @return a future of the authenticated user
   */
  public CompletableFuture<User> me() {
    return executor.executeForDataAsync(UsersRequests.me(), UsersRequests.USER);
  }

  /**
   * {@code GET /users/{id}/preferences}.
   *
   * @param userId the user's id
   * @return a future of the user's preferences
   */
  public CompletableFuture<UserPreferences> getPreferences(String userId) {
    return executor.executeForDataAsync(
        UsersRequests.getPreferences(userId), UsersRequests.PREFERENCES);
  }

  /**
   * {@code PUT /users/{id}/preferences}: changes the settings set in {@code params}.
   *
   * @param userId the user's id
   * @param params the settings to change
   * @return a future of the updated preferences
   */
  public CompletableFuture<UserPreferences> updatePreferences(
      String userId, UserPreferencesUpdateParams params) {
    return executor.executeForDataAsync(
        UsersRequests.updatePreferences(userId, params), UsersRequests.PREFERENCES);
  }

  /**
   * {@code GET /users/{id}/health-profile}.
   *
   * @param userId the user's id
   * @return a future of the user's health profile
   */
  public CompletableFuture<HealthProfile> getHealthProfile(String userId) {
    return executor.executeForDataAsync(
        UsersRequests.getHealthProfile(userId), UsersRequests.HEALTH_PROFILE);
  }

  /**
   * {@code PUT /users/{id}/health-profile}: replaces the lists set in {@code params}.
   *
   * @param userId the user's id
   * @param params the fields to change
   * @return a future of the updated health profile
   */
  public CompletableFuture<HealthProfile> updateHealthProfile(
      String userId, HealthProfileUpdateParams params) {
    return executor.executeForDataAsync(
        UsersRequests.updateHealthProfile(userId, params), UsersRequests.HEALTH_PROFILE);
  }

  /**
   * {@code GET /users/{id}/bookings}: the first page of the user's bookings.
   *
   * @param userId the user's id
   * @return a future of the page
   */
  public CompletableFuture<AsyncPage<Booking>> listBookings(String userId) {
    return ResponseFutures.data(raw.listBookings(userId));
  }

  /**
   * {@code GET /users/{id}/bookings}: one page of the user's bookings, filtered.
   *
   * @param userId the user's id
   * @param params status and date filters, page size and offset
   * @return a future of the page
   */
  public CompletableFuture<AsyncPage<Booking>> listBookings(
      String userId, UserBookingListParams params) {
    return ResponseFutures.data(raw.listBookings(userId, params));
  }

  /** {@link AsyncUsersClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code POST /users}.
     *
     * @param params the new user's fields
     * @return a future of the created user and the response metadata
     */
    public CompletableFuture<ApiResponse<User>> create(UserCreateParams params) {
      return executor.executeAsync(UsersRequests.create(params), UsersRequests.USER);
    }

    /**
     * {@code GET /users} with the server's default page size.
     *
     * @return a future of the first page and the response metadata
     */
    public CompletableFuture<ApiResponse<AsyncPage<User>>> list() {
      return list(UserListParams.builder().build());
    }

    /**
     * {@code GET /users}.
     *
     * @param params page size and offset
     * @return a future of the page and the response metadata
     */
    public CompletableFuture<ApiResponse<AsyncPage<User>>> list(UserListParams params) {
      return executor.executeListAsync(UsersRequests.list(params), UsersRequests.USERS);
    }

    /**
     * {@code GET /users/{id}}.
     *
     * @param userId the user's id
     * @return a future of the user and the response metadata
     */
    public CompletableFuture<ApiResponse<User>> get(String userId) {
      return executor.executeAsync(UsersRequests.get(userId), UsersRequests.USER);
    }

    /**
     * {@code PUT /users/{id}}.
     *
     * @param userId the user's id
     * @param params the fields to change
     * @return a future of the updated user and the response metadata
     */
    public CompletableFuture<ApiResponse<User>> update(String userId, UserUpdateParams params) {
      return executor.executeAsync(UsersRequests.update(userId, params), UsersRequests.USER);
    }

    /**
     * {@code GET /user}.
     *
     * @return a future of the authenticated user and the response metadata
     */
    public CompletableFuture<ApiResponse<User>> me() {
      return executor.executeAsync(UsersRequests.me(), UsersRequests.USER);
    }

    /**
     * {@code GET /users/{id}/preferences}.
     *
     * @param userId the user's id
     * @return a future of the preferences and the response metadata
     */
    public CompletableFuture<ApiResponse<UserPreferences>> getPreferences(String userId) {
      return executor.executeAsync(UsersRequests.getPreferences(userId), UsersRequests.PREFERENCES);
    }

    /**
     * {@code PUT /users/{id}/preferences}.
     *
     * @param userId the user's id
     * @param params the settings to change
     * @return a future of the updated preferences and the response metadata
     */
    public CompletableFuture<ApiResponse<UserPreferences>> updatePreferences(
        String userId, UserPreferencesUpdateParams params) {
      return executor.executeAsync(
          UsersRequests.updatePreferences(userId, params), UsersRequests.PREFERENCES);
    }

    /**
     * {@code GET /users/{id}/health-profile}.
     *
     * @param userId the user's id
     * @return a future of the health profile and the response metadata
     */
    public CompletableFuture<ApiResponse<HealthProfile>> getHealthProfile(String userId) {
      return executor.executeAsync(
          UsersRequests.getHealthProfile(userId), UsersRequests.HEALTH_PROFILE);
    }

    /**
     * {@code PUT /users/{id}/health-profile}.
     *
     * @param userId the user's id
     * @param params the fields to change
     * @return a future of the updated health profile and the response metadata
     */
    public CompletableFuture<ApiResponse<HealthProfile>> updateHealthProfile(
        String userId, HealthProfileUpdateParams params) {
      return executor.executeAsync(
          UsersRequests.updateHealthProfile(userId, params), UsersRequests.HEALTH_PROFILE);
    }

    /**
     * {@code GET /users/{id}/bookings} without filters.
     *
     * @param userId the user's id
     * @return a future of the first page and the response metadata
     */
    public CompletableFuture<ApiResponse<AsyncPage<Booking>>> listBookings(String userId) {
      return listBookings(userId, UserBookingListParams.builder().build());
    }

    /**
     * {@code GET /users/{id}/bookings}.
     *
     * @param userId the user's id
     * @param params status and date filters, page size and offset
     * @return a future of the page and the response metadata
     */
    public CompletableFuture<ApiResponse<AsyncPage<Booking>>> listBookings(
        String userId, UserBookingListParams params) {
      return executor.executeListAsync(
          UsersRequests.listBookings(userId, params), UsersRequests.BOOKINGS);
    }
  }
}
