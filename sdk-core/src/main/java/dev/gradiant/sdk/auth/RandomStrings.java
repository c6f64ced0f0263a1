package dev.gradiant.sdk.auth;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable strings for PKCE verifiers and OAuth {@code state}: base64url, no padding. */
final class RandomStrings {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private RandomStrings() {}

  /** {@code bytes} random bytes as base64url: 32 bytes give 43 characters (256 bits). */
  static String base64Url(int bytes) {
    byte[] buffer = new byte[bytes];
    RANDOM.nextBytes(buffer);
    return BASE64URL.encodeToString(buffer);
  }
}
