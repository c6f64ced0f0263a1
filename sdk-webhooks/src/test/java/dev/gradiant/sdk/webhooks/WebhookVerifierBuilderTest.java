package dev.gradiant.sdk.webhooks;

import static dev.gradiant.sdk.webhooks.Rejections.rejected;
import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.MISSING_HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookVerifierBuilderTest {
  static final String WHSEC = StandardWebhooksVerificationTest.SPEC_SECRET;
  static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);

  @Test
  void nullAndBlankSecretsAreRejectedNamingTheField() {
    assertThatThrownBy(() -> WebhookVerifier.builder().secret(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("secret must not be null");
    assertThatThrownBy(() -> WebhookVerifier.builder().secret(" \t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("secret must not be blank");
    assertThatThrownBy(() -> WebhookVerifier.builder().secrets(Arrays.asList(WHSEC, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("secrets[1] must not be null");
    assertThatThrownBy(() -> WebhookVerifier.builder().secrets(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("secrets");
  }

  @Test
  void badWhsecBase64IsRejectedWithoutEchoingTheSecret() {
    String bad = "whsec_not*base64!secret";

    assertThatThrownBy(() -> WebhookVerifier.builder().secrets(List.of(WHSEC, bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("secrets[1]: the part after 'whsec_' is not valid base64")
        .hasMessageNotContaining("not*base64!secret");
    assertThatThrownBy(() -> WebhookVerifier.builder().secret("whsec_"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'whsec_' must be followed by a base64 key");
  }

  @Test
  void secretWithAPastedNewlineIsRejected() {
    assertThatThrownBy(() -> WebhookVerifier.builder().secret(WHSEC + "\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secret has leading or trailing whitespace")
        .hasMessageNotContaining(WHSEC.substring(6));
  }

  @Test
  void toleranceAndClockAreValidated() {
    assertThatThrownBy(() -> WebhookVerifier.builder().tolerance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tolerance must not be negative, got PT-1S");
    assertThatThrownBy(() -> WebhookVerifier.builder().tolerance(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("tolerance");
    assertThatThrownBy(() -> WebhookVerifier.builder().clock(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("clock");
    assertThatThrownBy(() -> WebhookVerifier.builder().replayWindow(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("replayWindow must be positive");
    assertThatThrownBy(() -> WebhookVerifier.builder().seenEventStore(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("seenEventStore");
    assertThatThrownBy(
            () ->
                WebhookVerifier.builder().schemes(SignatureScheme.GRADIANT, (SignatureScheme) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("schemes");
  }

  @Test
  void buildNeedsASecret() {
    assertThatThrownBy(() -> WebhookVerifier.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("secrets: at least one secret is required");
  }

  @Test
  void replayWindowMustCoverTheToleranceOnBothSides() {
    assertThatThrownBy(
            () ->
                WebhookVerifier.builder()
                    .secret(WHSEC)
                    .seenEventStore(InMemorySeenEventStore.create())
                    .replayWindow(Duration.ofMinutes(9))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("replayWindow (PT9M) must be at least twice the tolerance (PT5M)");
  }

  @Test
  void standardOnlyVerifierNeedsAStandardSecret() {
    assertThatThrownBy(
            () ->
                WebhookVerifier.builder()
                    .secret("plain_secret")
                    .schemes(SignatureScheme.STANDARD_WEBHOOKS)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no secret is a Standard Webhooks secret");
  }

  @Test
  void standardOnlyVerifierRefusesAGradiantSignatureItCouldVerify() {
    WebhookVerifier standardOnly =
        WebhookVerifier.builder().secret(WHSEC).schemes(SignatureScheme.STANDARD_WEBHOOKS).build();
    Map<String, String> gradiant = WebhookSigner.of(WHSEC).sign(BODY, SignatureScheme.GRADIANT);

    WebhookVerificationException e =
        rejected(
            MISSING_HEADER, () -> standardOnly.verifySignature(BODY, WebhookHeaders.of(gradiant)));
    assertThat(e.getMessage())
        .contains("accepts only that scheme")
        .contains("signed with the other one");
  }

  @Test
  void gradiantOnlyVerifierIgnoresStandardHeadersAndUsesItsOwn() {
    Clock clock = TestClock.at(1_700_000_000L);
    WebhookVerifier gradiantOnly =
        WebhookVerifier.builder().secret(WHSEC).schemes(SignatureScheme.GRADIANT).build();
    Map<String, String> standard =
        WebhookSigner.of(WHSEC, clock).sign(BODY, SignatureScheme.STANDARD_WEBHOOKS);

    WebhookVerificationException e =
        rejected(
            MISSING_HEADER, () -> gradiantOnly.verifySignature(BODY, WebhookHeaders.of(standard)));
    assertThat(e.getMessage())
        .contains("X-Gradiant-Signature")
        .contains("signed with the other one");
  }

  @Test
  void secretsNeverAppearInToString() {
    WebhookVerifier verifier =
        WebhookVerifier.builder()
            .secrets(List.of(WHSEC, "plain_secret_value"))
            .seenEventStore(SeenEventStore.none())
            .build();
    WebhookSigner signer = WebhookSigner.of(WHSEC);

    assertThat(verifier.toString())
        .isEqualTo(
            "WebhookVerifier[secrets=2, schemes=[GRADIANT, STANDARD_WEBHOOKS], tolerance=PT5M,"
                + " replayWindow=off]")
        .doesNotContain("plain_secret_value");
    assertThat(signer.toString()).doesNotContain(WHSEC.substring(6)).contains("redacted");
  }
}
