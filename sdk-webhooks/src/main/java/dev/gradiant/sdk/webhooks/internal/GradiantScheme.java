package dev.gradiant.sdk.webhooks.internal;

import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.MALFORMED_HEADER;
import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.MISSING_HEADER;
import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.NO_MATCHING_SIGNATURE;

import dev.gradiant.sdk.webhooks.WebhookHeaders;
import dev.gradiant.sdk.webhooks.WebhookVerificationException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * The documented Gradiant scheme: {@code X-Gradiant-Signature} holds the hex HMAC-SHA256 of the raw
 * body, optionally prefixed {@code sha256=}, in either case.
 */
public final class GradiantScheme {
  private static final String PREFIX = "sha256=";
  private static final int HEX_LENGTH = 64;
  private static final HexFormat HEX = HexFormat.of();

  private GradiantScheme() {}

  /**
   * Signs a body.
   *
   * @param key the secret
   * @param body the raw body
   * @return the header value: lowercase hex, no prefix
   */
  public static String sign(SigningKey key, byte[] body) {
    return HEX.formatHex(key.gradiantKey().compute(body));
  }

  /**
   * Verifies the signature header against every key.
   *
   * @param body the raw body
   * @param headers the request headers
   * @param keys the configured secrets
   * @return the matching signature's 32 bytes (they identify this exact payload)
   * @throws WebhookVerificationException if the header is missing, malformed or matches no key
   */
  public static byte[] verify(byte[] body, WebhookHeaders headers, List<SigningKey> keys) {
    String value =
        headers
            .value(WebhookHeaders.GRADIANT_SIGNATURE)
            .orElseThrow(
                () ->
                    new WebhookVerificationException(
                        MISSING_HEADER,
                        "The X-Gradiant-Signature header is missing or blank (Gradiant scheme)"));
    byte[] provided = parse(value.strip());
    for (SigningKey key : keys) {
      if (MessageDigest.isEqual(key.gradiantKey().compute(body), provided)) {
        return provided;
      }
    }
    throw new WebhookVerificationException(
        NO_MATCHING_SIGNATURE,
        "X-Gradiant-Signature matches none of the "
            + keys.size()
            + " configured secret(s) (Gradiant scheme: hex HMAC-SHA256 of the raw body). Check"
            + " that the secret belongs to this endpoint and that the body is verified as the exact"
            + " bytes received, before any parsing or re-encoding.");
  }

  private static byte[] parse(String value) {
    String hex =
        value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
            ? value.substring(PREFIX.length())
            : value;
    if (hex.length() == HEX_LENGTH) {
      try {
        return HEX.parseHex(hex); // either case; throws on any other character
      } catch (IllegalArgumentException notHex) {
        throw malformed(hex, " that are not all hex digits");
      }
    }
    throw malformed(hex, "");
  }

  private static WebhookVerificationException malformed(String hex, String detail) {
    return new WebhookVerificationException(
        MALFORMED_HEADER,
        "X-Gradiant-Signature must be 64 hex digits (HMAC-SHA256), optionally prefixed"
            + " 'sha256='; got "
            + hex.length()
            + " characters"
            + detail);
  }
}
