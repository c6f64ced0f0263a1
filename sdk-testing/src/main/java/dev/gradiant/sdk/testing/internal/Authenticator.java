package dev.gradiant.sdk.testing.internal;

import dev.gradiant.sdk.testing.internal.Principal.Kind;
import dev.gradiant.sdk.testing.internal.Router.Route;
import dev.gradiant.sdk.testing.internal.Router.Security;

/**
 * Checks a request's credentials against its operation's security: the API token, the API key
 * ({@code X-API-Key}, or as a bearer token), login and OAuth access tokens (OAuth tokens only where
 * the contract lists a scope, and only with that scope), and session tokens only on their own
 * session's {@code advance-phase} and {@code checkpoint}.
 */
final class Authenticator {
  private Authenticator() {}

  static Principal authenticate(Tokens tokens, Route route, Call call) {
    if (route.security() == Security.NONE) {
      return null;
    }
    Principal principal = identify(tokens, call);
    if (principal.expired(call.now())) {
      throw invalidToken("Authentication token invalid or expired");
    }
    if (route.security() == Security.SESSION_TOKEN) {
      if (principal.kind() != Kind.SESSION) {
        throw invalidToken("This operation takes the session's own token, not an API credential");
      }
      if (!principal.sessionId().equals(call.pathParam(0))) {
        throw forbidden("This session token belongs to another session", null);
      }
      return principal;
    }
    if (principal.kind() == Kind.SESSION) {
      throw invalidToken("Session tokens only work on advance-phase and checkpoint");
    }
    if (principal.kind() == Kind.OAUTH) {
      if (route.scope() == null) {
        throw forbidden(
            "No OAuth scope grants this operation; call it with an API token or key", null);
      }
      if (!principal.scopes().contains(route.scope())) {
        throw forbidden("User lacks required permissions", route.scope());
      }
    }
    if (principal.kind() == Kind.API_KEY
        && principal.scopes() != null
        && !principal.scopes().contains(ApiKeysApi.ADMIN_PLATFORM)
        && (route.scope() == null || !principal.scopes().contains(route.scope()))) {
      throw forbidden(
          "This API key's scopes do not grant this operation",
          route.scope() == null ? ApiKeysApi.ADMIN_PLATFORM : route.scope());
    }
    return principal;
  }

  private static Principal identify(Tokens tokens, Call call) {
    String key = call.header("X-API-Key");
    if (key != null) {
      Principal principal = tokens.apiKey(key);
      if (principal == null) {
        throw invalidToken("API key invalid");
      }
      return principal;
    }
    String authorization = call.header("Authorization");
    if (authorization == null || authorization.isBlank()) {
      throw new ApiError(401, "AUTHENTICATION_REQUIRED", "Authentication token required", null)
          .header("WWW-Authenticate", "Bearer realm=\"gradiant\"");
    }
    if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw invalidToken("Use Authorization: Bearer <token> or X-API-Key: <key>");
    }
    Principal principal = tokens.bearer(authorization.substring(7).trim());
    if (principal == null) {
      throw invalidToken("Authentication token invalid or expired");
    }
    return principal;
  }

  private static ApiError invalidToken(String message) {
    return new ApiError(401, "INVALID_TOKEN", message, null)
        .header("WWW-Authenticate", "Bearer realm=\"gradiant\", error=\"invalid_token\"");
  }

  private static ApiError forbidden(String message, String scope) {
    return new ApiError(
        403,
        "INSUFFICIENT_PERMISSIONS",
        message,
        scope == null ? null : Json.object().put("requiredScope", scope));
  }
}
