package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.apikeys.ApiKeyInfo;
import dev.gradiant.sdk.apikeys.CreatedApiKey;
import dev.gradiant.sdk.auth.OAuthScope;
import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.core.Secret;
import dev.gradiant.sdk.grants.Grant;
import dev.gradiant.sdk.grants.GrantScope;
import dev.gradiant.sdk.grants.GrantStatus;
import dev.gradiant.sdk.healthrecords.HealthRecordShare;
import dev.gradiant.sdk.healthrecords.HealthRecordShareCreateParams;
import dev.gradiant.sdk.healthrecords.HealthRecordType;
import dev.gradiant.sdk.payments.PaymentIntentConfirmParams;
import dev.gradiant.sdk.users.EmergencyContact;
import dev.gradiant.sdk.users.HealthProfile;
import dev.gradiant.sdk.users.HealthProfileUpdateParams;
import dev.gradiant.sdk.users.User;
import dev.gradiant.sdk.users.UserCreateParams;
import dev.gradiant.sdk.users.UserUpdateParams;
import dev.gradiant.sdk.wearables.WearableIngestParams;
import dev.gradiant.sdk.wearables.WearableIngestResult;
import dev.gradiant.sdk.wearables.WearableMetric;
import dev.gradiant.sdk.wearables.WearableSample;
import dev.gradiant.sdk.wearables.WearableSampleRejection;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Personal data and secrets never appear in toString(), so they cannot leak into a log line. */
class RedactionTest {

  @Test
  void userHidesPersonalFields() {
    User user =
        User.builder()
            .id("user_123")
            .email("jane@clinic.example")
            .firstName("Jane")
            .lastName("Roe")
            .dateOfBirth(LocalDate.of(1984, 2, 29))
            .phoneNumber("+15551234567")
            .verified(true)
            .createdAt(Instant.parse("2024-01-01T00:00:00Z"))
            .build();

    assertThat(user.toString())
        .contains("user_123")
        .doesNotContain("jane@clinic.example", "Jane", "Roe", "1984", "+15551234567");
  }

  @Test
  void paramsHidePersonalFields() {
    String create =
        UserCreateParams.builder()
            .email("jane@clinic.example")
            .firstName("Jane")
            .phoneNumber("+15551234567")
            .dateOfBirth(LocalDate.of(1984, 2, 29))
            .build()
            .toString();
    String update = UserUpdateParams.builder().lastName("Roe").build().toString();

    assertThat(create).doesNotContain("jane@clinic.example", "Jane", "+15551234567", "1984");
    assertThat(update).doesNotContain("Roe");
  }

  @Test
  void healthProfileHidesEveryEntry() {
    HealthProfile profile =
        HealthProfile.builder()
            .conditions(List.of("hypertension"))
            .allergies(List.of("penicillin"))
            .medications(List.of("lisinopril"))
            .goals(List.of("run 5k"))
            .emergencyContact(
                EmergencyContact.builder()
                    .name("John Roe")
                    .phoneNumber("+15557654321")
                    .relationship("spouse")
                    .build())
            .build();
    String params =
        HealthProfileUpdateParams.builder().conditions(List.of("hypertension")).build().toString();

    assertThat(profile.toString())
        .contains("1 entries")
        .doesNotContain(
            "hypertension", "penicillin", "lisinopril", "run 5k", "John", "+1555", "spouse");
    assertThat(params).doesNotContain("hypertension");
  }

  @Test
  void credentialsHideTheSecret() {
    assertThat(Credentials.bearerToken("tok_secret_1").toString()).doesNotContain("tok_secret_1");
    assertThat(Credentials.apiKey("avk_secret_2").toString()).doesNotContain("avk_secret_2");
    assertThat(Credentials.bearerToken("tok_secret_1").authHeaders())
        .containsEntry("Authorization", "Bearer tok_secret_1");
  }

  @Test
  void createdApiKeyHidesItsSecretAndItsCredentials() {
    CreatedApiKey created =
        CreatedApiKey.builder()
            .info(
                ApiKeyInfo.builder()
                    .id("key_123")
                    .name("Billing server")
                    .scopes(List.of(OAuthScope.WRITE_BOOKINGS))
                    .prefix("avk_a7f3")
                    .createdAt(Instant.parse("2024-01-01T00:00:00Z"))
                    .build())
            .secret(Secret.of("avk_a7f3c91e8b2d4e6f"))
            .build();

    assertThat(created.toString())
        .doesNotContain("avk_a7f3c91e8b2d4e6f", "c91e8b2d")
        .contains("key_123", "avk_a7f3", "secret=****");
    assertThat(created.credentials().toString()).doesNotContain("c91e8b2d");
    assertThat(created.info().toString()).doesNotContain("c91e8b2d").doesNotContain("secret");
    assertThat(
            ApiKeyInfo.builder()
                .id("k")
                .name("n")
                .prefix("avk_a7f3")
                .createdAt(Instant.EPOCH)
                .build()
                .toString())
        .contains("prefix=avk_a7f3");
  }

  @Test
  void healthRecordShareShowsIdsAndTimesButNotWhichRecordTypesAreShared() {
    HealthRecordShare share =
        HealthRecordShare.builder()
            .id("share_123")
            .userId("user_123")
            .practitionerId("prac_123")
            .recordTypes(List.of(HealthRecordType.MEDICATIONS, HealthRecordType.CONDITIONS))
            .expiresAt(Instant.parse("2024-12-31T23:59:59Z"))
            .createdAt(Instant.parse("2024-01-01T00:00:00Z"))
            .build();
    HealthRecordShareCreateParams params =
        HealthRecordShareCreateParams.builder()
            .practitionerId("prac_123")
            .recordTypes(HealthRecordType.CONDITIONS)
            .validFor(Duration.ofDays(30))
            .build();

    assertThat(share.toString())
        .contains(
            "share_123", "user_123", "prac_123", "2024-12-31T23:59:59Z", "recordTypes=(2 hidden)")
        .doesNotContainIgnoringCase("medications")
        .doesNotContainIgnoringCase("conditions");
    assertThat(params.toString())
        .contains("prac_123", "recordTypes=(1 hidden)")
        .doesNotContainIgnoringCase("conditions");
  }

  @Test
  void paymentConfirmParamsHideThePaymentMethodToken() {
    String confirm =
        PaymentIntentConfirmParams.builder()
            .paymentMethod("pm_tok_7f3a9c2e5b1d")
            .build()
            .toString();

    assertThat(confirm).doesNotContain("pm_tok_7f3a9c2e5b1d");
  }

  @Test
  void grantHidesThePatientsIdentity() {
    Grant grant =
        Grant.builder()
            .id("grant_1")
            .grantorId("user_1")
            .granteeId("user_2")
            .status(GrantStatus.ACTIVE)
            .scopes(List.of(GrantScope.HEALTH_PROFILE))
            .grantorFirstName("Jane")
            .grantorLastName("Roe")
            .grantorEmail("jane@clinic.example")
            .createdAt(Instant.parse("2024-01-01T00:00:00Z"))
            .build();

    assertThat(grant.toString())
        .contains("grant_1", "user_1")
        .doesNotContain("Jane", "Roe", "jane@clinic.example");
  }

  @Test
  void wearableModelsHideTheMeasurements() {
    WearableSample sample =
        WearableSample.builder()
            .deviceId("dev_1")
            .metric(WearableMetric.of("blood_glucose"))
            .unit("mg/dL")
            .value(new BigDecimal("213.4"))
            .recordedAt(Instant.parse("2024-03-21T10:00:00Z"))
            .build();
    WearableSampleRejection rejection =
        WearableSampleRejection.builder()
            .index(0)
            .code("INVALID_VALUE")
            .message("213.4 mg/dL is implausible")
            .build();
    WearableIngestResult result =
        WearableIngestResult.builder().rejected(List.of(rejection)).build();

    assertThat(sample.toString()).doesNotContain("213");
    assertThat(rejection.toString()).doesNotContain("213");
    assertThat(result.toString()).doesNotContain("213");
    assertThat(WearableIngestParams.builder().samples(List.of(sample)).build().toString())
        .doesNotContain("213");
  }

  @Test
  void conversationModelsHideMessageTextAndFileNames() {
    dev.gradiant.sdk.conversations.Message message =
        dev.gradiant.sdk.conversations.Message.builder()
            .id("msg_124")
            .conversationId("conv_123")
            .senderId("user_123")
            .messageType(dev.gradiant.sdk.conversations.MessageType.FILE)
            .content("my HIV test came back")
            .attachment(
                dev.gradiant.sdk.conversations.Attachment.builder()
                    .id("att_123")
                    .fileName("jane-roe-hiv-results.pdf")
                    .contentType("application/pdf")
                    .size(182044)
                    .sha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                    .build())
            .createdAt(Instant.parse("2024-01-01T10:05:00Z"))
            .build();
    String send =
        dev.gradiant.sdk.conversations.MessageCreateParams.builder()
            .content("my HIV test came back")
            .build()
            .toString();
    String upload =
        dev.gradiant.sdk.conversations.FileUploadParams.builder()
            .file(new byte[] {1, 2, 3})
            .fileName("jane-roe-hiv-results.pdf")
            .message("my HIV test came back")
            .build()
            .toString();

    assertThat(message.toString())
        .contains("msg_124", "att_123", "application/pdf")
        .doesNotContain("HIV", "jane-roe");
    assertThat(send).doesNotContain("HIV");
    assertThat(upload).contains("application/pdf").doesNotContain("HIV", "jane-roe");
  }
}
