package dev.gradiant.sdk.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/**
 * A PKCE code verifier and its {@code S256} code challenge (RFC 7636). The challenge goes into the
 * authorization URL; the verifier stays with the application until the code is exchanged at {@code
 * POST /oauth/token}. The verifier is a secret: {@link #toString()} leaves it out.
 */
public final class Pkce {
  /** The only challenge method the SDK sends: SHA-256 of the verifier, base64url-encoded. */
  public static final String CHALLENGE_METHOD = "S256";

  private static final int MIN_LENGTH = 43;
  private static final int MAX_LENGTH = 128;
  private static final int RANDOM_BYTES = 32;

  private final String verifier;
  private final String challenge;

  private Pkce(String verifier) {
    this.verifier = verifier;
    this.challenge = challengeOf(verifier);
  }

  /**
   * A new verifier of 43 characters drawn from 32 bytes of {@link java.security.SecureRandom}, as
   * RFC 7636 §7.1 recommends.
   *
   * @return the verifier and its challenge
   */
  public static Pkce generate() {
    return new Pkce(RandomStrings.base64Url(RANDOM_BYTES));
  }

  /**
   * Wraps a verifier made elsewhere, e.g. one kept in the user's web session.
   *
   * @param verifier 43 to 128 characters of {@code A-Z a-z 0-9 - . _ ~}
   * @return the verifier and its challenge
   * @throws NullPointerException if {@code verifier} is null
   * @throws IllegalArgumentException if its length or characters break RFC 7636 §4.1
   */
  public static Pkce fromVerifier(String verifier) {
    return new Pkce(requireVerifier("codeVerifier", verifier));
  }

  /** {@return the code verifier, sent only to the token endpoint; a secret} */
  public String verifier() {
    return verifier;
  }

  /** {@return the {@code S256} code challenge for the authorization URL} */
  public String challenge() {
    return challenge;
  }

  /** {@return {@value #CHALLENGE_METHOD}} */
  public String challengeMethod() {
    return CHALLENGE_METHOD;
  }

  /** Shows the challenge (it is public) but never the verifier. */
  @Override
  public String toString() {
    return "Pkce[verifier=****, challenge=" + challenge + ", method=" + CHALLENGE_METHOD + "]";
  }

  /** Checks a verifier against RFC 7636 §4.1 without putting it in the message. */
  static String requireVerifier(String field, String value) {
    Objects.requireNonNull(value, () -> field + " must not be null");
    if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          field
              + " must be "
              + MIN_LENGTH
              + " to "
              + MAX_LENGTH
              + " characters long (RFC 7636), got "
              + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      if (!isUnreserved(value.charAt(i))) {
        throw new IllegalArgumentException(
            field + " may only contain A-Z, a-z, 0-9, '-', '.', '_' and '~' (RFC 7636)");
      }
    }
    return value;
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  private static String challengeOf(String verifier) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
