package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.users.EmergencyContact;
import dev.gradiant.sdk.users.HealthProfile;
import dev.gradiant.sdk.users.HealthProfileUpdateParams;
import dev.gradiant.sdk.users.User;
import dev.gradiant.sdk.users.UserCreateParams;
import dev.gradiant.sdk.users.UserUpdateParams;
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
