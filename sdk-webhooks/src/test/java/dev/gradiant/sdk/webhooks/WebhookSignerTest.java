package dev.gradiant.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {
  static final String SECRET = StandardWebhooksVerificationTest.SPEC_SECRET;
  static final byte[] BODY =
      "{\"type\":\"booking.created\",\"data\":{\"id\":\"booking_1\"}}"
          .getBytes(StandardCharsets.UTF_8);

  private final TestClock clock = TestClock.at(1_700_000_000L);
  private final WebhookVerifier verifier =
      WebhookVerifier.builder().secret(SECRET).clock(clock).build();

  @Test
  void standardWebhooksRoundTrip() {
    Map<String, String> headers =
        WebhookSigner.of(SECRET, clock).sign(BODY, SignatureScheme.STANDARD_WEBHOOKS);

    WebhookEvent event = verifier.verify(BODY, WebhookHeaders.of(headers));

    assertThat(headers.get("webhook-id")).matches("msg_[0-9a-f]{24}");
    assertThat(headers.get("webhook-timestamp")).isEqualTo("1700000000");
    assertThat(headers.get("webhook-signature")).startsWith("v1,");
    assertThat(event.scheme()).isEqualTo(SignatureScheme.STANDARD_WEBHOOKS);
    assertThat(event.deliveryId()).contains(headers.get("webhook-id"));
  }

  @Test
  void gradiantRoundTrip() {
    Map<String, String> headers = WebhookSigner.of(SECRET).sign(BODY, SignatureScheme.GRADIANT);

    WebhookEvent event = verifier.verify(BODY, WebhookHeaders.of(headers));

    assertThat(headers.keySet()).containsExactly("X-Gradiant-Signature");
    assertThat(headers.get("X-Gradiant-Signature")).matches("[0-9a-f]{64}");
    assertThat(event.scheme()).isEqualTo(SignatureScheme.GRADIANT);
  }

  @Test
  void plainSecretSignsGradiantButNotStandardWebhooks() {
    WebhookSigner plain = WebhookSigner.of("plain_secret");

    assertThat(plain.sign(BODY, SignatureScheme.GRADIANT)).containsKey("X-Gradiant-Signature");
    assertThatThrownBy(() -> plain.sign(BODY, SignatureScheme.STANDARD_WEBHOOKS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whsec_<base64>")
        .hasMessageNotContaining("plain_secret");
  }

  @Test
  void freshIdsDiffer() {
    WebhookSigner signer = WebhookSigner.of(SECRET, clock);

    assertThat(signer.sign(BODY, SignatureScheme.STANDARD_WEBHOOKS).get("webhook-id"))
        .isNotEqualTo(signer.sign(BODY, SignatureScheme.STANDARD_WEBHOOKS).get("webhook-id"));
  }

  @Test
  void fractionalSecondsAreDropped() {
    Map<String, String> headers =
        WebhookSigner.of(SECRET)
            .signStandardWebhooks(
                BODY, "msg_1", Instant.ofEpochSecond(1_700_000_000L, 999_000_000));

    assertThat(headers.get("webhook-timestamp")).isEqualTo("1700000000");
    assertThat(verifier.verifySignature(BODY, WebhookHeaders.of(headers)))
        .isEqualTo(SignatureScheme.STANDARD_WEBHOOKS);
  }

  @Test
  void inputsAreValidated() {
    WebhookSigner signer = WebhookSigner.of(SECRET);

    assertThatThrownBy(() -> WebhookSigner.of(null)).hasMessage("secret must not be null");
    assertThatThrownBy(() -> WebhookSigner.of(SECRET, null)).hasMessageContaining("clock");
    assertThatThrownBy(() -> signer.sign(null, SignatureScheme.GRADIANT))
        .hasMessageContaining("body");
    assertThatThrownBy(() -> signer.sign(BODY, null)).hasMessageContaining("scheme");
    assertThatThrownBy(() -> signer.signStandardWebhooks(BODY, " ", Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("messageId must not be blank");
    assertThatThrownBy(() -> signer.signStandardWebhooks(BODY, null, Instant.EPOCH))
        .hasMessageContaining("messageId");
    assertThatThrownBy(() -> signer.signStandardWebhooks(BODY, "m", null))
        .hasMessageContaining("timestamp");
  }
}
