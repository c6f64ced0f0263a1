package dev.gradiant.sdk.auth;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.ResponseFutures;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import dev.gradiant.sdk.users.User;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * {@link AuthClient} without blocking: the same operations, each returning a {@link
 * CompletableFuture} that completes with the same result or fails with the same {@link
 * dev.gradiant.sdk.errors.ApiException} subclass. {@link #authorizationRequest} sends nothing, so
 * it returns its result directly, as in {@link AuthClient}.
 *
 * <p>Arguments are checked before anything is sent, and a bad one is thrown at once. Cancelling a
 * returned future cancels the request in flight and any retry to come.
 */
public final class AsyncAuthClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(AsyncAuthClient.class, AsyncAuthClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  AsyncAuthClient(RequestExecutor executor) {
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
  public AsyncAuthClient withOptions(RequestOptions options) {
    return new AsyncAuthClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@code POST /auth/login}: exchanges an email and password for tokens.
   *
   * @param params the email and password
   * @return a future of the access and refresh tokens
   */
  public CompletableFuture<AuthTokens> login(LoginParams params) {
    return executor.executeForDataAsync(AuthRequests.login(params), AuthRequests.TOKENS);
  }

  /**
   * {@code POST /auth/otp/send}: emails a one-time password.
   *
   * @param params the address
   * @return a future that completes when the server accepted the request
   */
  public CompletableFuture<Void> sendOtp(OtpSendParams params) {
    return ResponseFutures.data(raw.sendOtp(params));
  }

  /**
   * {@code POST /auth/otp/verify}: exchanges the emailed one-time password for tokens.
   *
   * @param params the address and the one-time password
   * @return a future of the access and refresh tokens
   */
  public CompletableFuture<AuthTokens> verifyOtp(OtpVerifyParams params) {
    return executor.executeForDataAsync(AuthRequests.verifyOtp(params), AuthRequests.TOKENS);
  }

  /**
   * {@code POST /auth/refresh}: a new access token for a refresh token.
   *
   * @param params the refresh token
   * @return a future of the new tokens
   */
  public CompletableFuture<AuthTokens> refresh(RefreshParams params) {
    return executor.executeForDataAsync(AuthRequests.refresh(params), AuthRequests.TOKENS);
  }

  /**
   * {@code GET /auth/me}: the user the client's credentials belong to.
   *
   * @return a future of the authenticated user
   */
  public CompletableFuture<User> me() {
    return executor.executeForDataAsync(AuthRequests.me(), AuthRequests.USER);
  }

  /**
   * The OAuth 2.0 authorization URL with a PKCE {@code S256} challenge, as {@link
   * AuthClient#authorizationRequest}. Sends nothing, so it is not a future.
   *
   * @param params client id, redirect URI, scopes and, optionally, the state, PKCE pair and API
   *     root
   * @return the URL to send the browser to, with its state and code verifier
   */
  public AuthorizationRequest authorizationRequest(AuthorizationParams params) {
    Objects.requireNonNull(params, "params must not be null");
    return AuthorizationRequest.start(params, executor.authBaseUrl());
  }

  /**
   * {@code POST /oauth/token} with {@code grant_type=authorization_code}.
   *
   * @param params client id, code, redirect URI and code verifier
   * @return a future of the OAuth tokens
   */
  public CompletableFuture<OAuthToken> exchangeAuthorizationCode(OAuthCodeExchangeParams params) {
    return ResponseFutures.data(raw.exchangeAuthorizationCode(params));
  }

  /**
   * {@code POST /oauth/token} with {@code grant_type=refresh_token}.
   *
   * @param params the refresh token and, for public clients, the client id
   * @return a future of the new OAuth tokens
   */
  public CompletableFuture<OAuthToken> refreshOAuthToken(OAuthRefreshParams params) {
    return ResponseFutures.data(raw.refreshOAuthToken(params));
  }

  /** {@link AsyncAuthClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code POST /auth/login}.
     *
     * @param params the email and password
     * @return a future of the tokens and the response metadata
     */
    public CompletableFuture<ApiResponse<AuthTokens>> login(LoginParams params) {
      return executor.executeAsync(AuthRequests.login(params), AuthRequests.TOKENS);
    }

    /**
     * {@code POST /auth/otp/send}; the server answers {@code 204 No Content}.
     *
     * @param params the address
     * @return a future of no data and the response metadata
     */
    public CompletableFuture<ApiResponse<Void>> sendOtp(OtpSendParams params) {
      return executor.executeWithoutContentAsync(AuthRequests.sendOtp(params));
    }

    /**
     * {@code POST /auth/otp/verify}.
     *
     * @param params the address and the one-time password
     * @return a future of the tokens and the response metadata
     */
    public CompletableFuture<ApiResponse<AuthTokens>> verifyOtp(OtpVerifyParams params) {
      return executor.executeAsync(AuthRequests.verifyOtp(params), AuthRequests.TOKENS);
    }

    /**
     * {@code POST /auth/refresh}.
     *
     * @param params the refresh token
     * @return a future of the new tokens and the response metadata
     */
    public CompletableFuture<ApiResponse<AuthTokens>> refresh(RefreshParams params) {
      return executor.executeAsync(AuthRequests.refresh(params), AuthRequests.TOKENS);
    }

    /**
     * {@code GET /auth/me}.
     *
     * @return a future of the authenticated user and the response metadata
     */
    public CompletableFuture<ApiResponse<User>> me() {
      return executor.executeAsync(AuthRequests.me(), AuthRequests.USER);
    }

    /**
     * {@code POST /oauth/token}, authorization-code grant, form-encoded.
     *
     * @param params client id, code, redirect URI and code verifier
     * @return a future of the OAuth tokens and the response metadata
     */
    public CompletableFuture<ApiResponse<OAuthToken>> exchangeAuthorizationCode(
        OAuthCodeExchangeParams params) {
      return executor
          .forAuthHost()
          .executeUnwrappedAsync(
              AuthRequests.exchangeAuthorizationCode(params), AuthRequests.OAUTH_TOKEN);
    }

    /**
     * {@code POST /oauth/token}, refresh-token grant, form-encoded.
     *
     * @param params the refresh token and, for public clients, the client id
     * @return a future of the new OAuth tokens and the response metadata
     */
    public CompletableFuture<ApiResponse<OAuthToken>> refreshOAuthToken(OAuthRefreshParams params) {
      return executor
          .forAuthHost()
          .executeUnwrappedAsync(AuthRequests.refreshOAuthToken(params), AuthRequests.OAUTH_TOKEN);
    }
  }
}
