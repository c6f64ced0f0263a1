package dev.gradiant.sdk.webhooks;

import dev.gradiant.sdk.webhooks.internal.GradiantScheme;
import dev.gradiant.sdk.webhooks.internal.SigningKey;
import dev.gradiant.sdk.webhooks.internal.StandardWebhooksScheme;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Signs webhook payloads the way the Gradiant API does: the inverse of {@link WebhookVerifier}, for
 * tests of your receiver and for sandboxes.
 *
 * <pre>{@code
 * WebhookSigner signer = WebhookSigner.of("whsec_...");
 * Map<String, String> headers = signer.sign(body, SignatureScheme.STANDARD_WEBHOOKS);
 * }</pre>
 *
 * <p>Immutable and thread-safe; the secret is never printed.
 */
public final class WebhookSigner {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SigningKey key;
  private final Clock clock;

  private WebhookSigner(SigningKey key, Clock clock) {
    this.key = key;
    this.clock = clock;
  }

  /**
   * A signer on the system clock.
   *
   * @param secret the secret, as for {@link WebhookVerifier.Builder#secret(String)}
   * @return the signer
   * @throws NullPointerException if {@code secret} is null
   * @throws IllegalArgumentException if the secret is invalid
   */
  public static WebhookSigner of(String secret) {
    return of(secret, Clock.systemUTC());
  }

  /**
   * A signer whose Standard Webhooks timestamps come from {@code clock}.
   *
   * @param secret the secret, as for {@link WebhookVerifier.Builder#secret(String)}
   * @param clock the clock for {@code webhook-timestamp}
   * @return the signer
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the secret is invalid
   */
  public static WebhookSigner of(String secret, Clock clock) {
    SigningKey key = SigningKey.parse(secret, "secret");
    return new WebhookSigner(key, Objects.requireNonNull(clock, "clock must not be null"));
  }

  /**
   * Signs a body in a scheme; for Standard Webhooks with a fresh random {@code msg_} id and the
   * clock's current second.
   *
   * @param body the exact body that will be sent
   * @param scheme the scheme
   * @return the headers to send, names as this library spells them
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the scheme is Standard Webhooks and the secret is not a
   *     Standard Webhooks secret
   */
  public Map<String, String> sign(byte[] body, SignatureScheme scheme) {
    Objects.requireNonNull(body, "body must not be null");
    Objects.requireNonNull(scheme, "scheme must not be null");
    if (scheme == SignatureScheme.GRADIANT) {
      return Map.of(WebhookHeaders.GRADIANT_SIGNATURE, GradiantScheme.sign(key, body));
    }
    byte[] id = new byte[12];
    RANDOM.nextBytes(id);
    return signStandardWebhooks(body, "msg_" + HexFormat.of().formatHex(id), clock.instant());
  }

  /**
   * Signs a body in the Standard Webhooks scheme with a given id and timestamp, for reproducible
   * signatures.
   *
   * @param body the exact body that will be sent
   * @param messageId the {@code webhook-id}; the same on every retry of one message
   * @param timestamp the {@code webhook-timestamp}; fractions of a second are dropped
   * @return the {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature} headers
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code messageId} is blank or the secret is not a Standard
   *     Webhooks secret
   */
  public Map<String, String> signStandardWebhooks(
      byte[] body, String messageId, Instant timestamp) {
    Objects.requireNonNull(body, "body must not be null");
    Objects.requireNonNull(messageId, "messageId must not be null");
    Objects.requireNonNull(timestamp, "timestamp must not be null");
    if (messageId.isBlank()) {
      throw new IllegalArgumentException("messageId must not be blank");
    }
    long seconds = timestamp.getEpochSecond();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(WebhookHeaders.WEBHOOK_ID, messageId);
    headers.put(WebhookHeaders.WEBHOOK_TIMESTAMP, Long.toString(seconds));
    headers.put(
        WebhookHeaders.WEBHOOK_SIGNATURE,
        StandardWebhooksScheme.sign(key, messageId, seconds, body));
    return Collections.unmodifiableMap(headers);
  }

  /** Prints no secret. */
  @Override
  public String toString() {
    return "WebhookSigner[secret=<redacted>]";
  }
}
