package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.errors.ConflictException;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.pagination.Page;
import dev.gradiant.sdk.users.EmergencyContact;
import dev.gradiant.sdk.users.HealthProfile;
import dev.gradiant.sdk.users.HealthProfileUpdateParams;
import dev.gradiant.sdk.users.NotificationSettings;
import dev.gradiant.sdk.users.PrivacySettings;
import dev.gradiant.sdk.users.User;
import dev.gradiant.sdk.users.UserCreateParams;
import dev.gradiant.sdk.users.UserListParams;
import dev.gradiant.sdk.users.UserPreferences;
import dev.gradiant.sdk.users.UserPreferencesUpdateParams;
import dev.gradiant.sdk.users.UserUpdateParams;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UsersTest {
  private final GradiantSandbox sandbox = GradiantSandbox.start();
  private final GradiantClient client = TestSupport.client(sandbox);

  @AfterEach
  void close() {
    client.close();
    sandbox.close();
  }

  @Test
  void createsReadsUpdatesAndListsUsers() {
    User created =
        client
            .users()
            .create(
                UserCreateParams.builder()
                    .email("new.patient@clinic.example")
                    .firstName("Alex")
                    .lastName("Doe")
                    .dateOfBirth(LocalDate.of(1990, 1, 1))
                    .phoneNumber("+1234567890")
                    .build());

    assertThat(created.id()).startsWith("user_");
    assertThat(created.verified()).hasValue(false);
    assertThat(created.createdAt()).isNotNull();
    assertThat(client.users().get(created.id())).isEqualTo(created);

    User updated =
        client.users().update(created.id(), UserUpdateParams.builder().lastName("Smith").build());
    assertThat(updated.lastName()).hasValue("Smith");
    assertThat(updated.firstName()).hasValue("Alex");
    assertThat(updated.dateOfBirth()).hasValue(LocalDate.of(1990, 1, 1));

    Page<User> page = client.users().list(UserListParams.builder().limit(100).build());
    assertThat(page.total()).contains(6L);
    assertThat(page.items()).extracting(User::id).startsWith("user_demo").endsWith(created.id());
  }

  @Test
  void meIsTheUserTheCredentialsBelongTo() {
    assertThat(client.users().me().id()).isEqualTo(sandbox.demoUserId());
    assertThat(client.auth().me().email()).isEqualTo(sandbox.demoUserEmail());
  }

  @Test
  void aSecondUserWithTheSameEmailIsAConflict() {
    client.users().create(UserCreateParams.builder().email("twice@clinic.example").build());

    assertThatThrownBy(
            () ->
                client
                    .users()
                    .create(UserCreateParams.builder().email("TWICE@clinic.example").build()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.errorCode()).contains("RESOURCE_CONFLICT");
              assertThat(e.requestId().orElseThrow()).startsWith("req_");
            });
    assertThatThrownBy(
            () ->
                client
                    .users()
                    .update(
                        "user_client1",
                        UserUpdateParams.builder().email(sandbox.demoUserEmail()).build()))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void unknownUsersAreNotFound() {
    assertThatThrownBy(() -> client.users().get("user_nobody"))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.errorCode()).contains("RESOURCE_NOT_FOUND"));
    assertThatThrownBy(() -> client.users().getPreferences("user_nobody"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.users().getHealthProfile("user_nobody"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.users().listBookings("user_nobody"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void preferencesMergeWhatIsSent() {
    UserPreferences defaults = client.users().getPreferences("user_demo");
    assertThat(defaults.language()).hasValue("en");
    assertThat(defaults.notifications().orElseThrow().email()).hasValue(true);

    UserPreferences updated =
        client
            .users()
            .updatePreferences(
                "user_demo",
                UserPreferencesUpdateParams.builder()
                    .timezone("America/New_York")
                    .notifications(NotificationSettings.builder().sms(true).build())
                    .privacy(PrivacySettings.builder().profileVisibility("public").build())
                    .build());

    assertThat(updated.timezone()).hasValue("America/New_York");
    assertThat(updated.language()).hasValue("en");
    assertThat(updated.notifications())
        .hasValue(NotificationSettings.builder().email(true).sms(true).push(true).build());
    assertThat(updated.privacy())
        .hasValue(
            PrivacySettings.builder().profileVisibility("public").showOnlineStatus(false).build());
    assertThat(client.users().getPreferences("user_demo")).isEqualTo(updated);
  }

  @Test
  void healthProfileFieldsAreReplacedWhole() {
    assertThat(client.users().getHealthProfile("user_demo").goals()).isNullOrEmpty();

    client
        .users()
        .updateHealthProfile(
            "user_demo",
            HealthProfileUpdateParams.builder()
                .goals(List.of("Reduce stress", "Sleep 8 hours"))
                .allergies(List.of("Penicillin"))
                .emergencyContact(
                    EmergencyContact.builder()
                        .name("Mary Doe")
                        .phoneNumber("+1234567891")
                        .relationship("Spouse")
                        .build())
                .build());
    HealthProfile profile =
        client
            .users()
            .updateHealthProfile(
                "user_demo", HealthProfileUpdateParams.builder().goals(List.of("Run 5k")).build());

    assertThat(profile.goals()).containsExactly("Run 5k");
    assertThat(profile.allergies()).containsExactly("Penicillin");
    assertThat(profile.emergencyContact().orElseThrow().relationship()).hasValue("Spouse");
    assertThat(client.users().getHealthProfile("user_demo")).isEqualTo(profile);
  }
}
