package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.healthrecords.HealthRecordShare;
import dev.gradiant.sdk.healthrecords.HealthRecordShareCreateParams;
import dev.gradiant.sdk.healthrecords.HealthRecordType;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sandbox keeps health-record shares and enforces their contract, driven through the SDK. */
class HealthRecordsTest {
  private static final String USER = "user_demo";
  private static final String PRACTITIONER = "prac_101";

  private final MutableClock clock =
      new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  private final GradiantSandbox sandbox = GradiantSandbox.builder().clock(clock).start();
  private final GradiantClient client = TestSupport.client(sandbox);

  @AfterEach
  void close() {
    client.close();
    sandbox.close();
  }

  private HealthRecordShare share(Duration validFor) {
    return client
        .healthRecords()
        .share(
            HealthRecordShareCreateParams.builder()
                .practitionerId(PRACTITIONER)
                .recordTypes(HealthRecordType.CONDITIONS, HealthRecordType.MEDICATIONS)
                .validFor(validFor)
                .build());
  }

  @Test
  void aShareIsListedUntilRevokedAndRevokingTwiceIsNotFound() {
    HealthRecordShare share = share(Duration.ofDays(30));

    assertThat(share.userId()).isEqualTo(USER);
    assertThat(share.practitionerId()).isEqualTo(PRACTITIONER);
    assertThat(share.recordTypes())
        .containsExactly(HealthRecordType.CONDITIONS, HealthRecordType.MEDICATIONS);
    assertThat(share.expiresAt()).isAfter(clock.instant().plus(Duration.ofDays(29)));
    assertThat(client.healthRecords().listForUser(USER).items()).containsExactly(share);

    client.healthRecords().revoke(share.id());

    assertThat(client.healthRecords().listForUser(USER).items()).isEmpty();
    assertThatThrownBy(() -> client.healthRecords().revoke(share.id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(sandbox.requests())
        .filteredOn(r -> r.method().equals("DELETE"))
        .extracting(RecordedRequest::path)
        .containsOnly("/health-records/shares/" + share.id());
  }

  @Test
  void anExpiredShareIsNoLongerListedNorRevocable() {
    HealthRecordShare kept = share(Duration.ofDays(30));
    HealthRecordShare expiring = share(Duration.ofDays(1));
    assertThat(client.healthRecords().listForUser(USER).items()).hasSize(2);

    clock.advance(Duration.ofDays(1).plusMinutes(1));

    assertThat(client.healthRecords().listForUser(USER).items()).containsExactly(kept);
    assertThatThrownBy(() -> client.healthRecords().revoke(expiring.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void theListOfAnUnknownUserIsNotFound() {
    assertThatThrownBy(() -> client.healthRecords().listForUser("user_nobody"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void whatTheSdkWouldRefuseTheSandboxRefusesToo() {
    String now = clock.instant().toString();
    String nextMonth = clock.instant().plus(Duration.ofDays(30)).toString();
    String tooLate = clock.instant().plus(Duration.ofDays(365)).plusSeconds(1).toString();

    assertIssue(body("prac_nobody", "\"goals\"", nextMonth), "practitionerId");
    assertIssue(body(PRACTITIONER, "\"labResults\"", nextMonth), "recordTypes[0]");
    assertIssue(body(PRACTITIONER, "\"goals\", \"goals\"", nextMonth), "recordTypes[1]");
    assertIssue(body(PRACTITIONER, "", nextMonth), "recordTypes");
    assertIssue(body(PRACTITIONER, "\"goals\"", now), "expiresAt");
    assertIssue(body(PRACTITIONER, "\"goals\"", tooLate), "expiresAt");
    assertIssue(
        "{\"practitionerId\": \"" + PRACTITIONER + "\", \"recordTypes\": [\"goals\"]}",
        "expiresAt");
    assertThat(client.healthRecords().listForUser(USER).items()).isEmpty();

    HttpResponse<String> atTheLimit =
        TestSupport.send(
            sandbox,
            "POST",
            "/health-records/shares",
            body(
                PRACTITIONER,
                "\"emergencyContact\"",
                clock.instant().plus(Duration.ofDays(365)).toString()));
    assertThat(atTheLimit.statusCode()).isEqualTo(201);
  }

  private static String body(String practitionerId, String types, String expiresAt) {
    return """
        {"practitionerId": "%s", "recordTypes": [%s], "expiresAt": "%s"}"""
        .formatted(practitionerId, types, expiresAt);
  }

  private void assertIssue(String body, String field) {
    HttpResponse<String> response =
        TestSupport.send(sandbox, "POST", "/health-records/shares", body);
    assertThat(response.statusCode()).as(body).isEqualTo(422);
    JsonNode details = TestSupport.json(response).path("error").path("details");
    assertThat(details.toString()).as(body).contains("\"field\":\"" + field + "\"");
  }
}
