package dev.gradiant.sdk.testing.internal;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

/** Ids, tokens and secrets from one random source, reproducible when the seed is fixed. */
public final class Ids {
  private final Random random;

  /**
   * @param seed the seed of the random source
   */
  public Ids(long seed) {
    this.random = new Random(seed);
  }

  /** {@return a new id such as {@code user_3f9a1c2b7d4e}} */
  public synchronized String next(String prefix) {
    byte[] bytes = new byte[6];
    random.nextBytes(bytes);
    return prefix + "_" + HexFormat.of().formatHex(bytes);
  }

  /** {@return {@code prefix} followed by {@code bytes} random bytes in base64url} */
  public synchronized String token(String prefix, int bytes) {
    byte[] value = new byte[bytes];
    random.nextBytes(value);
    return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }

  /** {@return a Standard Webhooks secret: {@code whsec_} and 32 random bytes in base64} */
  public synchronized String webhookSecret() {
    byte[] value = new byte[32];
    random.nextBytes(value);
    return "whsec_" + Base64.getEncoder().encodeToString(value);
  }

  /**
   * {@return an API key: {@code avk_} and 20 random bytes in lowercase hex, as document 002 shows}
   */
  public synchronized String apiKey() {
    byte[] value = new byte[20];
    random.nextBytes(value);
    return "avk_" + HexFormat.of().formatHex(value);
  }
}
