package dev.gradiant.sdk.internal.validation;

import java.net.URI;
import java.util.Objects;

/**
 * Whether a URI that {@link URI} accepted is also an RFC 3986 URI, the contract's {@code format:
 * uri}. {@link URI} is laxer: it takes non-ASCII characters (IRIs such as {@code
 * https://bücher.example/}) and square brackets in the path, query and fragment, where RFC 3986
 * allows them only around an IPv6 host.
 */
public final class Rfc3986 {
  private Rfc3986() {}

  /**
   * @param text the URI as the caller wrote it
   * @param uri {@code text} parsed by {@link URI}
   * @return whether {@code text} is an RFC 3986 URI
   */
  public static boolean isUri(String text, URI uri) {
    if (text.chars().anyMatch(c -> c > 0x7e)) {
      return false;
    }
    String outsideHost =
        uri.isOpaque()
            ? uri.getRawSchemeSpecificPart()
            : Objects.toString(uri.getRawUserInfo(), "")
                + Objects.toString(uri.getRawPath(), "")
                + Objects.toString(uri.getRawQuery(), "");
    outsideHost += Objects.toString(uri.getRawFragment(), "");
    if (outsideHost.indexOf('[') >= 0 || outsideHost.indexOf(']') >= 0) {
      return false;
    }
    String authority = uri.getRawAuthority();
    return authority == null
        || authority.indexOf('[') < 0
        || (uri.getHost() != null && uri.getHost().startsWith("["));
  }
}
