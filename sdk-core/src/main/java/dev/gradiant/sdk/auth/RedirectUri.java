package dev.gradiant.sdk.auth;

import dev.gradiant.sdk.internal.validation.Rfc3986;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Set;

/**
 * Checks an OAuth redirect URI: absolute, RFC 3986 (no raw non-ASCII characters), without a
 * fragment (RFC 6749 §3.1.2), and not plain {@code http} except to a loopback host (RFC 8252 §7.3),
 * so the authorization code never crosses a network in clear text. Custom schemes of native apps
 * ({@code com.example.app:/callback}) pass.
 */
final class RedirectUri {
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

  private RedirectUri() {}

  static String require(String value) {
    Objects.requireNonNull(value, "redirectUri must not be null");
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("redirectUri is not a valid URI");
    }
    if (!uri.isAbsolute() || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "redirectUri must be an absolute URI without a fragment,"
              + " such as https://your-app.com/oauth/callback");
    }
    if ("http".equalsIgnoreCase(uri.getScheme())
        && (uri.getHost() == null || !LOOPBACK.contains(uri.getHost().toLowerCase()))) {
      throw new IllegalArgumentException(
          "redirectUri uses plain http to a host that is not loopback: use https"
              + " (http is allowed to localhost, 127.0.0.1 and [::1])");
    }
    if (!Rfc3986.isUri(value, uri)) {
      throw new IllegalArgumentException(
          "redirectUri must be an RFC 3986 URI (RFC 6749 §3.1.2): percent-encode non-ASCII"
              + " characters and square brackets (outside an IPv6 host), and write an"
              + " internationalised host in its xn-- form");
    }
    return value;
  }
}
