package dev.gradiant.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrentVerificationTest {
  static final String SECRET = StandardWebhooksVerificationTest.SPEC_SECRET;

  @Test
  void oneVerifierServesManyThreadsAndExactlyOneCopyOfEachDeliveryWins() throws Exception {
    TestClock clock = TestClock.at(1_700_000_000L);
    WebhookVerifier verifier =
        WebhookVerifier.builder()
            .secret("plain_old_secret")
            .secret(SECRET)
            .clock(clock)
            .seenEventStore(InMemorySeenEventStore.create(10_000, clock))
            .replayWindow(Duration.ofHours(1))
            .build();
    WebhookSigner signer = WebhookSigner.of(SECRET, clock);
    int deliveries = 200;
    int copies = 4;
    List<Callable<Boolean>> tasks = new ArrayList<>();
    for (int i = 0; i < deliveries; i++) {
      byte[] body =
          ("{\"type\":\"booking.created\",\"data\":{\"id\":\"b" + i + "\"}}")
              .getBytes(StandardCharsets.UTF_8);
      WebhookHeaders headers =
          WebhookHeaders.of(signer.signStandardWebhooks(body, "msg_" + i, clock.instant()));
      for (int copy = 0; copy < copies; copy++) {
        tasks.add(
            () -> {
              try {
                return verifier.verify(body, headers).deliveryId().isPresent();
              } catch (WebhookVerificationException e) {
                assertThat(e.reason()).isEqualTo(WebhookVerificationException.Reason.DUPLICATE);
                return false;
              }
            });
      }
    }

    ExecutorService pool = Executors.newFixedThreadPool(8);
    int accepted = 0;
    try {
      for (Future<Boolean> result : pool.invokeAll(tasks)) {
        accepted += result.get() ? 1 : 0;
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    assertThat(accepted).isEqualTo(deliveries);
  }
}
