package dev.gradiant.sdk.webhooks;

import static dev.gradiant.sdk.webhooks.Rejections.rejected;
import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.NO_MATCHING_SIGNATURE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookDispatcherTest {
  static final String SECRET = StandardWebhooksVerificationTest.SPEC_SECRET;

  private final TestClock clock = TestClock.at(1_700_000_000L);
  private final WebhookSigner signer = WebhookSigner.of(SECRET, clock);
  private final WebhookVerifier verifier =
      WebhookVerifier.builder()
          .secret(SECRET)
          .clock(clock)
          .seenEventStore(InMemorySeenEventStore.create(100, clock))
          .replayWindow(Duration.ofHours(1))
          .build();
  private final List<String> calls = new ArrayList<>();

  private WebhookDispatcher dispatcher() {
    return WebhookDispatcher.builder()
        .verifier(verifier)
        .on(
            EventType.BOOKING_CREATED,
            BookingEventData.class,
            (event, booking) -> calls.add("booking " + booking.id()))
        .on(
            EventType.PAYMENT_COMPLETED,
            PaymentEventData.class,
            (event, payment) -> calls.add("payment " + payment.amount().orElseThrow()))
        .on(
            EventType.of("practitioner.updated"),
            UnknownEventData.class,
            (event, data) -> calls.add("practitioner " + data.rawData().get("id")))
        .onUnknown((event, data) -> calls.add("fallback " + event.type()))
        .build();
  }

  private static byte[] body(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private WebhookHeaders signed(byte[] body) {
    return WebhookHeaders.of(signer.sign(body, SignatureScheme.STANDARD_WEBHOOKS));
  }

  @Test
  void routesEachTypeToItsTypedHandler() {
    WebhookDispatcher dispatcher = dispatcher();
    byte[] booking = body("{\"type\":\"booking.created\",\"data\":{\"id\":\"booking_1\"}}");
    byte[] payment =
        body("{\"type\":\"payment.completed\",\"data\":{\"id\":\"p\",\"amount\":\"12.50\"}}");

    WebhookEvent handled = dispatcher.handle(booking, signed(booking));
    dispatcher.handle(new String(payment, StandardCharsets.UTF_8), signed(payment));

    assertThat(handled.type()).isEqualTo(EventType.BOOKING_CREATED);
    assertThat(calls).containsExactly("booking booking_1", "payment 12.50");
  }

  @Test
  void typesNewerThanTheLibraryCanHaveTheirOwnHandler() {
    byte[] body = body("{\"type\":\"practitioner.updated\",\"data\":{\"id\":\"prac_1\"}}");

    dispatcher().handle(body, signed(body));

    assertThat(calls).containsExactly("practitioner prac_1");
  }

  @Test
  void unknownAndUnregisteredTypesGoToTheFallback() {
    WebhookDispatcher dispatcher = dispatcher();
    byte[] unknown = body("{\"type\":\"message.sent\",\"data\":{}}");
    byte[] unregistered =
        body("{\"type\":\"user.created\",\"data\":{\"id\":\"u\",\"email\":\"e\"}}");

    dispatcher.handle(unknown, signed(unknown));
    dispatcher.handle(unregistered, signed(unregistered));

    assertThat(calls).containsExactly("fallback message.sent", "fallback user.created");
  }

  @Test
  void withoutAFallbackUnhandledEventsAreAcceptedAndIgnored() {
    WebhookDispatcher dispatcher = WebhookDispatcher.builder().verifier(verifier).build();
    byte[] body = body("{\"type\":\"message.sent\",\"data\":{}}");

    assertThat(dispatcher.handle(body, signed(body)).type().value()).isEqualTo("message.sent");
  }

  @Test
  void badSignatureNeverReachesAHandler() {
    byte[] body = body("{\"type\":\"booking.created\",\"data\":{\"id\":\"booking_1\"}}");
    byte[] forged = body("{\"type\":\"booking.created\",\"data\":{\"id\":\"booking_666\"}}");
    WebhookHeaders headers = signed(body);

    rejected(NO_MATCHING_SIGNATURE, () -> dispatcher().handle(forged, headers));

    assertThat(calls).isEmpty();
  }

  @Test
  void failingHandlerPropagatesAndReleasesTheReplayMarkSoTheRetryIsProcessed() {
    List<String> attempts = new ArrayList<>();
    WebhookDispatcher flaky =
        WebhookDispatcher.builder()
            .verifier(verifier)
            .on(
                EventType.BOOKING_CREATED,
                EventData.class,
                (event, data) -> {
                  attempts.add(event.deliveryId().orElseThrow());
                  if (attempts.size() == 1) {
                    throw new IllegalStateException("database down");
                  }
                })
            .build();
    byte[] body = body("{\"type\":\"booking.created\",\"data\":{\"id\":\"b\"}}");
    WebhookHeaders headers =
        WebhookHeaders.of(signer.signStandardWebhooks(body, "msg_retry", clock.instant()));

    assertThatThrownBy(() -> flaky.handle(body, headers))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("database down");
    flaky.handle(body, headers);

    assertThat(attempts).containsExactly("msg_retry", "msg_retry");
    rejected(WebhookVerificationException.Reason.DUPLICATE, () -> flaky.handle(body, headers));
  }

  @Test
  void handlerRegistrationIsCheckedWhenBuilding() {
    assertThatThrownBy(
            () ->
                WebhookDispatcher.builder()
                    .on(EventType.BOOKING_CREATED, PaymentEventData.class, (e, d) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "dataType: booking.created events carry BookingEventData, not PaymentEventData");
    assertThatThrownBy(
            () ->
                WebhookDispatcher.builder()
                    .on(EventType.of("new.thing"), BookingEventData.class, (e, d) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("carry UnknownEventData");
    assertThatThrownBy(
            () ->
                WebhookDispatcher.builder()
                    .on(EventType.USER_CREATED, UserEventData.class, (e, d) -> {})
                    .on(EventType.of("user.created"), EventData.class, (e, d) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("type: user.created already has a handler");
    assertThatThrownBy(() -> WebhookDispatcher.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("verifier:");
    assertThatThrownBy(() -> WebhookDispatcher.builder().verifier(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("verifier");
  }

  @Test
  void toStringListsRoutesButNoSecret() {
    assertThat(dispatcher().toString())
        .contains("booking.created")
        .contains("secrets=1")
        .doesNotContain(SECRET.substring(6));
  }

  @Test
  void gradiantDeliveryIsDispatchedToo() {
    byte[] body = body("{\"event\":\"booking.created\",\"data\":{\"id\":\"booking_2\"}}");

    dispatcher()
        .handle(
            body,
            WebhookHeaders.of(
                Map.of(
                    "X-Gradiant-Signature",
                    signer.sign(body, SignatureScheme.GRADIANT).get("X-Gradiant-Signature"))));

    assertThat(calls).containsExactly("booking booking_2");
  }
}
