package dev.gradiant.sdk.internal.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import okhttp3.HttpUrl;

/**
 * Parses and checks the API base URL: {@code https} anywhere, plain {@code http} only to a loopback
 * host (health data must not cross a network in clear text). No DNS lookup is made.
 */
public final class BaseUrl {
  private BaseUrl() {}

  /**
   * @param value e.g. {@code https://api.gradiant.dev/v1}
   * @return the URL without a trailing slash
   * @throws IllegalArgumentException if it is not an absolute http(s) URL, carries user info, a
   *     query or a fragment, or uses http to a host that is not loopback
   */
  public static HttpUrl parse(String value) {
    return parse("baseUrl", value);
  }

  /**
   * {@link #parse(String)} for another root URL (the OAuth host), naming it in the messages.
   *
   * @param field the builder method's name, e.g. {@code authBaseUrl}
   * @param value e.g. {@code https://auth.gradiant.dev}
   * @return the URL without a trailing slash
   * @throws IllegalArgumentException as {@link #parse(String)}
   */
  public static HttpUrl parse(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be null or blank");
    }
    HttpUrl url = HttpUrl.parse(value.strip());
    if (url == null) {
      throw new IllegalArgumentException(
          field
              + " must be an absolute http(s) URL such as https://api.gradiant.dev/v1, got: "
              + value);
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      throw new IllegalArgumentException(
          field + " must not carry user info; pass credentials to the builder instead");
    }
    if (url.query() != null || url.fragment() != null) {
      throw new IllegalArgumentException(field + " must not have a query or a fragment: " + url);
    }
    if (!url.isHttps() && !isLoopback(url.host())) {
      throw new IllegalArgumentException(
          field
              + " uses plain http to "
              + url.host()
              + ": health data is only sent over https (http is allowed to localhost, 127.0.0.0/8"
              + " and ::1 for local testing)");
    }
    return withoutTrailingSlash(url);
  }

  /** Whether {@code host} is {@code localhost} or a loopback IP literal (never resolved). */
  static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!isIpLiteral(host)) {
      return false;
    }
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static boolean isIpLiteral(String host) {
    return host.contains(":") || host.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
  }

  private static HttpUrl withoutTrailingSlash(HttpUrl url) {
    int last = url.pathSize() - 1;
    if (url.pathSegments().get(last).isEmpty()) {
      return url.newBuilder().removePathSegment(last).build();
    }
    return url;
  }
}
