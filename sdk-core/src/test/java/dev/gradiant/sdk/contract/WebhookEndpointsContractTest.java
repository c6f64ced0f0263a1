package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.pagination.Page;
import dev.gradiant.sdk.webhookendpoints.WebhookEndpoint;
import dev.gradiant.sdk.webhookendpoints.WebhookEndpointCreateParams;
import dev.gradiant.sdk.webhookendpoints.WebhookEventType;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every webhook-endpoints method sends what the spec allows and reads the spec's own examples. */
class WebhookEndpointsContractTest {
  private final ContractServer server = ContractServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<SdkCall> calls() {
    return Stream.concat(
            SdkCalls.webhookEndpoints().stream(),
            SdkCalls.webhookEndpointsWithRawResponse().stream())
        .flatMap(SdkCall::onEachFace);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void sendsARequestTheSpecAllowsAndReadsTheDocumentedExample(SdkCall call) {
    ContractAssertions.assertConforms(server, call);
  }

  /**
   * Either the SDK refuses the URL before sending anything, or the spec accepts the body it sends:
   * its own checks are never laxer than the contract's {@code format: uri} and {@code ^https://}.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://your-app.com/webhooks/gradiant",
        "HTTPS://your-app.com/webhooks",
        "  https://your-app.com/webhooks  ",
        "https://xn--bcher-kva.example/hooks",
        "https://bücher.example/hooks",
        "https://your-app.com/hooks/grädiant",
        "https://your-app.com/hooks/gr%C3%A4diant",
        "https://your-app.com/hooks?tags=[a]",
        "https://your-app.com/hooks?tags=%5Ba%5D",
        "https://[2001:db8::1]:8443/hooks",
        "https://hooks@your-app.com/hooks",
        "https://your-app.com/hooks#section",
        "https://your-app.com/a b",
        "https://your-app.com/%zz",
        "http://your-app.com/hooks"
      })
  void aUrlTheSdkTakesIsOneTheSpecTakes(String url) {
    WebhookEndpointCreateParams params;
    try {
      params =
          WebhookEndpointCreateParams.builder()
              .url(url)
              .events(WebhookEventType.USER_CREATED)
              .build();
    } catch (IllegalArgumentException refusedBeforeSending) {
      assertThat(server.dispatcher().exchanges()).isEmpty();
      return;
    }

    server.client().webhookEndpoints().create(params);

    assertThat(server.onlyExchange().violations()).isEmpty();
  }

  @Test
  void aCreateWithoutSecretLeavesItToTheServer() {
    server.client().webhookEndpoints().create(SdkCalls.WEBHOOK_GENERATED_SECRET);

    assertThat(server.onlyExchange().violations()).isEmpty();
    assertThat(server.onlyExchange().request().body().utf8())
        .isEqualTo(
            "{\"url\":\"https://your-app.com/webhooks/sessions\",\"events\":[\"session.completed\"]}");
  }

  @Test
  void createdEndpointExampleIsReadWithItsSecret() {
    WebhookEndpoint endpoint =
        server.client().webhookEndpoints().create(SdkCalls.WEBHOOK_WITH_SECRET);

    assertThat(endpoint.id()).isEqualTo("wh_123");
    assertThat(endpoint.url()).isEqualTo("https://your-app.com/webhooks/gradiant");
    assertThat(endpoint.events())
        .containsExactly(
            WebhookEventType.BOOKING_CREATED,
            WebhookEventType.BOOKING_CONFIRMED,
            WebhookEventType.PAYMENT_COMPLETED);
    assertThat(endpoint.secret()).contains("your_webhook_secret");
    assertThat(endpoint.createdAt()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
  }

  @Test
  void endpointPageExampleIsReadWithoutSecrets() {
    Page<WebhookEndpoint> page = server.client().webhookEndpoints().list(SdkCalls.WEBHOOK_PAGE);

    assertThat(page.total()).contains(1L);
    assertThat(page.limit()).isEqualTo(20);
    assertThat(page.offset()).isZero();
    assertThat(page.hasNextPage()).isFalse();
    WebhookEndpoint endpoint = page.items().get(0);
    assertThat(endpoint.id()).isEqualTo("wh_123");
    assertThat(endpoint.events()).hasSize(3).allMatch(WebhookEventType::isKnown);
    assertThat(endpoint.secret()).isEmpty();
  }

  @Test
  void deleteReadsTheDocumentedNoContentAnswer() {
    ApiResponse<Void> response =
        server.client().webhookEndpoints().withRawResponse().delete(SdkCalls.WEBHOOK_ENDPOINT_ID);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.data()).isNull();
    assertThat(response.requestId()).contains("req_123");
  }
}
