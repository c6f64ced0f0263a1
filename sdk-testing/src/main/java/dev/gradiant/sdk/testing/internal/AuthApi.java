package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.testing.internal.Principal.Kind;
import dev.gradiant.sdk.testing.internal.Router.Security;
import java.util.Set;

/**
 * {@code /auth/*}: password and one-time-password login, token refresh with rotation, and the
 * caller's identity. Every registered user's password is the sandbox's demo password; the one-time
 * password is its demo OTP, valid once after {@code /auth/otp/send}.
 */
final class AuthApi {
  private final Store store;
  private final String password;
  private final String otp;

  AuthApi(Store store, String password, String otp) {
    this.store = store;
    this.password = password;
    this.otp = otp;
  }

  void register(Router router) {
    router.add("POST", "/auth/login", Security.NONE, null, this::login);
    router.add("POST", "/auth/otp/send", Security.NONE, null, this::sendOtp);
    router.add("POST", "/auth/otp/verify", Security.NONE, null, this::verifyOtp);
    router.add("POST", "/auth/refresh", Security.NONE, null, this::refresh);
    router.add("GET", "/auth/me", Security.API, "read:profile", this::me);
  }

  private Reply login(Call call) {
    BodyReader body = BodyReader.of(call.jsonObject(), Set.of("email", "password"));
    String email = body.email("email", true);
    String given = body.string("password", true, 1);
    body.done();
    ObjectNode user = store.userByEmail(email);
    if (user == null || !password.equals(given)) {
      throw invalidCredentials();
    }
    return call.ok(issue(user.get("id").asText(), call));
  }

  private Reply sendOtp(Call call) {
    BodyReader body = BodyReader.of(call.jsonObject(), Set.of("email"));
    String email = body.email("email", true);
    body.done();
    if (store.userByEmail(email) != null) {
      store.tokens.otps.put(email.toLowerCase(java.util.Locale.ROOT), otp);
    }
    return Reply.noContent();
  }

  private Reply verifyOtp(Call call) {
    BodyReader body = BodyReader.of(call.jsonObject(), Set.of("email", "otp"));
    String email = body.email("email", true);
    String given = body.string("otp", true, 1);
    if (given != null && given.length() > 16) {
      body.issue("otp", "Must be at most 16 characters");
    }
    body.done();
    String key = email.toLowerCase(java.util.Locale.ROOT);
    ObjectNode user = store.userByEmail(email);
    if (user == null || !given.equals(store.tokens.otps.get(key))) {
      throw invalidCredentials();
    }
    store.tokens.otps.remove(key);
    if (!user.path("verified").asBoolean()) {
      user.put("verified", true);
      user.put("updatedAt", Times.format(call.now()));
      store.emit("user.verified", user, call.now());
    }
    return call.ok(issue(user.get("id").asText(), call));
  }

  private Reply refresh(Call call) {
    BodyReader body = BodyReader.of(call.jsonObject(), Set.of("refreshToken"));
    String token = body.string("refreshToken", true, 1);
    body.done();
    String userId = store.tokens.refreshTokens.remove(token);
    if (userId == null) {
      throw new ApiError(
          401, "INVALID_TOKEN", "Refresh token invalid, expired or already used", null);
    }
    return call.ok(issue(userId, call));
  }

  private Reply me(Call call) {
    return call.ok(store.user(call.principal().userId()));
  }

  private ObjectNode issue(String userId, Call call) {
    String access = store.ids.token("gat_", 32);
    String refresh = store.ids.token("grt_", 32);
    store.tokens.bearer.put(
        access,
        new Principal(
            Kind.ACCESS_TOKEN, userId, null, null, call.now().plus(Tokens.ACCESS_TOKEN_LIFETIME)));
    store.tokens.refreshTokens.put(refresh, userId);
    return Json.object()
        .put("accessToken", access)
        .put("refreshToken", refresh)
        .put("tokenType", "Bearer")
        .put("expiresIn", Tokens.ACCESS_TOKEN_LIFETIME.toSeconds());
  }

  private static ApiError invalidCredentials() {
    return new ApiError(401, "INVALID_CREDENTIALS", "Invalid email or password", null);
  }
}
