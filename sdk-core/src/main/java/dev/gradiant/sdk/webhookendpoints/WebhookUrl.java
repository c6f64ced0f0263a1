package dev.gradiant.sdk.webhookendpoints;

import dev.gradiant.sdk.internal.validation.Rfc3986;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * Checks a delivery URL as the contract does: an absolute RFC 3986 URL (no raw non-ASCII
 * characters), {@code https}, with a host, at most 2,048 characters. Plain {@code http} is refused:
 * deliveries carry health data.
 */
final class WebhookUrl {
  static final int MAX_LENGTH = 2048;

  private WebhookUrl() {}

  /**
   * @param value the URL as given
   * @return {@code value} stripped of surrounding whitespace, with the scheme in lower case
   * @throws NullPointerException if null
   * @throws IllegalArgumentException if it is not an absolute {@code https} URL with a host
   */
  static String require(String value) {
    Objects.requireNonNull(value, "url must not be null");
    String url = value.strip();
    if (url.isEmpty()) {
      throw new IllegalArgumentException("url must not be blank");
    }
    if (url.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "url must be at most " + MAX_LENGTH + " characters, got " + url.length());
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "url is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
    }
    if (!uri.isAbsolute()) {
      throw new IllegalArgumentException(
          "url must be an absolute URL such as https://example.com/webhooks, got a relative one");
    }
    if (!uri.getScheme().equalsIgnoreCase("https")) {
      throw new IllegalArgumentException(
          "url must use https (deliveries carry health data and are only sent over HTTPS), got "
              + uri.getScheme());
    }
    if (uri.getRawAuthority() == null || uri.getRawAuthority().isBlank()) {
      throw new IllegalArgumentException(
          "url must name a host, such as https://example.com/webhooks");
    }
    if (!Rfc3986.isUri(url, uri)) {
      throw new IllegalArgumentException(
          "url must be an RFC 3986 URL: percent-encode non-ASCII characters and square brackets"
              + " (outside an IPv6 host), and write an internationalised host in its xn-- form");
    }
    return "https" + url.substring(uri.getScheme().length());
  }
}
