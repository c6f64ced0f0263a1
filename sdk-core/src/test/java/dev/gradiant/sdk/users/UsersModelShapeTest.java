package dev.gradiant.sdk.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.ModelShape;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The users models can gain fields without breaking callers: final classes built only through their
 * builders, whose {@code toBuilder()} carries every field.
 */
class UsersModelShapeTest {
  static final EmergencyContact CONTACT =
      EmergencyContact.builder()
          .name("Jane")
          .phoneNumber("+15550000")
          .relationship("spouse")
          .build();
  static final NotificationSettings NOTIFICATIONS =
      NotificationSettings.builder().email(true).sms(false).push(true).build();
  static final PrivacySettings PRIVACY =
      PrivacySettings.builder().profileVisibility("public").showOnlineStatus(false).build();
  static final User USER =
      User.builder()
          .id("user_123")
          .email("a@example.com")
          .firstName("Ann")
          .lastName("Lee")
          .dateOfBirth(LocalDate.of(1990, 1, 1))
          .phoneNumber("+15551111")
          .verified(true)
          .createdAt(Instant.parse("2024-01-01T00:00:00Z"))
          .updatedAt(Instant.parse("2024-02-01T00:00:00Z"))
          .build();
  static final UserPreferences PREFERENCES =
      UserPreferences.builder()
          .id("pref_1")
          .language("en")
          .timezone("Europe/Paris")
          .notifications(NOTIFICATIONS)
          .privacy(PRIVACY)
          .build();
  static final HealthProfile PROFILE =
      HealthProfile.builder()
          .conditions(List.of("asthma"))
          .allergies(List.of("pollen"))
          .medications(List.of("salbutamol"))
          .goals(List.of("run"))
          .emergencyContact(CONTACT)
          .build();

  @ParameterizedTest
  @ValueSource(
      classes = {
        User.class,
        HealthProfile.class,
        UserPreferences.class,
        NotificationSettings.class,
        PrivacySettings.class,
        EmergencyContact.class
      })
  void isAFinalClassBuiltOnlyThroughItsBuilder(Class<?> type) throws ReflectiveOperationException {
    ModelShape.assertGrowable(type);
  }

  @Test
  void toBuilderRoundTripsEveryField() {
    for (Object model : List.of(USER, PREFERENCES, PROFILE, NOTIFICATIONS, PRIVACY, CONTACT)) {
      assertThat(model).isEqualTo(rebuilt(model)).hasSameHashCodeAs(rebuilt(model));
    }
    User user = USER.toBuilder().build();
    assertThat(user.id()).isEqualTo("user_123");
    assertThat(user.email()).isEqualTo("a@example.com");
    assertThat(user.firstName()).hasValue("Ann");
    assertThat(user.lastName()).hasValue("Lee");
    assertThat(user.dateOfBirth()).hasValue(LocalDate.of(1990, 1, 1));
    assertThat(user.phoneNumber()).hasValue("+15551111");
    assertThat(user.verified()).hasValue(true);
    assertThat(user.createdAt()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(user.updatedAt()).hasValue(Instant.parse("2024-02-01T00:00:00Z"));
    UserPreferences preferences = PREFERENCES.toBuilder().build();
    assertThat(preferences.id()).hasValue("pref_1");
    assertThat(preferences.language()).hasValue("en");
    assertThat(preferences.timezone()).hasValue("Europe/Paris");
    assertThat(preferences.notifications()).hasValue(NOTIFICATIONS);
    assertThat(preferences.privacy()).hasValue(PRIVACY);
    HealthProfile profile = PROFILE.toBuilder().build();
    assertThat(profile.conditions()).containsExactly("asthma");
    assertThat(profile.allergies()).containsExactly("pollen");
    assertThat(profile.medications()).containsExactly("salbutamol");
    assertThat(profile.goals()).containsExactly("run");
    assertThat(profile.emergencyContact()).hasValue(CONTACT);
    assertThat(CONTACT.toBuilder().build().name()).hasValue("Jane");
    assertThat(CONTACT.phoneNumber()).hasValue("+15550000");
    assertThat(CONTACT.relationship()).hasValue("spouse");
    assertThat(NOTIFICATIONS.email()).hasValue(true);
    assertThat(NOTIFICATIONS.sms()).hasValue(false);
    assertThat(NOTIFICATIONS.push()).hasValue(true);
    assertThat(PRIVACY.profileVisibility()).hasValue("public");
    assertThat(PRIVACY.showOnlineStatus()).hasValue(false);
  }

  @Test
  void changingOneFieldMakesADifferentValue() {
    assertThat(USER.toBuilder().lastName("Li").build()).isNotEqualTo(USER);
    assertThat(PROFILE.toBuilder().goals(List.of()).build()).isNotEqualTo(PROFILE);
    assertThat(PREFERENCES.toBuilder().language("fr").build()).isNotEqualTo(PREFERENCES);
  }

  @Test
  void aUserBuiltWithoutARequiredFieldIsRefusedNamingIt() {
    assertThatThrownBy(() -> USER.toBuilder().id(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id must not be null");
    assertThatThrownBy(() -> User.builder().email("a@example.com").createdAt(Instant.EPOCH).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("User.id is required");
    assertThatThrownBy(() -> User.builder().id("u").createdAt(Instant.EPOCH).build())
        .hasMessage("User.email is required");
    assertThatThrownBy(() -> User.builder().id("u").email("a@example.com").build())
        .hasMessage("User.createdAt is required");
  }

  @Test
  void listsAreCopiedUnmodifiableAndRefuseNullEntries() {
    List<String> goals = new java.util.ArrayList<>(List.of("run"));
    HealthProfile profile = HealthProfile.builder().goals(goals).build();
    goals.add("swim");

    assertThat(profile.goals()).containsExactly("run");
    assertThatThrownBy(() -> profile.goals().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> HealthProfile.builder().goals(Arrays.asList("a", null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void toStringStillLeavesPersonalDataOut() {
    assertThat(USER.toString())
        .contains("user_123")
        .doesNotContain("a@example.com", "Ann", "Lee", "1990", "+15551111");
    assertThat(PROFILE.toString())
        .contains("1 entries")
        .doesNotContain("asthma", "pollen", "salbutamol", "run", "Jane", "+1555");
  }

  private static Object rebuilt(Object model) {
    if (model instanceof User m) {
      return m.toBuilder().build();
    } else if (model instanceof UserPreferences m) {
      return m.toBuilder().build();
    } else if (model instanceof HealthProfile m) {
      return m.toBuilder().build();
    } else if (model instanceof NotificationSettings m) {
      return m.toBuilder().build();
    } else if (model instanceof PrivacySettings m) {
      return m.toBuilder().build();
    }
    return ((EmergencyContact) model).toBuilder().build();
  }
}
