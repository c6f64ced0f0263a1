package dev.gradiant.sdk.webhooks;

import static dev.gradiant.sdk.webhooks.Rejections.rejected;
import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.MALFORMED_HEADER;
import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.MISSING_HEADER;
import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.NO_MATCHING_SIGNATURE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class GradiantSignatureTest {
  static final String SECRET = "your_webhook_secret";
  static final String NEW_SECRET = "next_webhook_secret";
  static final byte[] BODY =
      "{\"event\":\"session.completed\",\"data\":{\"sessionId\":\"sess_123\",\"completedAt\":\"2024-03-21T10:30:00Z\"}}"
          .getBytes(StandardCharsets.UTF_8);

  private final WebhookVerifier verifier = WebhookVerifier.builder().secret(SECRET).build();

  /** The documented Node.js recipe, redone with the JDK: hex HMAC-SHA256 of the raw body. */
  static String documentedSignature(String secret, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body));
  }

  private static WebhookHeaders header(String value) {
    return WebhookHeaders.of(Map.of("X-Gradiant-Signature", value));
  }

  @Test
  void signerMatchesTheDocumentedRecipe() throws Exception {
    assertThat(WebhookSigner.of(SECRET).sign(BODY, SignatureScheme.GRADIANT))
        .containsExactly(Map.entry("X-Gradiant-Signature", documentedSignature(SECRET, BODY)));
  }

  @Test
  void matchesTheContractsTestVector() {
    // openapi/gradiant-v1.yaml, webhook sessionCompleted: the documented scheme's vector.
    byte[] body =
        ("{\"event\":\"session.completed\",\"data\":{\"sessionId\":\"sess_123\","
                + "\"completedAt\":\"2024-03-21T10:30:00Z\"}}")
            .getBytes(StandardCharsets.UTF_8);
    String expected = "d67f4a34c0e718ac887b355eb87ca332f9a5046159650eea26e763440799ab24";

    assertThat(body).hasSize(98);
    assertThat(WebhookSigner.of("your_webhook_secret").sign(body, SignatureScheme.GRADIANT))
        .containsExactly(Map.entry("X-Gradiant-Signature", expected));
    assertThat(verifier.verify(body, header("sha256=" + expected)).data())
        .isEqualTo(
            SessionEventData.builder()
                .sessionId("sess_123")
                .completedAt(Instant.parse("2024-03-21T10:30:00Z"))
                .build());
  }

  @Test
  void acceptsLowercaseUppercaseAndPrefixedHex() throws Exception {
    String hex = documentedSignature(SECRET, BODY);

    for (String value :
        List.of(
            hex, hex.toUpperCase(), "sha256=" + hex, "SHA256=" + hex.toUpperCase(), " " + hex)) {
      assertThat(verifier.verifySignature(BODY, header(value)))
          .as(value)
          .isEqualTo(SignatureScheme.GRADIANT);
    }
  }

  @Test
  void tamperedBodyIsRejected() throws Exception {
    byte[] tampered = Arrays.copyOf(BODY, BODY.length);
    tampered[tampered.length - 3] ^= 1;

    rejected(
        NO_MATCHING_SIGNATURE,
        () -> verifier.verifySignature(tampered, header(documentedSignature(SECRET, BODY))));
  }

  @Test
  void wrongSecretIsRejectedWithoutEchoingSecretsOrSignatures() throws Exception {
    String sent = documentedSignature(NEW_SECRET, BODY);

    WebhookVerificationException e =
        rejected(NO_MATCHING_SIGNATURE, () -> verifier.verifySignature(BODY, header(sent)));
    assertThat(e.getMessage())
        .contains("X-Gradiant-Signature")
        .contains("Gradiant scheme")
        .doesNotContain(SECRET)
        .doesNotContain(sent)
        .doesNotContain(documentedSignature(SECRET, BODY));
  }

  @Test
  void eitherOfTwoSecretsVerifiesDuringRotation() throws Exception {
    WebhookVerifier rotating =
        WebhookVerifier.builder().secrets(List.of(SECRET, NEW_SECRET)).build();

    assertThat(rotating.verifySignature(BODY, header(documentedSignature(SECRET, BODY))))
        .isEqualTo(SignatureScheme.GRADIANT);
    assertThat(rotating.verifySignature(BODY, header(documentedSignature(NEW_SECRET, BODY))))
        .isEqualTo(SignatureScheme.GRADIANT);
    rejected(
        NO_MATCHING_SIGNATURE,
        () ->
            WebhookVerifier.builder()
                .secret(NEW_SECRET)
                .build()
                .verifySignature(BODY, header(documentedSignature(SECRET, BODY))));
  }

  @Test
  void emptyBodyVerifies() throws Exception {
    byte[] empty = new byte[0];

    assertThat(verifier.verifySignature(empty, header(documentedSignature(SECRET, empty))))
        .isEqualTo(SignatureScheme.GRADIANT);
  }

  @Test
  void oneMebibyteBodyVerifiesAndOneFlippedBitDoesNot() throws Exception {
    byte[] big = new byte[1 << 20];
    new Random(42).nextBytes(big);
    String signature = documentedSignature(SECRET, big);

    assertThat(verifier.verifySignature(big, header(signature)))
        .isEqualTo(SignatureScheme.GRADIANT);
    big[big.length / 2] ^= 0x10;
    rejected(NO_MATCHING_SIGNATURE, () -> verifier.verifySignature(big, header(signature)));
  }

  @Test
  void nonUtf8BodyVerifiesAsBytesButNotThroughAStringRoundTrip() throws Exception {
    byte[] latin1 = "{\"name\":\"Zo\u00eb\"}".getBytes(StandardCharsets.ISO_8859_1);
    String signature = documentedSignature(SECRET, latin1);

    assertThat(verifier.verifySignature(latin1, header(signature)))
        .isEqualTo(SignatureScheme.GRADIANT);
    byte[] decodedAndReencoded =
        new String(latin1, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
    rejected(
        NO_MATCHING_SIGNATURE,
        () -> verifier.verifySignature(decodedAndReencoded, header(signature)));
  }

  @Test
  void malformedSignaturesAreRejectedWithTheirLengthNotTheirValue() {
    WebhookVerificationException shortOne =
        rejected(MALFORMED_HEADER, () -> verifier.verifySignature(BODY, header("sha256=abc123")));
    assertThat(shortOne.getMessage()).contains("64 hex digits").contains("got 6 characters");

    String notHex = "z".repeat(64);
    WebhookVerificationException wrongChars =
        rejected(MALFORMED_HEADER, () -> verifier.verifySignature(BODY, header(notHex)));
    assertThat(wrongChars.getMessage()).contains("not all hex digits").doesNotContain(notHex);
  }

  @Test
  void missingOrBlankSignatureIsMissing() {
    WebhookVerificationException none =
        rejected(MISSING_HEADER, () -> verifier.verifySignature(BODY, WebhookHeaders.of(Map.of())));
    assertThat(none.getMessage()).contains("X-Gradiant-Signature").contains("webhook-signature");

    rejected(MISSING_HEADER, () -> verifier.verifySignature(BODY, header("  ")));
  }

  @Test
  void headerNameMatchesInAnyCase() throws Exception {
    String signature = documentedSignature(SECRET, BODY);

    assertThat(
            verifier.verifySignature(
                BODY, WebhookHeaders.of(Map.of("x-gradiant-signature", signature))))
        .isEqualTo(SignatureScheme.GRADIANT);
    assertThat(
            verifier.verifySignature(
                BODY, WebhookHeaders.of(Map.of("X-GRADIANT-SIGNATURE", signature))))
        .isEqualTo(SignatureScheme.GRADIANT);
  }

  @Test
  void whsecSecretSignsTheGradiantSchemeWithItsUtf8Bytes() throws Exception {
    String whsec = StandardWebhooksVerificationTest.SPEC_SECRET;

    assertThat(
            WebhookVerifier.builder()
                .secret(whsec)
                .build()
                .verifySignature(BODY, header(documentedSignature(whsec, BODY))))
        .isEqualTo(SignatureScheme.GRADIANT);
  }
}
