package dev.gradiant.sdk.users;

import static dev.gradiant.sdk.Payloads.USER;
import static dev.gradiant.sdk.Payloads.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.errors.MalformedResponseException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How the users models read what the contract requires and what it leaves optional: a missing
 * required field is a {@link MalformedResponseException} naming it, an absent or null optional
 * value is {@code Optional.empty()}, an absent list is empty.
 */
class UserDecodingTest {
  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @Test
  void aUserWithoutItsEmailIsMalformedAndTheMessageNamesTheField() {
    api.enqueueJson(
        200, envelope("{\"id\": \"user_123\", \"createdAt\": \"2024-01-01T00:00:00Z\"}"));

    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class, () -> client.users().get("u1"));

    assertThat(e.serverMessage())
        .isEqualTo(
            "Could not read the response of GET /users/{id}: the required field data.email is"
                + " missing (User.email)");
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void aListItemWithoutItsCreationTimeIsMalformedAndTheMessageNamesTheItem() {
    api.enqueueJson(
        200,
        Payloads.list(
            USER + ", {\"id\": \"user_2\", \"email\": \"b@example.com\", \"createdAt\": null}",
            2,
            20,
            0));

    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class, () -> client.users().list());

    assertThat(e.serverMessage())
        .endsWith("the required field data[1].createdAt is missing (User.createdAt)");
    assertThat(e.getMessage()).doesNotContain("b@example.com");
  }

  @Test
  void absentOrNullOptionalUserFieldsAreEmpty() {
    api.enqueueJson(
        200,
        envelope(
            """
            {"id": "user_123", "email": "a@example.com", "createdAt": "2024-01-01T00:00:00Z",
             "firstName": null, "verified": null}"""));

    User user = client.users().get("user_123");

    assertThat(user.id()).isEqualTo("user_123");
    assertThat(user.email()).isEqualTo("a@example.com");
    assertThat(user.createdAt()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(user.firstName()).isEmpty();
    assertThat(user.lastName()).isEmpty();
    assertThat(user.dateOfBirth()).isEmpty();
    assertThat(user.phoneNumber()).isEmpty();
    assertThat(user.verified()).isEmpty();
    assertThat(user.updatedAt()).isEmpty();
  }

  @Test
  void emptyPreferencesAndProfileReadAsEmptyValuesAndLists() {
    api.enqueueJson(200, envelope("{\"notifications\": {}}"))
        .enqueueJson(200, envelope("{\"goals\": null}"));

    UserPreferences preferences = client.users().getPreferences("user_123");
    HealthProfile profile = client.users().getHealthProfile("user_123");

    assertThat(preferences.id()).isEmpty();
    assertThat(preferences.language()).isEmpty();
    assertThat(preferences.timezone()).isEmpty();
    assertThat(preferences.privacy()).isEmpty();
    NotificationSettings notifications = preferences.notifications().orElseThrow();
    assertThat(notifications.email()).isEmpty();
    assertThat(notifications.sms()).isEmpty();
    assertThat(notifications.push()).isEmpty();
    assertThat(profile.conditions()).isEmpty();
    assertThat(profile.allergies()).isEmpty();
    assertThat(profile.medications()).isEmpty();
    assertThat(profile.goals()).isEmpty();
    assertThat(profile.emergencyContact()).isEmpty();
  }
}
