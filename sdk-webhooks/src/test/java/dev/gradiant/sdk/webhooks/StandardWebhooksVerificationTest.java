package dev.gradiant.sdk.webhooks;

import static dev.gradiant.sdk.webhooks.Rejections.rejected;
import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.MALFORMED_HEADER;
import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.MISSING_HEADER;
import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.NO_MATCHING_SIGNATURE;
import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.TIMESTAMP_TOO_NEW;
import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.TIMESTAMP_TOO_OLD;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandardWebhooksVerificationTest {
  // The published Standard Webhooks test vector (reference libraries' tests).
  static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  static final long SPEC_TIMESTAMP = 1614265330L;
  static final String SPEC_PAYLOAD = "{\"test\": 2432232314}";
  static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

  static final String OTHER_SECRET = "whsec_" + "c2Vjb25kLXNlY3JldC1mb3ItdGVzdHMtb25seQ==";
  static final byte[] BODY =
      "{\"type\":\"test.ping\",\"data\":{\"n\":1}}".getBytes(StandardCharsets.UTF_8);

  private final TestClock clock = TestClock.at(SPEC_TIMESTAMP);

  private WebhookVerifier verifier(String... secrets) {
    return WebhookVerifier.builder().secrets(List.of(secrets)).clock(clock).build();
  }

  private static Map<String, String> specHeaders(String signature) {
    Map<String, String> headers = new HashMap<>();
    headers.put("webhook-id", SPEC_ID);
    headers.put("webhook-timestamp", Long.toString(SPEC_TIMESTAMP));
    headers.put("webhook-signature", signature);
    return headers;
  }

  private Map<String, String> signed(String secret, byte[] body) {
    return WebhookSigner.of(secret, clock).signStandardWebhooks(body, "msg_1", clock.instant());
  }

  @Test
  void signerReproducesThePublishedTestVectorByteForByte() {
    Map<String, String> headers =
        WebhookSigner.of(SPEC_SECRET)
            .signStandardWebhooks(
                SPEC_PAYLOAD.getBytes(StandardCharsets.UTF_8),
                SPEC_ID,
                Instant.ofEpochSecond(SPEC_TIMESTAMP));

    assertThat(headers)
        .containsExactly(
            Map.entry("webhook-id", SPEC_ID),
            Map.entry("webhook-timestamp", "1614265330"),
            Map.entry("webhook-signature", SPEC_SIGNATURE));
  }

  @Test
  void verifierAcceptsThePublishedTestVector() {
    SignatureScheme scheme =
        verifier(SPEC_SECRET)
            .verifySignature(
                SPEC_PAYLOAD.getBytes(StandardCharsets.UTF_8),
                WebhookHeaders.of(specHeaders(SPEC_SIGNATURE)));

    assertThat(scheme).isEqualTo(SignatureScheme.STANDARD_WEBHOOKS);
  }

  @Test
  void matchesTheContractsTestVector() {
    // openapi/gradiant-v1.yaml, webhook sessionCompleted: key bytes 0x00..0x1f.
    byte[] body =
        ("{\"event\":\"session.completed\",\"data\":{\"sessionId\":\"sess_123\","
                + "\"completedAt\":\"2024-03-21T10:30:00Z\"}}")
            .getBytes(StandardCharsets.UTF_8);
    String secret = "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    Map<String, String> headers =
        WebhookSigner.of(secret)
            .signStandardWebhooks(body, "msg_123", Instant.ofEpochSecond(1_711_017_000L));

    assertThat(headers.get("webhook-signature"))
        .isEqualTo("v1,ECh9MAKC6r6pZZQZjqd+msFxdonaBxOvCsVthxo43co=");
    WebhookVerifier verifier =
        WebhookVerifier.builder().secret(secret).clock(TestClock.at(1_711_017_000L)).build();
    assertThat(verifier.verify(body, WebhookHeaders.of(headers)).deliveryId()).contains("msg_123");
  }

  @Test
  void rawBase64SecretWithoutPrefixVerifiesTheTestVector() {
    String raw = SPEC_SECRET.substring("whsec_".length());

    assertThat(
            verifier(raw)
                .verifySignature(
                    SPEC_PAYLOAD.getBytes(StandardCharsets.UTF_8),
                    WebhookHeaders.of(specHeaders(SPEC_SIGNATURE))))
        .isEqualTo(SignatureScheme.STANDARD_WEBHOOKS);
  }

  @Test
  void tamperedBodyIsRejected() {
    byte[] tampered = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);

    WebhookVerificationException e =
        rejected(
            NO_MATCHING_SIGNATURE,
            () ->
                verifier(SPEC_SECRET)
                    .verifySignature(tampered, WebhookHeaders.of(specHeaders(SPEC_SIGNATURE))));
    assertThat(e.getMessage()).contains("webhook-signature").contains("exact bytes");
  }

  @Test
  void tamperedIdOrTimestampIsRejected() {
    Map<String, String> otherId = specHeaders(SPEC_SIGNATURE);
    otherId.put("webhook-id", "msg_other");
    Map<String, String> otherTime = specHeaders(SPEC_SIGNATURE);
    otherTime.put("webhook-timestamp", Long.toString(SPEC_TIMESTAMP + 1));
    byte[] body = SPEC_PAYLOAD.getBytes(StandardCharsets.UTF_8);

    rejected(
        NO_MATCHING_SIGNATURE,
        () -> verifier(SPEC_SECRET).verifySignature(body, WebhookHeaders.of(otherId)));
    rejected(
        NO_MATCHING_SIGNATURE,
        () -> verifier(SPEC_SECRET).verifySignature(body, WebhookHeaders.of(otherTime)));
  }

  @Test
  void wrongSecretIsRejectedWithoutRevealingEitherSecretOrTheExpectedSignature() {
    byte[] body = SPEC_PAYLOAD.getBytes(StandardCharsets.UTF_8);

    WebhookVerificationException e =
        rejected(
            NO_MATCHING_SIGNATURE,
            () ->
                verifier(OTHER_SECRET)
                    .verifySignature(body, WebhookHeaders.of(specHeaders(SPEC_SIGNATURE))));

    String expectedUnderOther =
        WebhookSigner.of(OTHER_SECRET)
            .signStandardWebhooks(body, SPEC_ID, Instant.ofEpochSecond(SPEC_TIMESTAMP))
            .get("webhook-signature")
            .substring(3);
    assertThat(e.getMessage())
        .doesNotContain(OTHER_SECRET)
        .doesNotContain(OTHER_SECRET.substring(6))
        .doesNotContain(SPEC_SECRET.substring(6))
        .doesNotContain(expectedUnderOther)
        .doesNotContain(SPEC_SIGNATURE.substring(3));
  }

  @Test
  void aRotatedOutAndACurrentSecretBothVerifyDuringRotation() {
    WebhookVerifier rotating = verifier(SPEC_SECRET, OTHER_SECRET);

    assertThat(rotating.verifySignature(BODY, WebhookHeaders.of(signed(SPEC_SECRET, BODY))))
        .isEqualTo(SignatureScheme.STANDARD_WEBHOOKS);
    assertThat(rotating.verifySignature(BODY, WebhookHeaders.of(signed(OTHER_SECRET, BODY))))
        .isEqualTo(SignatureScheme.STANDARD_WEBHOOKS);
    rejected(
        NO_MATCHING_SIGNATURE,
        () ->
            verifier(OTHER_SECRET)
                .verifySignature(BODY, WebhookHeaders.of(signed(SPEC_SECRET, BODY))));
  }

  @Test
  void severalSignaturesPassWhenOneMatchesAndOtherVersionsAreIgnored() {
    String valid = signed(OTHER_SECRET, BODY).get("webhook-signature");
    Map<String, String> headers = new HashMap<>(signed(OTHER_SECRET, BODY));
    headers.put(
        "webhook-signature",
        "v1,bm9wZQ== v1a,c29tZXRoaW5nLWVsc2U= v1,%%%notbase64 " + valid + " v2,eHl6");

    assertThat(verifier(OTHER_SECRET).verifySignature(BODY, WebhookHeaders.of(headers)))
        .isEqualTo(SignatureScheme.STANDARD_WEBHOOKS);
  }

  @Test
  void repeatedSignatureHeadersAreReadAsOneList() {
    Map<String, String> signed = signed(OTHER_SECRET, BODY);
    Map<String, List<String>> headers =
        Map.of(
            "Webhook-Id", List.of(signed.get("webhook-id")),
            "Webhook-Timestamp", List.of(signed.get("webhook-timestamp")),
            "Webhook-Signature", List.of("v1,bm9wZQ==", signed.get("webhook-signature")));

    assertThat(verifier(OTHER_SECRET).verifySignature(BODY, WebhookHeaders.ofLists(headers)))
        .isEqualTo(SignatureScheme.STANDARD_WEBHOOKS);
  }

  @Test
  void onlyOtherVersionsMeansNoMatchingSignature() {
    Map<String, String> headers = new HashMap<>(signed(OTHER_SECRET, BODY));
    headers.put("webhook-signature", "v1a,c29tZXRoaW5n v2,eHl6");

    WebhookVerificationException e =
        rejected(
            NO_MATCHING_SIGNATURE,
            () -> verifier(OTHER_SECRET).verifySignature(BODY, WebhookHeaders.of(headers)));
    assertThat(e.getMessage()).contains("no v1 entry");
  }

  @Test
  void timestampOlderThanToleranceIsRejectedAndSaysHowFarOff() {
    Map<String, String> headers = signed(OTHER_SECRET, BODY);
    clock.advance(Duration.ofMinutes(5).plusSeconds(1));

    WebhookVerificationException e =
        rejected(
            TIMESTAMP_TOO_OLD,
            () -> verifier(OTHER_SECRET).verifySignature(BODY, WebhookHeaders.of(headers)));
    assertThat(e.getMessage()).contains("301 s older").contains("tolerance 300 s");
  }

  @Test
  void timestampAtTheToleranceEdgeIsAcceptedBothWays() {
    Map<String, String> headers = signed(OTHER_SECRET, BODY);
    WebhookVerifier verifier = verifier(OTHER_SECRET);

    clock.advance(Duration.ofMinutes(5));
    assertThat(verifier.verifySignature(BODY, WebhookHeaders.of(headers))).isNotNull();
    clock.advance(Duration.ofMinutes(-10));
    assertThat(verifier.verifySignature(BODY, WebhookHeaders.of(headers))).isNotNull();
  }

  @Test
  void timestampFromTheFutureIsRejected() {
    Map<String, String> headers = signed(OTHER_SECRET, BODY);
    clock.advance(Duration.ofMinutes(-6));

    WebhookVerificationException e =
        rejected(
            TIMESTAMP_TOO_NEW,
            () -> verifier(OTHER_SECRET).verifySignature(BODY, WebhookHeaders.of(headers)));
    assertThat(e.getMessage()).contains("360 s ahead");
  }

  @Test
  void customToleranceIsHonoured() {
    Map<String, String> headers = signed(OTHER_SECRET, BODY);
    clock.advance(Duration.ofMinutes(20));
    WebhookVerifier lenient =
        WebhookVerifier.builder()
            .secret(OTHER_SECRET)
            .tolerance(Duration.ofMinutes(30))
            .clock(clock)
            .build();

    assertThat(lenient.verifySignature(BODY, WebhookHeaders.of(headers)))
        .isEqualTo(SignatureScheme.STANDARD_WEBHOOKS);
  }

  @Test
  void timestampIsCheckedOnlyAfterTheSignatureSoForgersLearnNothingAboutTheClock() {
    Map<String, String> headers = signed(SPEC_SECRET, BODY);
    clock.advance(Duration.ofHours(2));

    rejected(
        NO_MATCHING_SIGNATURE,
        () -> verifier(OTHER_SECRET).verifySignature(BODY, WebhookHeaders.of(headers)));
  }

  @Test
  void eachMissingOrBlankHeaderIsNamed() {
    for (String name : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
      Map<String, String> missing = new HashMap<>(signed(OTHER_SECRET, BODY));
      missing.remove(name);
      Map<String, String> blank = new HashMap<>(signed(OTHER_SECRET, BODY));
      blank.put(name, "   ");

      assertThat(
              rejected(
                      MISSING_HEADER,
                      () ->
                          verifier(OTHER_SECRET).verifySignature(BODY, WebhookHeaders.of(missing)))
                  .getMessage())
          .contains(name);
      assertThat(
              rejected(
                      MISSING_HEADER,
                      () -> verifier(OTHER_SECRET).verifySignature(BODY, WebhookHeaders.of(blank)))
                  .getMessage())
          .contains(name);
    }
  }

  @Test
  void garbledHeadersAreMalformed() {
    Map<String, String> garbledTimestamp = new HashMap<>(signed(OTHER_SECRET, BODY));
    garbledTimestamp.put("webhook-timestamp", "2021-02-25T15:02:10Z");
    Map<String, String> hugeTimestamp = new HashMap<>(signed(OTHER_SECRET, BODY));
    hugeTimestamp.put("webhook-timestamp", "99999999999999999999999");
    Map<String, String> noComma = new HashMap<>(signed(OTHER_SECRET, BODY));
    noComma.put("webhook-signature", "garbage");
    Map<String, String> badBase64 = new HashMap<>(signed(OTHER_SECRET, BODY));
    badBase64.put("webhook-signature", "v1,***");
    WebhookVerifier verifier = verifier(OTHER_SECRET);

    assertThat(
            rejected(
                    MALFORMED_HEADER,
                    () -> verifier.verifySignature(BODY, WebhookHeaders.of(garbledTimestamp)))
                .getMessage())
        .contains("webhook-timestamp")
        .contains("epoch");
    rejected(
        MALFORMED_HEADER, () -> verifier.verifySignature(BODY, WebhookHeaders.of(hugeTimestamp)));
    assertThat(
            rejected(
                    MALFORMED_HEADER,
                    () -> verifier.verifySignature(BODY, WebhookHeaders.of(noComma)))
                .getMessage())
        .contains("v1,<base64>");
    rejected(MALFORMED_HEADER, () -> verifier.verifySignature(BODY, WebhookHeaders.of(badBase64)));
  }

  @Test
  void headerNamesMatchInAnyCase() {
    Map<String, String> upper = new HashMap<>();
    signed(OTHER_SECRET, BODY).forEach((name, value) -> upper.put(name.toUpperCase(), value));

    assertThat(verifier(OTHER_SECRET).verifySignature(BODY, WebhookHeaders.of(upper)))
        .isEqualTo(SignatureScheme.STANDARD_WEBHOOKS);
  }

  @Test
  void nonBase64SecretCannotVerifyStandardWebhooksAndSaysSo() {
    WebhookVerificationException e =
        rejected(
            NO_MATCHING_SIGNATURE,
            () ->
                verifier("your_webhook_secret!")
                    .verifySignature(BODY, WebhookHeaders.of(signed(OTHER_SECRET, BODY))));
    assertThat(e.getMessage()).contains("whsec_<base64>").doesNotContain("your_webhook_secret");
  }
}
