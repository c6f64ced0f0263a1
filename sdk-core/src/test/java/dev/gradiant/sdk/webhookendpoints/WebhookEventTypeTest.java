package dev.gradiant.sdk.webhookendpoints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.internal.json.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The documented event types are shared constants; others are kept and round-trip unchanged. */
class WebhookEventTypeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "session.completed",
        "booking.created",
        "booking.confirmed",
        "booking.cancelled",
        "booking.completed",
        "booking.no_show",
        "payment.completed",
        "payment.failed",
        "payment.refunded",
        "user.created",
        "user.verified",
        "user.updated"
      })
  void everyDocumentedTypeIsKnownAndRoundTrips(String value) throws Exception {
    WebhookEventType type = Json.mapper().readValue("\"" + value + "\"", WebhookEventType.class);

    assertThat(type.isKnown()).isTrue();
    assertThat(type).isSameAs(WebhookEventType.of(value));
    assertThat(Json.mapper().writeValueAsString(type)).isEqualTo("\"" + value + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"payment.disputed", "session.started", "BOOKING.CREATED"})
  void unknownTypeIsKeptAndRoundTrips(String value) throws Exception {
    WebhookEventType type = Json.mapper().readValue("\"" + value + "\"", WebhookEventType.class);

    assertThat(type.isKnown()).isFalse();
    assertThat(type.value()).isEqualTo(value);
    assertThat(type).isEqualTo(WebhookEventType.of(value)).hasToString(value);
    assertThat(Json.mapper().writeValueAsString(type)).isEqualTo("\"" + value + "\"");
  }
}
