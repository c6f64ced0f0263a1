package dev.gradiant.sdk.users;

import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import dev.gradiant.sdk.pagination.Page;

/**
 * The {@code /users} endpoints: create, list, get and update users; the authenticated caller;
 * preferences; health profiles; and each user's bookings.
 *
 * <p>Every method checks its arguments before sending anything: a null, blank or path-changing id
 * ({@code ../admin}, {@code a/b}) is an {@link IllegalArgumentException} or {@link
 * NullPointerException} naming the argument. API errors are thrown as {@link
 * dev.gradiant.sdk.errors.ApiException} subclasses.
 */
public final class UsersClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(UsersClient.class, UsersClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  UsersClient(RequestExecutor executor) {
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
  public UsersClient withOptions(RequestOptions options) {
    return new UsersClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@code POST /users}: creates a user.
   *
   * @param params the new user's fields
   * @return the created user
   */
  public User create(UserCreateParams params) {
    return executor.executeForData(UsersRequests.create(params), UsersRequests.USER);
  }

  /**
   * {@code GET /users}: the first page of users, with the server's default page size.
   *
   * @return the page; {@link Page#autoPager()} walks every user
   */
  public Page<User> list() {
    return raw.list().data();
  }

  /**
   * {@code GET /users}: one page of users.
   *
   * @param params page size and offset
   * @return the page; {@link Page#autoPager()} walks every user from there on
   */
  public Page<User> list(UserListParams params) {
    return raw.list(params).data();
  }

  /**
   * {@code GET /users/{id}}.
   *
   * @param userId the user's id
   * @return the user
   */
  public User get(String userId) {
    return executor.executeForData(UsersRequests.get(userId), UsersRequests.USER);
  }

  /**
   * {@code PUT /users/{id}}: changes the fields set in {@code params}.
   *
   * @param userId the user's id
   * @param params the fields to change
   * @return the updated user
   */
  public User update(String userId, UserUpdateParams params) {
    return executor.executeForData(UsersRequests.update(userId, params), UsersRequests.USER);
  }

  /**
   * {@code GET /user}: the user the client's credentials belong to.
   *
   * @return the authenticated user
   */
  public User me() {
    return executor.executeForData(UsersRequests.me(), UsersRequests.USER);
  }

  /**
   * {@code GET /users/{id}/preferences}.
   *
   * @param userId the user's id
   * @return the user's preferences
   */
  public UserPreferences getPreferences(String userId) {
    return executor.executeForData(UsersRequests.getPreferences(userId), UsersRequests.PREFERENCES);
  }

  /**
   * {@code PUT /users/{id}/preferences}: changes the settings set in {@code params}.
   *
   * @param userId the user's id
   * @param params the settings to change
   * @return the updated preferences
   */
  public UserPreferences updatePreferences(String userId, UserPreferencesUpdateParams params) {
    return executor.executeForData(
        UsersRequests.updatePreferences(userId, params), UsersRequests.PREFERENCES);
  }

  /**
   * {@code GET /users/{id}/health-profile}.
   *
   * @param userId the user's id
   * @return the user's health profile
   */
  public HealthProfile getHealthProfile(String userId) {
    return executor.executeForData(
        UsersRequests.getHealthProfile(userId), UsersRequests.HEALTH_PROFILE);
  }

  /**
   * {@code PUT /users/{id}/health-profile}: replaces the lists set in {@code params}.
   *
   * @param userId the user's id
   * @param params the fields to change
   * @return the updated health profile
   */
  public HealthProfile updateHealthProfile(String userId, HealthProfileUpdateParams params) {
    return executor.executeForData(
        UsersRequests.updateHealthProfile(userId, params), UsersRequests.HEALTH_PROFILE);
  }

  /**
   * {@code GET /users/{id}/bookings}: the first page of the user's bookings.
   *
   * @param userId the user's id
   * @return the page; {@link Page#autoPager()} walks every booking
   */
  public Page<Booking> listBookings(String userId) {
    return raw.listBookings(userId).data();
  }

  /**
   * {@code GET /users/{id}/bookings}: one page of the user's bookings, filtered.
   *
   * @param userId the user's id
   * @param params status and date filters, page size and offset
   * @return the page; {@link Page#autoPager()} walks every matching booking from there on
   */
  public Page<Booking> listBookings(String userId, UserBookingListParams params) {
    return raw.listBookings(userId, params).data();
  }

  /** {@link UsersClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code POST /users}.
     *
     * @param params the new user's fields
     * @return the created user and the response metadata
     */
    public ApiResponse<User> create(UserCreateParams params) {
      return executor.execute(UsersRequests.create(params), UsersRequests.USER);
    }

    /**
     * {@code GET /users} with the server's default page size.
     *
     * @return the first page and the response metadata
     */
    public ApiResponse<Page<User>> list() {
      return list(UserListParams.builder().build());
    }

    /**
     * {@code GET /users}.
     *
     * @param params page size and offset
     * @return the page and the response metadata
     */
    public ApiResponse<Page<User>> list(UserListParams params) {
      return executor.executeList(UsersRequests.list(params), UsersRequests.USERS);
    }

    /**
     * {@code GET /users/{id}}.
     *
     * @param userId the user's id
     * @return the user and the response metadata
     */
    public ApiResponse<User> get(String userId) {
      return executor.execute(UsersRequests.get(userId), UsersRequests.USER);
    }

    /**
     * {@code PUT /users/{id}}.
     *
     * @param userId the user's id
     * @param params the fields to change
     * @return the updated user and the response metadata
     */
    public ApiResponse<User> update(String userId, UserUpdateParams params) {
      return executor.execute(UsersRequests.update(userId, params), UsersRequests.USER);
    }

    /**
     * {@code GET /user}.
     *
     * @return the authenticated user and the response metadata
     */
    public ApiResponse<User> me() {
      return executor.execute(UsersRequests.me(), UsersRequests.USER);
    }

    /**
     * {@code GET /users/{id}/preferences}.
     *
     * @param userId the user's id
     * @return the preferences and the response metadata
     */
    public ApiResponse<UserPreferences> getPreferences(String userId) {
      return executor.execute(UsersRequests.getPreferences(userId), UsersRequests.PREFERENCES);
    }

    /**
     * {@code PUT /users/{id}/preferences}.
     *
     * @param userId the user's id
     * @param params the settings to change
     * @return the updated preferences and the response metadata
     */
    public ApiResponse<UserPreferences> updatePreferences(
        String userId, UserPreferencesUpdateParams params) {
      return executor.execute(
          UsersRequests.updatePreferences(userId, params), UsersRequests.PREFERENCES);
    }

    /**
     * {@code GET /users/{id}/health-profile}.
     *
     * @param userId the user's id
     * @return the health profile and the response metadata
     */
    public ApiResponse<HealthProfile> getHealthProfile(String userId) {
      return executor.execute(UsersRequests.getHealthProfile(userId), UsersRequests.HEALTH_PROFILE);
    }

    /**
     * {@code PUT /users/{id}/health-profile}.
     *
     * @param userId the user's id
     * @param params the fields to change
     * @return the updated health profile and the response metadata
     */
    public ApiResponse<HealthProfile> updateHealthProfile(
        String userId, HealthProfileUpdateParams params) {
      return executor.execute(
          UsersRequests.updateHealthProfile(userId, params), UsersRequests.HEALTH_PROFILE);
    }

    /**
     * {@code GET /users/{id}/bookings} without filters.
     *
     * @param userId the user's id
     * @return the first page and the response metadata
     */
    public ApiResponse<Page<Booking>> listBookings(String userId) {
      return listBookings(userId, UserBookingListParams.builder().build());
    }

    /**
     * {@code GET /users/{id}/bookings}.
     *
     * @param userId the user's id
     * @param params status and date filters, page size and offset
     * @return the page and the response metadata
     */
    public ApiResponse<Page<Booking>> listBookings(String userId, UserBookingListParams params) {
      return executor.executeList(
          UsersRequests.listBookings(userId, params), UsersRequests.BOOKINGS);
    }
  }
}
