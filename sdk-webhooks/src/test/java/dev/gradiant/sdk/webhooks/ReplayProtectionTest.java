package dev.gradiant.sdk.webhooks;

import static dev.gradiant.sdk.webhooks.Rejections.rejected;
import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.DUPLICATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplayProtectionTest {
  static final String SECRET = StandardWebhooksVerificationTest.SPEC_SECRET;
  static final byte[] BODY =
      "{\"id\":\"evt_1\",\"type\":\"booking.created\",\"data\":{\"id\":\"booking_1\"}}"
          .getBytes(StandardCharsets.UTF_8);

  private final TestClock clock = TestClock.at(1_700_000_000L);
  private final InMemorySeenEventStore store = InMemorySeenEventStore.create(1_000, clock);

  private WebhookVerifier verifier(Duration replayWindow) {
    return WebhookVerifier.builder()
        .secret(SECRET)
        .clock(clock)
        .tolerance(Duration.ofMinutes(5))
        .seenEventStore(store)
        .replayWindow(replayWindow)
        .build();
  }

  @Test
  void replayedStandardDeliveryInsideTheWindowIsRejected() {
    WebhookVerifier verifier = verifier(Duration.ofMinutes(10));
    Map<String, String> headers =
        WebhookSigner.of(SECRET).signStandardWebhooks(BODY, "msg_42", clock.instant());

    verifier.verify(BODY, WebhookHeaders.of(headers));
    clock.advance(Duration.ofMinutes(4));
    WebhookVerificationException e =
        rejected(DUPLICATE, () -> verifier.verify(BODY, WebhookHeaders.of(headers)));

    assertThat(e.getMessage()).contains("Delivery 'msg_42' was already accepted");
  }

  @Test
  void aRetryWithTheSameIdAndAFreshTimestampIsStillADuplicate() {
    WebhookVerifier verifier = verifier(Duration.ofHours(1));
    WebhookSigner signer = WebhookSigner.of(SECRET);

    verifier.verify(
        BODY, WebhookHeaders.of(signer.signStandardWebhooks(BODY, "msg_7", clock.instant())));
    clock.advance(Duration.ofMinutes(30));

    rejected(
        DUPLICATE,
        () ->
            verifier.verify(
                BODY,
                WebhookHeaders.of(signer.signStandardWebhooks(BODY, "msg_7", clock.instant()))));
  }

  @Test
  void deliveryIsAcceptedAgainAfterTheWindow() {
    WebhookVerifier verifier = verifier(Duration.ofMinutes(10));
    WebhookSigner signer = WebhookSigner.of(SECRET);

    verifier.verify(
        BODY, WebhookHeaders.of(signer.signStandardWebhooks(BODY, "msg_8", clock.instant())));
    clock.advance(Duration.ofMinutes(10));

    assertThat(
            verifier.verify(
                BODY,
                WebhookHeaders.of(signer.signStandardWebhooks(BODY, "msg_8", clock.instant()))))
        .isNotNull();
  }

  @Test
  void gradiantDeliveriesAreDeduplicatedByEventIdOrElseByTheirSignature() {
    WebhookVerifier verifier = verifier(Duration.ofHours(1));
    WebhookSigner signer = WebhookSigner.of(SECRET);
    byte[] noId =
        ("{\"event\":\"session.completed\",\"data\":{\"sessionId\":\"s\","
                + "\"completedAt\":\"2024-03-21T10:30:00Z\"}}")
            .getBytes(StandardCharsets.UTF_8);
    WebhookHeaders withId = WebhookHeaders.of(signer.sign(BODY, SignatureScheme.GRADIANT));
    WebhookHeaders withoutId = WebhookHeaders.of(signer.sign(noId, SignatureScheme.GRADIANT));

    verifier.verify(BODY, withId);
    verifier.verify(noId, withoutId);

    assertThat(rejected(DUPLICATE, () -> verifier.verify(BODY, withId)).getMessage())
        .contains("Event 'evt_1' was already accepted");
    assertThat(rejected(DUPLICATE, () -> verifier.verify(noId, withoutId)).getMessage())
        .startsWith("Event was already accepted");
  }

  @Test
  void forgetReleasesTheMarkSoARetryIsAccepted() {
    WebhookVerifier verifier = verifier(Duration.ofHours(1));
    WebhookHeaders headers =
        WebhookHeaders.of(
            WebhookSigner.of(SECRET).signStandardWebhooks(BODY, "msg_9", clock.instant()));

    WebhookEvent event = verifier.verify(BODY, headers);
    verifier.forget(event);

    assertThat(verifier.verify(BODY, headers).deliveryId()).contains("msg_9");
  }

  @Test
  void withoutAStoreReplaysInsideTheToleranceAreNotDetected() {
    WebhookVerifier verifier =
        WebhookVerifier.builder()
            .secret(SECRET)
            .clock(clock)
            .seenEventStore(SeenEventStore.none())
            .build();
    WebhookHeaders headers =
        WebhookHeaders.of(
            WebhookSigner.of(SECRET).signStandardWebhooks(BODY, "msg_1", clock.instant()));

    verifier.verify(BODY, headers);
    verifier.forget(verifier.verify(BODY, headers));

    assertThat(verifier.verify(BODY, headers)).isNotNull();
    assertThat(verifier.toString()).endsWith("replayWindow=off]");
  }

  @Test
  void storeRemembersUntilExpiryThenForgets() {
    Instant expiry = clock.instant().plusSeconds(60);

    assertThat(store.markSeen("a", expiry)).isTrue();
    assertThat(store.markSeen("a", expiry)).isFalse();
    clock.advance(Duration.ofSeconds(59));
    assertThat(store.markSeen("a", expiry)).isFalse();
    clock.advance(Duration.ofSeconds(1));
    assertThat(store.markSeen("a", clock.instant().plusSeconds(60))).isTrue();
    assertThat(store.markSeen("a", clock.instant().plusSeconds(60))).isFalse();
  }

  @Test
  void expiredMarksAreEvicted() {
    for (int i = 0; i < 100; i++) {
      store.markSeen("old-" + i, clock.instant().plusSeconds(10));
    }
    assertThat(store.size()).isEqualTo(100);

    clock.advance(Duration.ofSeconds(11));
    store.markSeen("new", clock.instant().plusSeconds(10));

    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void capacityBoundsMemoryByDroppingTheOldestMarks() {
    InMemorySeenEventStore small = InMemorySeenEventStore.create(3, clock);
    Instant later = clock.instant().plus(Duration.ofDays(1));

    for (int i = 0; i < 10_000; i++) {
      assertThat(small.markSeen("evt_" + i, later)).isTrue();
    }

    assertThat(small.size()).isEqualTo(3);
    assertThat(small.markSeen("evt_9999", later)).isFalse();
    assertThat(small.markSeen("evt_0", later)).isTrue();
    assertThat(small.toString()).isEqualTo("InMemorySeenEventStore[size=3, maxEntries=3]");
  }

  @Test
  void alreadyExpiredMarksAreNotKept() {
    assertThat(store.markSeen("x", clock.instant())).isTrue();
    assertThat(store.size()).isZero();
  }

  @Test
  void storeValidatesItsInput() {
    assertThatThrownBy(() -> InMemorySeenEventStore.create(0, clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxEntries must be at least 1, got 0");
    assertThatThrownBy(() -> store.markSeen(null, clock.instant()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("eventId");
    assertThatThrownBy(() -> store.markSeen("a", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("expiresAt");
    assertThat(InMemorySeenEventStore.create().markSeen("a", Instant.now().plusSeconds(5)))
        .isTrue();
  }
}
