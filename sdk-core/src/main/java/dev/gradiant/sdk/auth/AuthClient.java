package dev.gradiant.sdk.auth;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import dev.gradiant.sdk.users.User;
import java.util.Objects;

/**
 * The {@code /auth} and {@code /oauth} endpoints: login, one-time passwords, token refresh, the
 * authenticated account, and the OAuth 2.0 authorization-code flow with PKCE.
 *
 * <p>Login, the one-time-password calls, both refreshes and the code exchange send no credentials
 * (they are how credentials are obtained); {@link #me()} sends the client's. Every method checks
 * its arguments before sending anything. Passwords, one-time passwords, tokens, codes, verifiers
 * and {@code state} never appear in {@code toString()} or in exception messages.
 */
public final class AuthClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(AuthClient.class, AuthClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  AuthClient(RequestExecutor executor) {
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
  public AuthClient withOptions(RequestOptions options) {
    return new AuthClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@code POST /auth/login}: exchanges an email and password for tokens.
   *
   * @param params the email and password
   * @return the access and refresh tokens
   */
  public AuthTokens login(LoginParams params) {
    return executor.executeForData(AuthRequests.login(params), AuthRequests.TOKENS);
  }

  /**
   * {@code POST /auth/otp/send}: emails a one-time password. The answer is the same whether or not
   * an account exists for the address.
   *
   * @param params the address
   */
  public void sendOtp(OtpSendParams params) {
    raw.sendOtp(params);
  }

  /**
   * {@code POST /auth/otp/verify}: exchanges the emailed one-time password for tokens.
   *
   * @param params the address and the one-time password
   * @return the access and refresh tokens
   */
  public AuthTokens verifyOtp(OtpVerifyParams params) {
    return executor.executeForData(AuthRequests.verifyOtp(params), AuthRequests.TOKENS);
  }

  /**
   * {@code POST /auth/refresh}: a new access token for a refresh token. When the answer carries a
   * new refresh token, the old one must no longer be used.
   *
   * @param params the refresh token
   * @return the new tokens
   */
  public AuthTokens refresh(RefreshParams params) {
    return executor.executeForData(AuthRequests.refresh(params), AuthRequests.TOKENS);
  }

  /**
   * {@code GET /auth/me}: the user the client's credentials belong to.
   *
   * @return the authenticated user
   */
  public User me() {
    return executor.executeForData(AuthRequests.me(), AuthRequests.USER);
  }

  /**
   * The OAuth 2.0 authorization URL (RFC 6749 §4.1.1) with a PKCE {@code S256} challenge (RFC
   * 7636), and the state and verifier to keep until the redirect comes back. Sends nothing.
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
   * {@code POST /oauth/token} with {@code grant_type=authorization_code}: exchanges the code from
   * the redirect, proving possession of the PKCE verifier.
   *
   * @param params client id, code, redirect URI and code verifier
   * @return the OAuth tokens
   */
  public OAuthToken exchangeAuthorizationCode(OAuthCodeExchangeParams params) {
    return raw.exchangeAuthorizationCode(params).data();
  }

  /**
   * {@code POST /oauth/token} with {@code grant_type=refresh_token}: a new OAuth access token. When
   * the answer carries a new refresh token, the old one must no longer be used.
   *
   * @param params the refresh token and, for public clients, the client id
   * @return the new OAuth tokens
   */
  public OAuthToken refreshOAuthToken(OAuthRefreshParams params) {
    return raw.refreshOAuthToken(params).data();
  }

  /** {@link AuthClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code POST /auth/login}.
     *
     * @param params the email and password
     * @return the tokens and the response metadata
     */
    public ApiResponse<AuthTokens> login(LoginParams params) {
      return executor.execute(AuthRequests.login(params), AuthRequests.TOKENS);
    }

    /**
     * {@code POST /auth/otp/send}; the server answers {@code 204 No Content}.
     *
     * @param params the address
     * @return no data, and the response metadata
     */
    public ApiResponse<Void> sendOtp(OtpSendParams params) {
      return executor.executeWithoutContent(AuthRequests.sendOtp(params));
    }

    /**
     * {@code POST /auth/otp/verify}.
     *
     * @param params the address and the one-time password
     * @return the tokens and the response metadata
     */
    public ApiResponse<AuthTokens> verifyOtp(OtpVerifyParams params) {
      return executor.execute(AuthRequests.verifyOtp(params), AuthRequests.TOKENS);
    }

    /**
     * {@code POST /auth/refresh}.
     *
     * @param params the refresh token
     * @return the new tokens and the response metadata
     */
    public ApiResponse<AuthTokens> refresh(RefreshParams params) {
      return executor.execute(AuthRequests.refresh(params), AuthRequests.TOKENS);
    }

    /**
     * {@code GET /auth/me}.
     *
     * @return the authenticated user and the response metadata
     */
    public ApiResponse<User> me() {
      return executor.execute(AuthRequests.me(), AuthRequests.USER);
    }

    /**
     * {@code POST /oauth/token}, authorization-code grant, form-encoded; the answer is the
     * unwrapped RFC 6749 token response.
     *
     * @param params client id, code, redirect URI and code verifier
     * @return the OAuth tokens and the response metadata
     */
    public ApiResponse<OAuthToken> exchangeAuthorizationCode(OAuthCodeExchangeParams params) {
      return executor
          .forAuthHost()
          .executeUnwrapped(
              AuthRequests.exchangeAuthorizationCode(params), AuthRequests.OAUTH_TOKEN);
    }

    /**
     * {@code POST /oauth/token}, refresh-token grant, form-encoded; the answer is the unwrapped RFC
     * 6749 token response.
     *
     * @param params the refresh token and, for public clients, the client id
     * @return the new OAuth tokens and the response metadata
     */
    public ApiResponse<OAuthToken> refreshOAuthToken(OAuthRefreshParams params) {
      return executor
          .forAuthHost()
          .executeUnwrapped(AuthRequests.refreshOAuthToken(params), AuthRequests.OAUTH_TOKEN);
    }
  }
}
