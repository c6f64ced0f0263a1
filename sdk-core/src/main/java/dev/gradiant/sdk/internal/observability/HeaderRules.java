package dev.gradiant.sdk.internal.observability;

import java.util.Locale;
import java.util.Set;
import okhttp3.Headers;

/**
 * Which headers an observer may add to an attempt: not the credentials', not the ones the SDK
 * writes itself (idempotency, content, negotiation, connection), and none the request already
 * carries; names must be HTTP tokens and values visible ASCII. Messages name the header, never the
 * value (an observer may have been handed a secret by mistake).
 */
final class HeaderRules {
  private static final Set<String> RESERVED =
      Set.of(
          "authorization",
          "proxy-authorization",
          "x-api-key",
          "cookie",
          "idempotency-key",
          "host",
          "connection",
          "transfer-encoding",
          "accept",
          "accept-encoding",
          "user-agent",
          "te",
          "upgrade",
          "keep-alive");

  private HeaderRules() {}

  /**
   * @throws IllegalArgumentException if an observer may not set {@code name} to {@code value} on a
   *     request that carries {@code headers} and the credentials' {@code credentialNames}
   */
  static void check(String name, String value, Headers headers, Set<String> credentialNames) {
    if (name == null || value == null) {
      throw new IllegalArgumentException("A header's name and value must not be null");
    }
    if (!isToken(name)) {
      throw new IllegalArgumentException(
          "An observer's header name must be an HTTP token (letters, digits, -, _ ...)");
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (RESERVED.contains(lower)
        || lower.startsWith("content-")
        || lower.startsWith("x-gradiant-")) {
      throw new IllegalArgumentException(
          "An observer may not set the header " + name + ": the SDK sets it itself");
    }
    if (headers.get(name) != null || containsIgnoringCase(credentialNames, name)) {
      throw new IllegalArgumentException(
          "An observer may not set the header "
              + name
              + ": the request carries it already (set by the SDK, the caller or the credentials)");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c >= 0x7f) {
        throw new IllegalArgumentException(
            "The value an observer set for the header "
                + name
                + " has a character that cannot be sent in HTTP (control or non-ASCII)");
      }
    }
  }

  private static boolean containsIgnoringCase(Set<String> names, String name) {
    for (String each : names) {
      if (each.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  /** RFC 9110's {@code token}: one or more visible ASCII characters but separators. */
  private static boolean isToken(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
