package dev.gradiant.sdk.webhookendpoints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The signing secret never appears in toString(), so it cannot leak into a log line. */
class WebhookEndpointRedactionTest {
  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

  @Test
  void endpointHidesTheSecretButShowsTheRest() {
    WebhookEndpoint endpoint =
        WebhookEndpoint.builder()
            .id("wh_123")
            .url("https://your-app.com/webhooks/gradiant")
            .events(List.of(WebhookEventType.SESSION_COMPLETED))
            .createdAt(Instant.parse("2024-01-01T00:00:00Z"))
            .secret(SECRET)
            .build();

    assertThat(endpoint.toString())
        .doesNotContain(SECRET, "MfKQ9r8")
        .contains(
            "wh_123",
            "https://your-app.com/webhooks/gradiant",
            "session.completed",
            "2024-01-01T00:00:00Z",
            "secret=****");
  }

  @Test
  void listedEndpointShowsThatItHasNoSecret() {
    WebhookEndpoint endpoint =
        WebhookEndpoint.builder()
            .id("wh_123")
            .url("https://a.example")
            .createdAt(Instant.parse("2024-01-01T00:00:00Z"))
            .build();

    assertThat(endpoint.toString()).contains("secret=null", "events=[]");
  }

  @Test
  void createParamsHideTheSecret() {
    String text =
        WebhookEndpointCreateParams.builder()
            .url("https://your-app.com/webhooks/gradiant")
            .events(WebhookEventType.BOOKING_CREATED)
            .secret(SECRET)
            .build()
            .toString();

    assertThat(text).doesNotContain(SECRET, "MfKQ9r8").contains("booking.created", "secret=****");
  }
}
