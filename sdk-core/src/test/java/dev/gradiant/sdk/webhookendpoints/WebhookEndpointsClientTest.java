package dev.gradiant.sdk.webhookendpoints;

import static dev.gradiant.sdk.Payloads.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.errors.UnprocessableEntityException;
import dev.gradiant.sdk.pagination.Page;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookEndpointsClientTest {
  /**
   * The spec's {@code created} example of {@code POST /webhooks}: the only answer with a secret.
   */
  private static final String CREATED =
      """
      {"id": "wh_123", "url": "https://your-app.com/webhooks/gradiant",
       "events": ["booking.created", "booking.confirmed", "payment.completed"],
       "secret": "your_webhook_secret", "createdAt": "2024-01-01T00:00:00Z"}""";

  /** The spec's listed endpoint: the same, without the secret. */
  private static final String LISTED =
      """
      {"id": "wh_123", "url": "https://your-app.com/webhooks/gradiant",
       "events": ["booking.created", "booking.confirmed", "payment.completed"],
       "createdAt": "2024-01-01T00:00:00Z"}""";

  private static final List<WebhookEventType> DOCUMENTED_EVENTS =
      List.of(
          WebhookEventType.BOOKING_CREATED,
          WebhookEventType.BOOKING_CONFIRMED,
          WebhookEventType.PAYMENT_COMPLETED);

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @Test
  void createPostsTheDocumentedBodyWithIdempotencyKeyAndReturnsTheSecret() {
    api.enqueueJson(201, envelope(CREATED));

    WebhookEndpoint endpoint =
        client
            .webhookEndpoints()
            .create(
                WebhookEndpointCreateParams.builder()
                    .url("https://your-app.com/webhooks/gradiant")
                    .events(
                        WebhookEventType.BOOKING_CREATED,
                        WebhookEventType.BOOKING_CONFIRMED,
                        WebhookEventType.PAYMENT_COMPLETED)
                    .secret("your_webhook_secret")
                    .build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "POST", "/v1/webhooks");
    Wire.assertStandardHeaders(request);
    Wire.assertIdempotencyKey(request);
    Wire.assertJsonBody(
        request,
        """
        {"url": "https://your-app.com/webhooks/gradiant",
         "events": ["booking.created", "booking.confirmed", "payment.completed"],
         "secret": "your_webhook_secret"}""");
    assertThat(endpoint)
        .isEqualTo(
            WebhookEndpoint.builder()
                .id("wh_123")
                .url("https://your-app.com/webhooks/gradiant")
                .events(DOCUMENTED_EVENTS)
                .createdAt(Instant.parse("2024-01-01T00:00:00Z"))
                .secret("your_webhook_secret")
                .build());
    assertThat(endpoint.events().get(0)).isSameAs(WebhookEventType.BOOKING_CREATED);
  }

  @Test
  void createWithoutSecretLeavesItOutOfTheBodyAndReadsTheGeneratedOne() {
    api.enqueueJson(
        201, envelope(CREATED.replace("your_webhook_secret", "whsec_c2VydmVyLW1hZGU=")));

    WebhookEndpoint endpoint =
        client
            .webhookEndpoints()
            .create(
                WebhookEndpointCreateParams.builder()
                    .url("https://your-app.com/webhooks/gradiant")
                    .events(List.of(WebhookEventType.SESSION_COMPLETED))
                    .build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "POST", "/v1/webhooks");
    Wire.assertIdempotencyKey(request);
    Wire.assertJsonBody(
        request,
        """
        {"url": "https://your-app.com/webhooks/gradiant", "events": ["session.completed"]}""");
    assertThat(endpoint.secret()).contains("whsec_c2VydmVyLW1hZGU=");
  }

  @Test
  void eachCreateCallGetsItsOwnIdempotencyKeyUnlessOneIsGiven() {
    api.enqueueJson(201, envelope(CREATED))
        .enqueueJson(201, envelope(CREATED))
        .enqueueJson(201, envelope(CREATED));
    WebhookEndpointCreateParams params = params();

    client.webhookEndpoints().create(params);
    client.webhookEndpoints().create(params);
    client
        .webhookEndpoints()
        .withOptions(RequestOptions.builder().idempotencyKey("register-hook-1").build())
        .create(params);

    String first = Wire.assertIdempotencyKey(api.takeRequest());
    String second = Wire.assertIdempotencyKey(api.takeRequest());
    assertThat(first).isNotEqualTo(second);
    assertThat(api.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo("register-hook-1");
  }

  @Test
  void createSendsAnUnknownEventTypeAsItsRawValue() {
    api.enqueueJson(201, envelope(CREATED));

    client
        .webhookEndpoints()
        .create(
            WebhookEndpointCreateParams.builder()
                .url("https://your-app.com/webhooks/gradiant")
                .events(WebhookEventType.USER_CREATED, WebhookEventType.of("message.received"))
                .build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "POST", "/v1/webhooks");
    Wire.assertIdempotencyKey(request);
    Wire.assertJsonBody(
        request,
        """
        {"url": "https://your-app.com/webhooks/gradiant",
         "events": ["user.created", "message.received"]}""");
  }

  @Test
  void createLowerCasesTheSchemeAndStripsSurroundingWhitespace() {
    api.enqueueJson(201, envelope(CREATED));

    client
        .webhookEndpoints()
        .create(
            WebhookEndpointCreateParams.builder()
                .url("  HTTPS://your-app.com/webhooks/gradiant?tenant=Clinic-7\n")
                .events(WebhookEventType.BOOKING_CREATED)
                .build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "POST", "/v1/webhooks");
    Wire.assertIdempotencyKey(request);
    Wire.assertJsonBody(
        request,
        """
        {"url": "https://your-app.com/webhooks/gradiant?tenant=Clinic-7",
         "events": ["booking.created"]}""");
  }

  @Test
  void createRejectedByTheServerIsATypedException() {
    api.enqueueJson(
        422,
        """
        {"error": {"code": "VALIDATION_ERROR", "message": "url must have a valid certificate",
                   "details": {"field": "url", "issue": "certificate"}},
         "meta": {"requestId": "req_422", "timestamp": "2024-01-01T00:00:00Z"}}""");

    assertThatThrownBy(() -> client.webhookEndpoints().create(params()))
        .isInstanceOfSatisfying(
            UnprocessableEntityException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(422);
              assertThat(e.requestId()).contains("req_422");
            });
    Wire.assertRequestLine(api.takeRequest(), "POST", "/v1/webhooks");
  }

  @Test
  void listParsesTheDocumentedPageWithoutSecrets() {
    api.enqueueJson(
        200,
        """
        {"data": [%s],
         "meta": {"requestId": "req_123", "timestamp": "2024-01-02T00:00:00Z",
                  "total": 1, "limit": 20, "offset": 0}}"""
            .formatted(LISTED));

    Page<WebhookEndpoint> page = client.webhookEndpoints().list();

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "GET", "/v1/webhooks");
    Wire.assertStandardHeaders(request);
    assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
    Wire.assertNoBody(request);
    assertThat(page.items())
        .containsExactly(
            WebhookEndpoint.builder()
                .id("wh_123")
                .url("https://your-app.com/webhooks/gradiant")
                .events(DOCUMENTED_EVENTS)
                .createdAt(Instant.parse("2024-01-01T00:00:00Z"))
                .build());
    assertThat(page.total()).contains(1L);
    assertThat(page.hasNextPage()).isFalse();
    assertThat(page.metadata().requestId()).contains("req_123");
  }

  @Test
  void listSendsPagingQueryAndAutoPagerWalksEveryEndpoint() {
    api.enqueueJson(200, Payloads.list(listed("wh_1") + ", " + listed("wh_2"), 7, 2, 4))
        .enqueueJson(200, Payloads.list(listed("wh_3"), 7, 2, 6));

    Page<WebhookEndpoint> page =
        client
            .webhookEndpoints()
            .list(WebhookEndpointListParams.builder().limit(2).offset(4).build());
    List<String> ids = page.autoPager().stream().map(WebhookEndpoint::id).toList();

    RecordedRequest first = api.takeRequest();
    Wire.assertRequestLine(first, "GET", "/v1/webhooks?limit=2&offset=4");
    Wire.assertStandardHeaders(first);
    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/webhooks?limit=2&offset=6");
    assertThat(ids).containsExactly("wh_1", "wh_2", "wh_3");
  }

  @Test
  void listKeepsAnUnknownEventTypeInsteadOfFailing() {
    api.enqueueJson(
        200,
        Payloads.list(LISTED.replace("\"payment.completed\"", "\"payment.disputed\""), 1, 20, 0));

    WebhookEndpoint endpoint = client.webhookEndpoints().list().items().get(0);

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/webhooks");
    WebhookEventType unknown = endpoint.events().get(2);
    assertThat(unknown.value()).isEqualTo("payment.disputed");
    assertThat(unknown.isKnown()).isFalse();
    assertThat(unknown).isEqualTo(WebhookEventType.of("payment.disputed"));
    assertThat(endpoint.events().get(0).isKnown()).isTrue();
  }

  @Test
  void endpointWithoutEventsReadsAsAnEmptyList() {
    api.enqueueJson(
        200,
        Payloads.list(
            "{\"id\": \"wh_9\", \"url\": \"https://a.example\","
                + " \"createdAt\": \"2024-01-01T00:00:00Z\"}",
            1,
            20,
            0));

    WebhookEndpoint endpoint = client.webhookEndpoints().list().items().get(0);

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/webhooks");
    assertThat(endpoint.events()).isEmpty();
    assertThat(endpoint.secret()).isEmpty();
  }

  @Test
  void deleteSendsDeleteWithoutBodyAndAcceptsNoContent() {
    api.enqueue(new MockResponse.Builder().code(204).addHeader("X-Request-ID", "req_del").build());

    client.webhookEndpoints().delete("wh_123");

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "DELETE", "/v1/webhooks/wh_123");
    Wire.assertStandardHeaders(request);
    assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
    Wire.assertNoBody(request);
  }

  @Test
  void rawDeleteReturnsTheStatusAndRequestId() {
    api.enqueue(new MockResponse.Builder().code(204).addHeader("X-Request-ID", "req_del").build());

    ApiResponse<Void> response = client.webhookEndpoints().withRawResponse().delete("wh_123");

    Wire.assertRequestLine(api.takeRequest(), "DELETE", "/v1/webhooks/wh_123");
    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.requestId()).contains("req_del");
    assertThat(response.data()).isNull();
  }

  @Test
  void deleteOfAnUnknownEndpointIsNotFound() {
    api.enqueueJson(
        404,
        """
        {"error": {"code": "RESOURCE_NOT_FOUND", "message": "Webhook endpoint not found"},
         "meta": {"requestId": "req_404", "timestamp": "2024-01-01T00:00:00Z"}}""");

    assertThatThrownBy(() -> client.webhookEndpoints().delete("wh_missing"))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.requestId()).contains("req_404"));
    Wire.assertRequestLine(api.takeRequest(), "DELETE", "/v1/webhooks/wh_missing");
  }

  @Test
  void deletePercentEncodesAnIdThatIsNotAPathChange() {
    api.enqueue(new MockResponse.Builder().code(204).build());

    client.webhookEndpoints().delete("wh 1?x");

    Wire.assertRequestLine(api.takeRequest(), "DELETE", "/v1/webhooks/wh%201%3Fx");
  }

  @Test
  void rawCreateAndListCarryTheResponseMetadata() {
    api.enqueueJson(201, envelope(CREATED), "X-Request-ID", "req_create")
        .enqueueJson(200, Payloads.list(LISTED, 1, 20, 0), "X-Request-ID", "req_list");

    ApiResponse<WebhookEndpoint> created =
        client.webhookEndpoints().withRawResponse().create(params());
    ApiResponse<Page<WebhookEndpoint>> listed = client.webhookEndpoints().withRawResponse().list();

    Wire.assertRequestLine(api.takeRequest(), "POST", "/v1/webhooks");
    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/webhooks");
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.requestId()).contains("req_create");
    assertThat(created.data().secret()).contains("your_webhook_secret");
    assertThat(listed.requestId()).contains("req_list");
    assertThat(listed.data().items()).extracting(WebhookEndpoint::id).containsExactly("wh_123");
  }

  private static WebhookEndpointCreateParams params() {
    return WebhookEndpointCreateParams.builder()
        .url("https://your-app.com/webhooks/gradiant")
        .events(DOCUMENTED_EVENTS)
        .secret("your_webhook_secret")
        .build();
  }

  private static String listed(String id) {
    return LISTED.replace("wh_123", id);
  }
}
