package dev.gradiant.sdk.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.ModelShape;
import dev.gradiant.sdk.bookings.BookingStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The users params can gain fields without breaking callers: final classes built only through their
 * builders, whose {@code toBuilder()} carries every field; unset fields read as empty.
 */
class UsersParamsShapeTest {
  private static final UserCreateParams CREATE =
      UserCreateParams.builder()
          .email("a@example.com")
          .firstName("Ann")
          .lastName("Lee")
          .dateOfBirth(LocalDate.of(1990, 1, 1))
          .phoneNumber("+15551111")
          .build();
  private static final UserUpdateParams UPDATE =
      UserUpdateParams.builder()
          .email("b@example.com")
          .firstName("Bo")
          .lastName("Li")
          .dateOfBirth(LocalDate.of(1991, 2, 3))
          .phoneNumber("+15552222")
          .build();
  private static final UserListParams LIST = UserListParams.builder().limit(5).offset(10).build();
  private static final UserBookingListParams BOOKINGS =
      UserBookingListParams.builder()
          .status(BookingStatus.CONFIRMED)
          .from(LocalDate.of(2024, 1, 1))
          .to(LocalDate.of(2024, 2, 1))
          .limit(20)
          .offset(40)
          .build();
  private static final UserPreferencesUpdateParams PREFERENCES =
      UserPreferencesUpdateParams.builder()
          .language("en")
          .timezone(ZoneId.of("Europe/Paris"))
          .notifications(UsersModelShapeTest.NOTIFICATIONS)
          .privacy(UsersModelShapeTest.PRIVACY)
          .build();
  private static final HealthProfileUpdateParams PROFILE =
      HealthProfileUpdateParams.builder()
          .conditions(List.of("asthma"))
          .allergies(List.of())
          .medications(List.of("salbutamol"))
          .goals(List.of("run"))
          .emergencyContact(UsersModelShapeTest.CONTACT)
          .build();

  @ParameterizedTest
  @ValueSource(
      classes = {
        UserCreateParams.class,
        UserUpdateParams.class,
        UserListParams.class,
        UserBookingListParams.class,
        UserPreferencesUpdateParams.class,
        HealthProfileUpdateParams.class
      })
  void isAFinalClassBuiltOnlyThroughItsBuilder(Class<?> type) throws ReflectiveOperationException {
    ModelShape.assertGrowable(type);
  }

  @Test
  void toBuilderRoundTripsEveryField() {
    assertThat(CREATE.toBuilder().build()).isEqualTo(CREATE).hasSameHashCodeAs(CREATE);
    assertThat(UPDATE.toBuilder().build()).isEqualTo(UPDATE).hasSameHashCodeAs(UPDATE);
    assertThat(LIST.toBuilder().build()).isEqualTo(LIST).hasSameHashCodeAs(LIST);
    assertThat(BOOKINGS.toBuilder().build()).isEqualTo(BOOKINGS).hasSameHashCodeAs(BOOKINGS);
    assertThat(PREFERENCES.toBuilder().build())
        .isEqualTo(PREFERENCES)
        .hasSameHashCodeAs(PREFERENCES);
    assertThat(PROFILE.toBuilder().build()).isEqualTo(PROFILE).hasSameHashCodeAs(PROFILE);
    assertThat(CREATE.toBuilder().lastName("Li").build()).isNotEqualTo(CREATE);

    assertThat(CREATE.email()).isEqualTo("a@example.com");
    assertThat(CREATE.firstName()).hasValue("Ann");
    assertThat(CREATE.lastName()).hasValue("Lee");
    assertThat(CREATE.dateOfBirth()).hasValue(LocalDate.of(1990, 1, 1));
    assertThat(CREATE.phoneNumber()).hasValue("+15551111");
    assertThat(UPDATE.email()).hasValue("b@example.com");
    assertThat(LIST.limit()).hasValue(5);
    assertThat(LIST.offset()).hasValue(10);
    assertThat(BOOKINGS.status()).hasValue(BookingStatus.CONFIRMED);
    assertThat(BOOKINGS.from()).hasValue(LocalDate.of(2024, 1, 1));
    assertThat(BOOKINGS.to()).hasValue(LocalDate.of(2024, 2, 1));
    assertThat(PREFERENCES.timezone()).hasValue("Europe/Paris");
    assertThat(PREFERENCES.notifications()).hasValue(UsersModelShapeTest.NOTIFICATIONS);
    assertThat(PROFILE.conditions()).containsExactly("asthma");
    assertThat(PROFILE.allergies()).isEmpty();
    assertThat(PROFILE.emergencyContact()).hasValue(UsersModelShapeTest.CONTACT);
  }

  @Test
  void unsetFieldsReadAsEmptyNeverNull() {
    UserListParams list = UserListParams.builder().build();
    HealthProfileUpdateParams goalsOnly =
        HealthProfileUpdateParams.builder().goals(List.of("run")).build();

    assertThat(list.limit()).isEmpty();
    assertThat(list.offset()).isEmpty();
    assertThat(goalsOnly.conditions()).isEmpty();
    assertThat(goalsOnly.emergencyContact()).isEmpty();
    assertThat(UserCreateParams.builder().email("a@example.com").build().firstName()).isEmpty();
  }

  @Test
  void builderMethodsRefuseNullNamingTheField() {
    assertThatThrownBy(() -> UserUpdateParams.builder().firstName(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("firstName must not be null");
    assertThatThrownBy(() -> UserBookingListParams.builder().status(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("status must not be null");
    assertThatThrownBy(() -> UserPreferencesUpdateParams.builder().timezone((ZoneId) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("timezone must not be null");
    assertThatThrownBy(() -> HealthProfileUpdateParams.builder().goals(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("goals must not be null");
  }

  @Test
  void toStringStillLeavesPersonalAndHealthDataOut() {
    assertThat(CREATE.toString()).doesNotContain("a@example.com", "Ann", "Lee", "1990", "+1555");
    assertThat(UPDATE.toString()).doesNotContain("b@example.com", "Bo", "Li", "1991", "+1555");
    assertThat(PROFILE.toString()).isEqualTo("HealthProfileUpdateParams[****]");
  }
}
