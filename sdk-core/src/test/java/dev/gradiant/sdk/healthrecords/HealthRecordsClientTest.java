package dev.gradiant.sdk.healthrecords;

import static dev.gradiant.sdk.Payloads.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.TestClients;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.errors.UnprocessableEntityException;
import dev.gradiant.sdk.pagination.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code healthRecords()} on the wire: what share, list and revoke send and read, and the expiry
 * checked against the client's (fake) clock before anything is sent.
 */
class HealthRecordsClientTest {
  private static final Instant NOW = Instant.parse("2024-03-21T10:30:00Z");

  private static final String SHARE =
      """
      {"id": "share_123", "userId": "user_123", "practitionerId": "prac_123",
       "recordTypes": ["conditions", "medications"],
       "expiresAt": "2024-12-31T23:59:59Z", "createdAt": "2024-03-21T10:30:00Z"}""";

  private static final HealthRecordShare EXPECTED =
      HealthRecordShare.builder()
          .id("share_123")
          .userId("user_123")
          .practitionerId("prac_123")
          .recordTypes(List.of(HealthRecordType.CONDITIONS, HealthRecordType.MEDICATIONS))
          .expiresAt(Instant.parse("2024-12-31T23:59:59Z"))
          .createdAt(NOW)
          .build();

  private final MockApi api = MockApi.start();
  private final FakeTime time = new FakeTime(NOW);
  private final GradiantClient client =
      TestClients.blocking(api.baseUrl(), time).apiToken(MockApi.TOKEN).build();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  private static HealthRecordShareCreateParams.Builder params() {
    return HealthRecordShareCreateParams.builder()
        .practitionerId("prac_123")
        .recordTypes(HealthRecordType.CONDITIONS, HealthRecordType.MEDICATIONS);
  }

  @Test
  void sharePostsTheDocumentedBodyWithIdempotencyKeyAndReadsTheShare() {
    api.enqueueJson(201, envelope(SHARE));

    HealthRecordShare share =
        client
            .healthRecords()
            .share(params().expiresAt(Instant.parse("2024-12-31T23:59:59Z")).build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "POST", "/v1/health-records/shares");
    Wire.assertStandardHeaders(request);
    Wire.assertIdempotencyKey(request);
    Wire.assertJsonBody(
        request,
        """
        {"practitionerId": "prac_123", "recordTypes": ["conditions", "medications"],
         "expiresAt": "2024-12-31T23:59:59Z"}""");
    assertThat(share).isEqualTo(EXPECTED);
    assertThat(share.recordTypes().get(0)).isSameAs(HealthRecordType.CONDITIONS);
  }

  @Test
  void validForIsCountedFromTheClientsClockOnceAndEveryRetrySendsTheSameExpiry() {
    api.enqueue(new MockResponse.Builder().code(503).build()).enqueueJson(201, envelope(SHARE));

    client.healthRecords().share(params().validFor(Duration.ofDays(30)).build());

    RecordedRequest first = api.takeRequest();
    RecordedRequest retry = api.takeRequest();
    String expected =
        """
        {"practitionerId": "prac_123", "recordTypes": ["conditions", "medications"],
         "expiresAt": "2024-04-20T10:30:00Z"}""";
    Wire.assertJsonBody(first, expected);
    Wire.assertJsonBody(retry, expected);
    assertThat(time.sleeps()).hasSize(1);
    assertThat(retry.getHeaders().get("Idempotency-Key"))
        .isEqualTo(first.getHeaders().get("Idempotency-Key"));
  }

  @Test
  void anExpiryThatIsNotInTheFutureByTheClientsClockIsRefusedBeforeSending() {
    for (Instant past : List.of(NOW, NOW.minusSeconds(1), Instant.parse("2024-01-01T00:00:00Z"))) {
      HealthRecordShareCreateParams params = params().expiresAt(past).build();

      assertThatThrownBy(() -> client.healthRecords().share(params))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("expiresAt must be in the future")
          .hasMessageContaining(NOW.toString());
    }
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void anExpiryMoreThan365DaysAheadIsRefusedBeforeSendingAndExactly365DaysIsSent() {
    api.enqueueJson(201, envelope(SHARE));
    Instant limit = NOW.plus(Duration.ofDays(365));

    assertThatThrownBy(
            () -> client.healthRecords().share(params().expiresAt(limit.plusSeconds(1)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expiresAt must be at most 365 days ahead");
    assertThat(api.requestCount()).isZero();

    client.healthRecords().share(params().expiresAt(limit).build());
    Wire.assertJsonBody(
        api.takeRequest(),
        """
        {"practitionerId": "prac_123", "recordTypes": ["conditions", "medications"],
         "expiresAt": "2025-03-21T10:30:00Z"}""");
  }

  @Test
  void theClockIsReadWhenTheCallIsMadeNotWhenTheParamsWereBuilt() {
    HealthRecordShareCreateParams params = params().expiresAt(NOW.plusSeconds(60)).build();
    time.sleep(Duration.ofSeconds(61));

    assertThatThrownBy(() -> client.healthRecords().share(params))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expiresAt must be in the future");
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void asyncShareRefusesAPastExpiryAtOnce() {
    HealthRecordShareCreateParams params = params().expiresAt(NOW.minusSeconds(1)).build();

    assertThatThrownBy(() -> client.async().healthRecords().share(params))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expiresAt must be in the future");
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void theServersRefusalIsATypedException() {
    api.enqueueJson(
        422,
        """
        {"error": {"code": "VALIDATION_ERROR", "message": "Invalid input parameters",
                   "details": {"field": "practitionerId", "issue": "No practitioner has this id"}},
         "meta": {"requestId": "req_422", "timestamp": "2024-03-21T10:30:00Z"}}""");

    assertThatThrownBy(
            () -> client.healthRecords().share(params().validFor(Duration.ofDays(1)).build()))
        .isInstanceOfSatisfying(
            UnprocessableEntityException.class, e -> assertThat(e.requestId()).contains("req_422"));
    Wire.assertRequestLine(api.takeRequest(), "POST", "/v1/health-records/shares");
  }

  @Test
  void listForUserGetsTheUsersSharesWithPagingAndAutoPagerWalksThemAll() {
    api.enqueueJson(
            200, Payloads.list(SHARE + ", " + SHARE.replace("share_123", "share_2"), 3, 2, 0))
        .enqueueJson(200, Payloads.list(SHARE.replace("share_123", "share_3"), 3, 2, 2));

    Page<HealthRecordShare> page =
        client
            .healthRecords()
            .listForUser("user_123", HealthRecordShareListParams.builder().limit(2).build());
    List<String> ids = page.autoPager().stream().map(HealthRecordShare::id).toList();

    RecordedRequest first = api.takeRequest();
    Wire.assertRequestLine(first, "GET", "/v1/users/user_123/health-record-shares?limit=2");
    Wire.assertStandardHeaders(first);
    Wire.assertNoBody(first);
    assertThat(first.getHeaders().get("Idempotency-Key")).isNull();
    Wire.assertRequestLine(
        api.takeRequest(), "GET", "/v1/users/user_123/health-record-shares?limit=2&offset=2");
    assertThat(ids).containsExactly("share_123", "share_2", "share_3");
    assertThat(page.items().get(0)).isEqualTo(EXPECTED);
  }

  @Test
  void listForUserKeepsARecordTypeTheSdkDoesNotKnow() {
    api.enqueueJson(
        200, Payloads.list(SHARE.replace("\"medications\"", "\"labResults\""), 1, 20, 0));

    HealthRecordShare share = client.healthRecords().listForUser("user_123").items().get(0);

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/users/user_123/health-record-shares");
    assertThat(share.recordTypes().get(1).value()).isEqualTo("labResults");
    assertThat(share.recordTypes().get(1).isKnown()).isFalse();
  }

  @Test
  void revokeSendsDeleteWithoutBodyAndAcceptsNoContent() {
    api.enqueue(new MockResponse.Builder().code(204).addHeader("X-Request-ID", "req_del").build());

    ApiResponse<Void> response = client.healthRecords().withRawResponse().revoke("share_123");

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "DELETE", "/v1/health-records/shares/share_123");
    Wire.assertStandardHeaders(request);
    Wire.assertNoBody(request);
    assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.requestId()).contains("req_del");
  }

  @Test
  void revokingAShareThatIsGoneIsNotFound() {
    api.enqueueJson(
        404,
        """
        {"error": {"code": "RESOURCE_NOT_FOUND", "message": "Health record share not found"},
         "meta": {"requestId": "req_404", "timestamp": "2024-03-21T10:30:00Z"}}""");

    assertThatThrownBy(() -> client.healthRecords().revoke("share_123"))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.requestId()).contains("req_404"));
    Wire.assertRequestLine(api.takeRequest(), "DELETE", "/v1/health-records/shares/share_123");
  }

  @Test
  void idsThatWouldChangeThePathAreRefusedBeforeSending() {
    assertThatThrownBy(() -> client.healthRecords().revoke("../users"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shareId");
    assertThatThrownBy(() -> client.healthRecords().listForUser(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userId");
    assertThat(api.requestCount()).isZero();
  }
}
