package dev.gradiant.sdk.sessions;

import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.core.RequestOptions;
import java.util.Objects;

/**
 * The participant's session token as per-call credentials, replacing the client's API token or key
 * ({@code Authorization: Bearer <session token>}). Messages name the argument, never its value.
 */
final class SessionToken {
  private static final String FIELD = "sessionToken";

  private SessionToken() {}

  /**
   * @param token the session's {@code token}
   * @return options that authenticate with it
   * @throws NullPointerException if {@code token} is null
   * @throws IllegalArgumentException if it is blank or holds a control character
   */
  static RequestOptions options(String token) {
    Objects.requireNonNull(token, FIELD + " must not be null");
    if (token.isBlank()) {
      throw new IllegalArgumentException(FIELD + " must not be blank");
    }
    if (token.strip().chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(FIELD + " must not contain control characters");
    }
    return RequestOptions.builder().credentials(Credentials.bearerToken(token)).build();
  }
}
