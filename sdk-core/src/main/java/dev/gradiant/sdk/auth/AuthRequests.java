package dev.gradiant.sdk.auth;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.gradiant.sdk.internal.http.ApiRequest;
import dev.gradiant.sdk.internal.json.Json;
import dev.gradiant.sdk.users.User;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The requests of the {@code /auth} and {@code /oauth} endpoints and the readers of their answers,
 * built in one place for {@link AuthClient} and {@link AsyncAuthClient}. Each checks its arguments.
 */
final class AuthRequests {
  static final ObjectReader TOKENS = Json.envelopeReader(AuthTokens.class);
  static final ObjectReader USER = Json.envelopeReader(User.class);
  static final ObjectReader OAUTH_TOKEN = Json.mapper().readerFor(OAuthToken.class);

  private AuthRequests() {}

  static ApiRequest login(LoginParams params) {
    Objects.requireNonNull(params, "params must not be null");
    return ApiRequest.post("/auth/login").unauthenticated().body(params).build();
  }

  static ApiRequest sendOtp(OtpSendParams params) {
    Objects.requireNonNull(params, "params must not be null");
    return ApiRequest.post("/auth/otp/send").unauthenticated().body(params).build();
  }

  static ApiRequest verifyOtp(OtpVerifyParams params) {
    Objects.requireNonNull(params, "params must not be null");
    return ApiRequest.post("/auth/otp/verify").unauthenticated().body(params).build();
  }

  static ApiRequest refresh(RefreshParams params) {
    Objects.requireNonNull(params, "params must not be null");
    return ApiRequest.post("/auth/refresh").unauthenticated().body(params).build();
  }

  static ApiRequest me() {
    return ApiRequest.get("/auth/me").build();
  }

  static ApiRequest exchangeAuthorizationCode(OAuthCodeExchangeParams params) {
    Objects.requireNonNull(params, "params must not be null");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "authorization_code");
    form.put("code", params.code());
    form.put("redirect_uri", params.redirectUri());
    form.put("client_id", params.clientId());
    form.put("code_verifier", params.codeVerifier());
    return token(form);
  }

  static ApiRequest refreshOAuthToken(OAuthRefreshParams params) {
    Objects.requireNonNull(params, "params must not be null");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "refresh_token");
    form.put("refresh_token", params.refreshToken());
    form.put("client_id", params.clientId().orElse(null));
    return token(form);
  }

  private static ApiRequest token(Map<String, String> form) {
    return ApiRequest.post("/oauth/token").unauthenticated().formBody(form).build();
  }
}
