package dev.gradiant.sdk.internal.realtime;

import java.util.Locale;
import java.util.Map;

/**
 * The {@code token} of the {@code auth} message, from the headers the client's credentials give for
 * REST: an {@code Authorization: Bearer} token, else an {@code X-API-Key}. Read again for every
 * connection, so a renewed token is the one sent. GraphQL subscriptions send the same token in
 * {@code connection_init}.
 */
public final class FeedToken {
  private FeedToken() {}

  /** {@return the token, or {@code null} if the headers carry neither kind} */
  public static String from(Map<String, String> headers) {
    String apiKey = null;
    for (Map.Entry<String, String> header : headers.entrySet()) {
      String name = header.getKey().toLowerCase(Locale.ROOT);
      String value = header.getValue();
      if (value == null) {
        continue;
      }
      if (name.equals("authorization") && value.regionMatches(true, 0, "Bearer ", 0, 7)) {
        String token = value.substring(7).strip();
        if (!token.isEmpty()) {
          return token;
        }
      } else if (name.equals("x-api-key") && !value.isBlank()) {
        apiKey = value.strip();
      }
    }
    return apiKey;
  }
}
