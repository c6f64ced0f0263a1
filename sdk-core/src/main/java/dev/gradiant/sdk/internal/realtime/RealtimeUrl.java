package dev.gradiant.sdk.internal.realtime;

import dev.gradiant.sdk.internal.config.BaseUrl;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * The URL of the live feed: the realtime root ({@code wss://ws.gradiant.dev/v1}, or the one the
 * builder was given) plus the contract's path, {@code /realtime}. Without a root of its own, a
 * client whose API base URL is the production one uses the production realtime host; any other base
 * URL (a self-hosted deployment, the sandbox) serves the feed on the same host and path prefix,
 * {@code https} becoming {@code wss} and {@code http} (loopback only) {@code ws}. The URL never
 * carries a credential: the token goes in the first message.
 */
public final class RealtimeUrl {
  /** The production realtime root. */
  public static final String DEFAULT_ROOT = "wss://ws.gradiant.dev/v1";

  /** The feed's path below the root ({@code x} of the AsyncAPI document's {@code feed} channel). */
  public static final String FEED_PATH = "realtime";

  private static final String PRODUCTION_API = "https://api.gradiant.dev/v1";

  private RealtimeUrl() {}

  /**
   * @param root the realtime root the builder was given, or {@code null}
   * @param apiBaseUrl the client's API base URL
   * @return the feed's URL in OkHttp's http(s) form (OkHttp opens {@code ws}/{@code wss} URLs given
   *     as {@code http}/{@code https})
   * @throws IllegalArgumentException if {@code root} is not an absolute {@code ws}/{@code wss} URL,
   *     or plain {@code ws} to a host that is not loopback
   */
  public static HttpUrl feed(String root, HttpUrl apiBaseUrl) {
    HttpUrl base;
    if (root != null) {
      base = BaseUrl.parse("realtimeUrl", asHttp(root));
    } else if (apiBaseUrl.toString().equals(PRODUCTION_API)) {
      base = BaseUrl.parse("realtimeUrl", asHttp(DEFAULT_ROOT));
    } else {
      base = apiBaseUrl;
    }
    return base.newBuilder().addPathSegment(FEED_PATH).build();
  }

  /** {@return {@code url} as the {@code ws}/{@code wss} URL it stands for, for messages} */
  public static String display(HttpUrl url) {
    String text = url.toString();
    return url.isHttps() ? "wss" + text.substring(5) : "ws" + text.substring(4);
  }

  private static String asHttp(String root) {
    String value = root.strip();
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.startsWith("wss://")) {
      return "https://" + value.substring(6);
    }
    if (lower.startsWith("ws://")) {
      return "http://" + value.substring(5);
    }
    throw new IllegalArgumentException(
        "realtimeUrl must be an absolute ws:// or wss:// URL such as " + DEFAULT_ROOT);
  }
}
