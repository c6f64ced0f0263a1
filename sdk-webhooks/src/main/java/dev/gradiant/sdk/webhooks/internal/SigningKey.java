package dev.gradiant.sdk.webhooks.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * One configured webhook secret, decoded once into the key each signature scheme uses.
 *
 * <p>The Gradiant scheme keys HMAC-SHA256 with the UTF-8 bytes of the secret string as written. The
 * Standard Webhooks scheme keys it with the base64-decoded part of a {@code whsec_<base64>} secret,
 * or of a bare base64 secret; a bare secret that is not base64 has no Standard Webhooks key. The
 * secret itself is never kept, printed or put in a message.
 */
public final class SigningKey {
  /** The prefix Standard Webhooks puts before the base64 key. */
  public static final String WHSEC_PREFIX = "whsec_";

  private final HmacSha256 gradiantKey;
  private final HmacSha256 standardKey;

  private SigningKey(HmacSha256 gradiantKey, HmacSha256 standardKey) {
    this.gradiantKey = gradiantKey;
    this.standardKey = standardKey;
  }

  /**
   * Decodes a secret.
   *
   * @param secret the secret as configured
   * @param field the builder field it came from, named in error messages (never the value)
   * @return the decoded key
   * @throws NullPointerException if {@code secret} is null
   * @throws IllegalArgumentException if it is blank, padded with whitespace, or a {@code whsec_}
   *     secret whose key part is not base64
   */
  public static SigningKey parse(String secret, String field) {
    if (secret == null) {
      throw new NullPointerException(field + " must not be null");
    }
    if (secret.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    if (!secret.equals(secret.strip())) {
      throw new IllegalArgumentException(
          field
              + " has leading or trailing whitespace (a pasted newline?); remove it: signatures"
              + " are computed over the exact secret");
    }
    HmacSha256 gradiant = new HmacSha256(secret.getBytes(StandardCharsets.UTF_8));
    if (secret.startsWith(WHSEC_PREFIX)) {
      byte[] key =
          decodeBase64(secret.substring(WHSEC_PREFIX.length()))
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          field + ": the part after 'whsec_' is not valid base64"));
      if (key.length == 0) {
        throw new IllegalArgumentException(field + ": 'whsec_' must be followed by a base64 key");
      }
      return new SigningKey(gradiant, new HmacSha256(key));
    }
    HmacSha256 standard =
        decodeBase64(secret).filter(k -> k.length > 0).map(HmacSha256::new).orElse(null);
    return new SigningKey(gradiant, standard);
  }

  /**
   * Whether this secret can verify or produce Standard Webhooks signatures.
   *
   * @return true if the secret decodes to a Standard Webhooks key
   */
  public boolean hasStandardWebhooksKey() {
    return standardKey != null;
  }

  /**
   * The key of the Gradiant scheme.
   *
   * @return HMAC-SHA256 keyed with the secret's UTF-8 bytes
   */
  public HmacSha256 gradiantKey() {
    return gradiantKey;
  }

  /**
   * The key of the Standard Webhooks scheme.
   *
   * @return HMAC-SHA256 keyed with the decoded secret, or empty if the secret is not base64
   */
  public Optional<HmacSha256> standardWebhooksKey() {
    return Optional.ofNullable(standardKey);
  }

  @Override
  public String toString() {
    return "SigningKey[<redacted>]";
  }

  private static Optional<byte[]> decodeBase64(String text) {
    try {
      return Optional.of(Base64.getDecoder().decode(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
