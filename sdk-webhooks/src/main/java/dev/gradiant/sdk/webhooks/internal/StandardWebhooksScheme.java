package dev.gradiant.sdk.webhooks.internal;

import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.MALFORMED_HEADER;
import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.MISSING_HEADER;
import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.NO_MATCHING_SIGNATURE;
import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.TIMESTAMP_TOO_NEW;
import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.TIMESTAMP_TOO_OLD;

import dev.gradiant.sdk.webhooks.WebhookHeaders;
import dev.gradiant.sdk.webhooks.WebhookVerificationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The Standard Webhooks scheme (standardwebhooks.com): {@code webhook-signature} holds
 * space-separated {@code v1,<base64>} entries, each an HMAC-SHA256 of {@code id.timestamp.body};
 * {@code webhook-timestamp} must lie within the tolerance of the receiver's clock.
 */
public final class StandardWebhooksScheme {
  private static final String VERSION = "v1";
  private static final int MAX_TIMESTAMP_DIGITS = 18;

  private StandardWebhooksScheme() {}

  /**
   * Signs a delivery.
   *
   * @param key the secret; must have a Standard Webhooks key
   * @param id the message id ({@code webhook-id})
   * @param epochSeconds the timestamp ({@code webhook-timestamp})
   * @param body the raw body
   * @return one {@code v1,<base64>} entry
   * @throws IllegalArgumentException if the secret is not a Standard Webhooks secret
   */
  public static String sign(SigningKey key, String id, long epochSeconds, byte[] body) {
    HmacSha256 mac =
        key.standardWebhooksKey()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "secret is not a Standard Webhooks secret: use whsec_<base64>"));
    return VERSION
        + ","
        + Base64.getEncoder().encodeToString(mac.compute(prefix(id, epochSeconds), body));
  }

  /**
   * Verifies the three Standard Webhooks headers, the signature first and then the timestamp, so
   * only an authentic sender learns how far off the receiver's clock is.
   *
   * @param body the raw body
   * @param headers the request headers
   * @param keys the configured secrets
   * @param now the receiver's current time
   * @param tolerance how far the timestamp may lie from {@code now}, either way
   * @return the verified {@code webhook-id}
   * @throws WebhookVerificationException if a header is missing or malformed, no signature matches,
   *     or the timestamp is outside the tolerance
   */
  public static String verify(
      byte[] body, WebhookHeaders headers, List<SigningKey> keys, Instant now, Duration tolerance) {
    String id = required(headers, WebhookHeaders.WEBHOOK_ID);
    long timestamp = parseTimestamp(required(headers, WebhookHeaders.WEBHOOK_TIMESTAMP));
    List<byte[]> signatures = parseSignatures(required(headers, WebhookHeaders.WEBHOOK_SIGNATURE));
    byte[] prefix = prefix(id, timestamp);
    List<HmacSha256> macs = new ArrayList<>();
    keys.forEach(key -> key.standardWebhooksKey().ifPresent(macs::add));
    if (macs.isEmpty()) {
      throw new WebhookVerificationException(
          NO_MATCHING_SIGNATURE,
          "This is a Standard Webhooks delivery, but none of the "
              + keys.size()
              + " configured secret(s) is a Standard Webhooks secret (whsec_<base64>)");
    }
    if (!matchesAny(macs, prefix, body, signatures)) {
      throw new WebhookVerificationException(
          NO_MATCHING_SIGNATURE,
          "No v1 entry of webhook-signature matches any of the "
              + macs.size()
              + " Standard Webhooks secret(s) (HMAC-SHA256 of id.timestamp.body). Check that the"
              + " secret belongs to this endpoint and that the body is verified as the exact bytes"
              + " received, before any parsing or re-encoding.");
    }
    checkTimestamp(timestamp, now, tolerance);
    return id;
  }

  private static boolean matchesAny(
      List<HmacSha256> macs, byte[] prefix, byte[] body, List<byte[]> signatures) {
    for (HmacSha256 mac : macs) {
      byte[] expected = mac.compute(prefix, body);
      for (byte[] signature : signatures) {
        if (MessageDigest.isEqual(expected, signature)) {
          return true;
        }
      }
    }
    return false;
  }

  private static byte[] prefix(String id, long epochSeconds) {
    return (id + "." + epochSeconds + ".").getBytes(StandardCharsets.UTF_8);
  }

  private static String required(WebhookHeaders headers, String name) {
    return headers
        .value(name)
        .map(String::strip)
        .orElseThrow(
            () ->
                new WebhookVerificationException(
                    MISSING_HEADER,
                    "The "
                        + name
                        + " header is missing or blank (Standard Webhooks needs webhook-id,"
                        + " webhook-timestamp and webhook-signature)"));
  }

  private static long parseTimestamp(String value) {
    if (value.length() > MAX_TIMESTAMP_DIGITS
        || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new WebhookVerificationException(
          MALFORMED_HEADER,
          "webhook-timestamp must be whole seconds since the epoch (digits only)");
    }
    return Long.parseLong(value);
  }

  private static List<byte[]> parseSignatures(String value) {
    List<byte[]> signatures = new ArrayList<>();
    int undecodable = 0;
    for (String entry : value.split("\\s+")) {
      int comma = entry.indexOf(',');
      if (comma <= 0) {
        throw new WebhookVerificationException(
            MALFORMED_HEADER,
            "webhook-signature entries must look like 'v1,<base64>', separated by spaces");
      }
      if (!VERSION.equals(entry.substring(0, comma))) {
        continue; // Other versions are someone else's business, as the specification says.
      }
      try {
        signatures.add(Base64.getDecoder().decode(entry.substring(comma + 1)));
      } catch (IllegalArgumentException e) {
        undecodable++;
      }
    }
    if (signatures.isEmpty()) {
      throw new WebhookVerificationException(
          undecodable > 0 ? MALFORMED_HEADER : NO_MATCHING_SIGNATURE,
          undecodable > 0
              ? "webhook-signature has no v1 entry with valid base64"
              : "webhook-signature has no v1 entry; this library verifies v1 (HMAC-SHA256)");
    }
    return signatures;
  }

  private static void checkTimestamp(long timestamp, Instant now, Duration tolerance) {
    long skew = now.getEpochSecond() - timestamp;
    if (skew > tolerance.getSeconds()) {
      throw new WebhookVerificationException(
          TIMESTAMP_TOO_OLD,
          "webhook-timestamp is "
              + skew
              + " s older than the receiver's clock (tolerance "
              + tolerance.getSeconds()
              + " s): a replayed or long-delayed delivery, or a receiver clock that runs ahead;"
              + " check NTP");
    }
    if (-skew > tolerance.getSeconds()) {
      throw new WebhookVerificationException(
          TIMESTAMP_TOO_NEW,
          "webhook-timestamp is "
              + -skew
              + " s ahead of the receiver's clock (tolerance "
              + tolerance.getSeconds()
              + " s): the receiver's clock runs behind, or the sender's ahead; check NTP");
    }
  }
}
