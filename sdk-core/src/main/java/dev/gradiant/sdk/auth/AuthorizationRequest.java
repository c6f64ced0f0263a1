package dev.gradiant.sdk.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;

/**
 * The first step of the OAuth 2.0 authorization-code flow with PKCE: the URL to send the user's
 * browser to, and the two secrets to keep (in the user's server-side session) until the browser
 * comes back to the redirect URI. There, check the returned {@code state} with {@link
 * #stateMatches(String)}, then pass the {@code code} and {@link #codeVerifier()} to {@link
 * AuthClient#exchangeAuthorizationCode(OAuthCodeExchangeParams)}.
 *
 * <p>{@link #toString()} shows neither the state nor the verifier, nor the URL's query.
 */
public final class AuthorizationRequest {
  private final String url;
  private final String state;
  private final String codeVerifier;

  private AuthorizationRequest(String url, String state, String codeVerifier) {
    this.url = url;
    this.state = state;
    this.codeVerifier = codeVerifier;
  }

  /** Builds the URL, generating the state and the PKCE pair unless {@code params} has them. */
  static AuthorizationRequest start(AuthorizationParams params, HttpUrl clientBaseUrl) {
    Pkce pkce = params.pkce().orElseGet(Pkce::generate);
    String state = params.state().orElseGet(() -> RandomStrings.base64Url(32));
    HttpUrl.Builder url =
        params
            .baseUrl()
            .map(HttpUrl::get)
            .orElse(clientBaseUrl)
            .newBuilder()
            .addPathSegments("oauth/authorize")
            .addQueryParameter("response_type", "code")
            .addQueryParameter("client_id", params.clientId())
            .addQueryParameter("redirect_uri", params.redirectUri());
    if (!params.scopes().isEmpty()) {
      url.addQueryParameter(
          "scope",
          params.scopes().stream().map(OAuthScope::value).collect(Collectors.joining(" ")));
    }
    url.addQueryParameter("state", state)
        .addQueryParameter("code_challenge", pkce.challenge())
        .addQueryParameter("code_challenge_method", pkce.challengeMethod());
    return new AuthorizationRequest(url.build().toString(), state, pkce.verifier());
  }

  /** {@return the authorization URL to redirect the user's browser to} */
  public String url() {
    return url;
  }

  /** {@return the {@code state} sent in the URL; keep it to check the redirect} */
  public String state() {
    return state;
  }

  /** {@return the PKCE code verifier; keep it secret until the code exchange} */
  public String codeVerifier() {
    return codeVerifier;
  }

  /**
   * Whether the {@code state} that came back on the redirect is the one sent, compared in constant
   * time. A mismatch means the redirect was not started by this request (RFC 6749 §10.12): do not
   * exchange its code.
   *
   * @param returnedState the {@code state} query parameter of the redirect; may be null
   * @return true only if it equals {@link #state()}
   */
  public boolean stateMatches(String returnedState) {
    return returnedState != null
        && MessageDigest.isEqual(
            state.getBytes(StandardCharsets.UTF_8), returnedState.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "AuthorizationRequest[url="
        + url.substring(0, url.indexOf('?'))
        + "?****, state=****, codeVerifier=****]";
  }
}
