package dev.gradiant.sdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * A credential the server handed out once, such as a new API key: a value that never prints. {@link
 * #toString()} is {@code ****}, so a secret cannot reach a log line or an exception message by
 * accident; {@link #reveal()} is the one way to read it, and reads as what it is in a review.
 *
 * <p>Two secrets are equal when their values are; {@link #equals(Object)} compares in constant time
 * (it does not stop at the first differing character), and {@link #hashCode()} is derived from a
 * SHA-256 digest of the value rather than from the value itself. Jackson reads a secret from a JSON
 * string but cannot write one: serialising a model that holds it fails instead of leaking.
 */
public final class Secret {
  private final String value;
  private final byte[] digest;

  private Secret(String value) {
    this.value = value;
    this.digest = sha256(value);
  }

  /**
   * Wraps a credential.
   *
   * @param value the credential, as the server sent it
   * @return the secret
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is empty
   */
  @JsonCreator
  public static Secret of(String value) {
    Objects.requireNonNull(value, "secret must not be null");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("secret must not be empty");
    }
    return new Secret(value);
  }

  /**
   * {@return the credential itself: hand it to what needs it (a secret store, {@link
   * Credentials#apiKey(String)}), never to a log}
   */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Secret that
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), that.value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return ((digest[0] & 0xff) << 24)
        | ((digest[1] & 0xff) << 16)
        | ((digest[2] & 0xff) << 8)
        | (digest[3] & 0xff);
  }

  /** {@return {@code ****}, whatever the value} */
  @Override
  public String toString() {
    return "****";
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
