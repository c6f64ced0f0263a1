package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the sandbox hands to tests follows the SDK's model rules: final classes built by their
 * builders (a field can be added without breaking callers) that return no {@code null}.
 */
class SandboxRecordsShapeTest {
  private static final Instant AT = Instant.parse("2026-12-04T10:00:00Z");

  @Test
  void bothAreFinalClassesWithoutAPublicConstructor() {
    for (Class<?> type : List.of(RecordedRequest.class, WebhookDelivery.class)) {
      assertThat(type.isRecord()).as(type.getSimpleName()).isFalse();
      assertThat(Modifier.isFinal(type.getModifiers())).as(type.getSimpleName()).isTrue();
      assertThat(Arrays.stream(type.getConstructors())).as(type.getSimpleName()).isEmpty();
    }
  }

  @Test
  void aRecordedRequestRoundTripsThroughItsBuilder() {
    RecordedRequest request =
        RecordedRequest.builder()
            .method("POST")
            .path("/bookings")
            .query(Map.of("limit", List.of("5")))
            .headers(Map.of("idempotency-key", List.of("k1")))
            .body("{}")
            .status(201)
            .receivedAt(AT)
            .build();

    assertThat(request.toBuilder().build()).isEqualTo(request).hasSameHashCodeAs(request);
    assertThat(request.header("Idempotency-Key")).contains("k1");
    assertThat(request.queryParam("limit")).contains("5");
    assertThat(request.toString()).isEqualTo("RecordedRequest[POST /bookings -> 201]");
  }

  @Test
  void aDeliveryNotForwardedHasNoForwardTargetRatherThanNull() {
    WebhookDelivery recorded = delivery().build();
    WebhookDelivery forwarded =
        delivery().forwardedTo(URI.create("http://127.0.0.1:9000/hooks")).build();

    assertThat(recorded.forwardedTo()).isEmpty();
    assertThat(forwarded.forwardedTo()).contains(URI.create("http://127.0.0.1:9000/hooks"));
    assertThat(forwarded.toBuilder().build()).isEqualTo(forwarded).hasSameHashCodeAs(forwarded);
    assertThat(recorded.toBuilder().build().forwardedTo()).isEmpty();
    assertThat(recorded).isNotEqualTo(forwarded);
  }

  @Test
  void buildersRejectNullAndNameAMissingField() {
    assertThatThrownBy(() -> WebhookDelivery.builder().forwardedTo(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("forwardedTo must not be null");
    assertThatThrownBy(() -> RecordedRequest.builder().body(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("body must not be null");
    assertThatThrownBy(() -> WebhookDelivery.builder().eventId("evt_1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("WebhookDelivery.eventType is required");
    assertThatThrownBy(() -> RecordedRequest.builder().method("GET").path("/health").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("RecordedRequest.receivedAt is required");
  }

  private static WebhookDelivery.Builder delivery() {
    return WebhookDelivery.builder()
        .eventId("evt_1")
        .eventType("booking.created")
        .endpointId("wh_1")
        .url("https://clinic.example/hooks")
        .body("{}")
        .headers(Map.of("X-Gradiant-Signature", "abc"))
        .status(WebhookDelivery.Status.NOT_FORWARDED);
  }
}
