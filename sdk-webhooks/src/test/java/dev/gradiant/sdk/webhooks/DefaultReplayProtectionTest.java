package dev.gradiant.sdk.webhooks;

import static dev.gradiant.sdk.webhooks.Rejections.rejected;
import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.DUPLICATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A verifier built with no replay setting rejects the same delivery twice, remembers it by its own
 * clock for the replay window, and holds a bounded number of marks. The clock starts in 2001, far
 * behind the system clock, so a store that judged expiry by the system clock would forget every
 * mark at once and these tests would see no duplicate.
 */
class DefaultReplayProtectionTest {
  private static final String SECRET = StandardWebhooksVerificationTest.SPEC_SECRET;
  private static final byte[] BODY = ReplayProtectionTest.BODY;

  private final TestClock clock = TestClock.at(1_000_000_000L);
  private final WebhookSigner signer = WebhookSigner.of(SECRET, clock);

  private WebhookVerifier.Builder builder() {
    return WebhookVerifier.builder().secret(SECRET).clock(clock);
  }

  private WebhookHeaders standard(String deliveryId) {
    return WebhookHeaders.of(signer.signStandardWebhooks(BODY, deliveryId, clock.instant()));
  }

  @Test
  void theSameStandardDeliveryTwiceIsRejectedAsADuplicate() {
    WebhookVerifier verifier = builder().build();
    WebhookHeaders headers = standard("msg_1");

    assertThat(verifier.verify(BODY, headers).deliveryId()).contains("msg_1");
    WebhookVerificationException e = rejected(DUPLICATE, () -> verifier.verify(BODY, headers));

    assertThat(e.getMessage()).contains("Delivery 'msg_1' was already accepted in the last PT24H");
    assertThat(verifier.toString()).endsWith("replayWindow=PT24H]");
  }

  @Test
  void theSameGradiantDeliveryTwiceIsRejectedAsADuplicate() {
    WebhookVerifier verifier = builder().build();
    byte[] noId =
        ("{\"event\":\"session.completed\",\"data\":{\"sessionId\":\"s\","
                + "\"completedAt\":\"2024-03-21T10:30:00Z\"}}")
            .getBytes(StandardCharsets.UTF_8);
    WebhookHeaders withId = WebhookHeaders.of(signer.sign(BODY, SignatureScheme.GRADIANT));
    WebhookHeaders withoutId = WebhookHeaders.of(signer.sign(noId, SignatureScheme.GRADIANT));

    verifier.verify(BODY, withId);
    verifier.verify(noId, withoutId);

    assertThat(rejected(DUPLICATE, () -> verifier.verify(BODY, withId)).getMessage())
        .startsWith("Event 'evt_1' was already accepted");
    rejected(DUPLICATE, () -> verifier.verify(noId, withoutId));
  }

  @Test
  void theMarkExpiresAfterTheReplayWindowOnTheVerifiersClock() {
    WebhookVerifier verifier = builder().build();
    verifier.verify(BODY, standard("msg_2"));

    clock.advance(WebhookVerifier.DEFAULT_REPLAY_WINDOW.minusSeconds(1));
    rejected(DUPLICATE, () -> verifier.verify(BODY, standard("msg_2")));
    clock.advance(Duration.ofSeconds(1));

    assertThat(verifier.verify(BODY, standard("msg_2")).deliveryId()).contains("msg_2");
  }

  @Test
  void aStoreMadeOnTheSystemClockStillFollowsTheVerifiersClock() {
    WebhookVerifier verifier =
        builder()
            .seenEventStore(InMemorySeenEventStore.create())
            .replayWindow(Duration.ofHours(1))
            .build();
    verifier.verify(BODY, standard("msg_3"));

    clock.advance(Duration.ofMinutes(59));
    rejected(DUPLICATE, () -> verifier.verify(BODY, standard("msg_3")));
    clock.advance(Duration.ofMinutes(1));

    assertThat(verifier.verify(BODY, standard("msg_3")).deliveryId()).contains("msg_3");
  }

  @Test
  void theDefaultStoreIsBoundedAndDropsTheOldestMarkFirst() {
    WebhookVerifier verifier = builder().build();
    int capacity = InMemorySeenEventStore.DEFAULT_MAX_ENTRIES;
    for (int i = 0; i <= capacity; i++) {
      verifier.verify(BODY, standard("msg_" + i));
    }

    rejected(DUPLICATE, () -> verifier.verify(BODY, standard("msg_" + capacity)));
    rejected(DUPLICATE, () -> verifier.verify(BODY, standard("msg_1")));
    assertThat(verifier.verify(BODY, standard("msg_0")).deliveryId())
        .as("the oldest of capacity + 1 marks was dropped")
        .contains("msg_0");
  }

  @Test
  void aLongToleranceStretchesTheDefaultWindowToCoverBothSides() {
    WebhookVerifier verifier = builder().tolerance(Duration.ofDays(2)).build();
    verifier.verify(BODY, standard("msg_4"));

    clock.advance(Duration.ofDays(3));

    rejected(DUPLICATE, () -> verifier.verify(BODY, standard("msg_4")));
    assertThat(verifier.toString()).endsWith("replayWindow=PT96H]");
  }

  @Test
  void replayProtectionIsTurnedOffOnlyExplicitly() {
    WebhookVerifier verifier = builder().seenEventStore(SeenEventStore.none()).build();
    WebhookHeaders headers = standard("msg_5");

    verifier.verify(BODY, headers);
    verifier.forget(verifier.verify(BODY, headers));

    assertThat(verifier.verify(BODY, headers).deliveryId()).contains("msg_5");
    assertThat(verifier.toString()).endsWith("replayWindow=off]");
    assertThat(SeenEventStore.none()).hasToString("SeenEventStore.none()");
  }

  @Test
  void anAbsurdReplayWindowNeverExpiresInsteadOfOverflowing() {
    WebhookVerifier verifier = builder().replayWindow(Duration.ofSeconds(Long.MAX_VALUE)).build();
    verifier.verify(BODY, standard("msg_6"));

    clock.advance(Duration.ofDays(365 * 100));

    rejected(DUPLICATE, () -> verifier.verify(BODY, standard("msg_6")));
  }

  @Test
  void theExpiryIsComputedFromTheVerifiersClock() {
    Instant[] seen = new Instant[2];
    SeenEventStore recording =
        new SeenEventStore() {
          @Override
          public boolean markSeen(String eventId, Instant expiresAt) {
            throw new AssertionError("the verifier passes its own time");
          }

          @Override
          public boolean markSeen(String eventId, Instant now, Instant expiresAt) {
            seen[0] = now;
            seen[1] = expiresAt;
            return true;
          }

          @Override
          public void forget(String eventId) {}
        };

    builder().seenEventStore(recording).build().verify(BODY, standard("msg_7"));

    assertThat(seen[0]).isEqualTo(clock.instant());
    assertThat(seen[1]).isEqualTo(clock.instant().plus(WebhookVerifier.DEFAULT_REPLAY_WINDOW));
  }
}
