package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.testing.internal.Principal.Kind;
import dev.gradiant.sdk.testing.internal.Router.Security;
import dev.gradiant.sdk.testing.internal.Tokens.OAuthCode;
import dev.gradiant.sdk.testing.internal.Tokens.OAuthGrant;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * OAuth 2.0 authorization code with PKCE: {@code GET /oauth/authorize}, the browser step, which
 * approves at once as the demo user and redirects with a code; and {@code POST /oauth/token} (RFC
 * 6749 §4.1.3 and §6, RFC 7636 §4.6), form-encoded or JSON, answering the unwrapped RFC token
 * response or an RFC error.
 */
final class OAuthApi {
  static final Set<String> SCOPES =
      Set.of(
          "read:profile",
          "write:profile",
          "read:bookings",
          "write:bookings",
          "read:practitioners",
          "write:practitioners",
          "read:messages",
          "write:messages",
          "read:health_records",
          "write:health_records",
          "admin:users",
          "admin:platform");

  private static final Pattern VERIFIER = Pattern.compile("^[A-Za-z0-9._~-]{43,128}$");

  private final Store store;
  private final String clientId;
  private final String userId;

  OAuthApi(Store store, String clientId, String userId) {
    this.store = store;
    this.clientId = clientId;
    this.userId = userId;
  }

  void register(Router router) {
    router.add("GET", "/oauth/authorize", Security.NONE, null, this::authorize);
    router.add("POST", "/oauth/token", Security.NONE, null, this::token);
  }

  private Reply authorize(Call call) {
    String client = call.query("client_id");
    String redirect = call.query("redirect_uri");
    if (client == null || !client.equals(clientId)) {
      return error(400, "invalid_client", "Unknown client_id.");
    }
    if (redirect == null || !absolute(redirect)) {
      return error(400, "invalid_request", "redirect_uri must be an absolute URI.");
    }
    String state = call.query("state");
    if (!"code".equals(call.query("response_type"))) {
      return redirect(redirect, state, Map.of("error", "unsupported_response_type"));
    }
    String challenge = call.query("code_challenge");
    if (challenge == null || challenge.isEmpty()) {
      return redirect(
          redirect,
          state,
          Map.of("error", "invalid_request", "error_description", "code_challenge is required"));
    }
    if (!"S256".equals(call.query("code_challenge_method"))) {
      return redirect(
          redirect,
          state,
          Map.of(
              "error",
              "invalid_request",
              "error_description",
              "code_challenge_method must be S256"));
    }
    Set<String> scopes = new LinkedHashSet<>();
    String scope = call.query("scope");
    if (scope == null || scope.isBlank()) {
      scopes.add("read:profile");
    } else {
      for (String each : scope.trim().split(" +")) {
        if (!SCOPES.contains(each)) {
          return redirect(redirect, state, Map.of("error", "invalid_scope"));
        }
        scopes.add(each);
      }
    }
    String code = store.ids.token("gac_", 24);
    store.tokens.codes.put(
        code,
        new OAuthCode(
            client,
            redirect,
            challenge,
            userId,
            Set.copyOf(scopes),
            call.now().plus(Tokens.CODE_LIFETIME)));
    return redirect(redirect, state, Map.of("code", code));
  }

  private static boolean absolute(String uri) {
    try {
      return new URI(uri).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static Reply redirect(String redirectUri, String state, Map<String, String> params) {
    StringBuilder location = new StringBuilder(redirectUri);
    char separator = redirectUri.contains("?") ? '&' : '?';
    Map<String, String> all = new LinkedHashMap<>(params);
    if (state != null) {
      all.put("state", state);
    }
    for (Map.Entry<String, String> entry : all.entrySet()) {
      location
          .append(separator)
          .append(entry.getKey())
          .append('=')
          .append(URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8));
      separator = '&';
    }
    return Reply.redirect(location.toString());
  }

  private Reply token(Call call) {
    Map<String, String> form = form(call);
    if (form == null) {
      return error(
          400,
          "invalid_request",
          "Send the parameters as application/x-www-form-urlencoded (or JSON).");
    }
    String grant = form.get("grant_type");
    if (grant == null || grant.isEmpty()) {
      return error(400, "invalid_request", "grant_type is required.");
    }
    return switch (grant) {
      case "authorization_code" -> exchange(form, call);
      case "refresh_token" -> refresh(form, call);
      default ->
          error(
              400,
              "unsupported_grant_type",
              "grant_type must be authorization_code or refresh_token.");
    };
  }

  private Reply exchange(Map<String, String> form, Call call) {
    for (String name : List.of("code", "redirect_uri", "client_id", "code_verifier")) {
      if (form.get(name) == null || form.get(name).isEmpty()) {
        return error(400, "invalid_request", name + " is required.");
      }
    }
    if (!absolute(form.get("redirect_uri"))) {
      return error(400, "invalid_request", "redirect_uri must be an absolute URI.");
    }
    if (!VERIFIER.matcher(form.get("code_verifier")).matches()) {
      return error(
          400,
          "invalid_request",
          "code_verifier must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~ (RFC 7636).");
    }
    if (!form.get("client_id").equals(clientId)) {
      return error(401, "invalid_client", "Unknown client_id.");
    }
    OAuthCode code = store.tokens.codes.remove(form.get("code"));
    if (code == null || !call.now().isBefore(code.expiresAt())) {
      return error(400, "invalid_grant", "The authorization code has expired or was already used.");
    }
    if (!code.clientId().equals(form.get("client_id"))
        || !code.redirectUri().equals(form.get("redirect_uri"))) {
      return error(
          400, "invalid_grant", "client_id or redirect_uri differ from the authorization request.");
    }
    if (!code.challenge().equals(s256(form.get("code_verifier")))) {
      return error(400, "invalid_grant", "code_verifier does not match the code_challenge.");
    }
    return tokens(new OAuthGrant(code.clientId(), code.userId(), code.scopes()), call);
  }

  private Reply refresh(Map<String, String> form, Call call) {
    String token = form.get("refresh_token");
    if (token == null || token.isEmpty()) {
      return error(400, "invalid_request", "refresh_token is required.");
    }
    String client = form.get("client_id");
    if (client != null && !client.equals(clientId)) {
      return error(401, "invalid_client", "Unknown client_id.");
    }
    OAuthGrant grant = store.tokens.oauthRefreshTokens.remove(token);
    if (grant == null) {
      return error(400, "invalid_grant", "The refresh token is invalid, expired or already used.");
    }
    return tokens(grant, call);
  }

  private Reply tokens(OAuthGrant grant, Call call) {
    String access = store.ids.token("goa_", 32);
    String refresh = store.ids.token("gor_", 32);
    store.tokens.bearer.put(
        access,
        new Principal(
            Kind.OAUTH,
            grant.userId(),
            grant.scopes(),
            null,
            call.now().plus(Tokens.OAUTH_TOKEN_LIFETIME)));
    store.tokens.oauthRefreshTokens.put(refresh, grant);
    ObjectNode body =
        Json.object()
            .put("access_token", access)
            .put("token_type", "Bearer")
            .put("expires_in", Tokens.OAUTH_TOKEN_LIFETIME.toSeconds())
            .put("refresh_token", refresh)
            .put("scope", String.join(" ", grant.scopes().stream().sorted().toList()));
    return Reply.json(200, body).withHeader("Cache-Control", "no-store");
  }

  /** The parameters, form-encoded or as a JSON object of strings; null when neither. */
  private static Map<String, String> form(Call call) {
    String type = call.header("Content-Type");
    String mediaType = type == null ? "" : type.split(";")[0].trim().toLowerCase(Locale.ROOT);
    Map<String, String> form = new LinkedHashMap<>();
    if (mediaType.equals("application/x-www-form-urlencoded")) {
      Call.parseQuery(new String(call.body(), StandardCharsets.UTF_8))
          .forEach((name, values) -> form.put(name, values.get(0)));
      return form;
    }
    if (mediaType.equals("application/json")) {
      try {
        JsonNode node = Json.parse(call.body());
        if (!node.isObject()) {
          return null;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          if (!field.getValue().isTextual()) {
            return null;
          }
          form.put(field.getKey(), field.getValue().asText());
        }
        return form;
      } catch (IOException e) {
        return null;
      }
    }
    return null;
  }

  static String s256(String verifier) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static Reply error(int status, String error, String description) {
    ObjectNode body = Json.object().put("error", error).put("error_description", description);
    return Reply.json(status, body).withHeader("Cache-Control", "no-store");
  }
}
