package dev.gradiant.sdk.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input fails with a message naming the field, and nothing reaches the server. */
class UsersInputValidationTest {
  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();
  private final UsersClient users = client.users();

  @AfterEach
  void nothingWasSent() {
    assertThat(api.requestCount()).as("requests sent").isZero();
    client.close();
    api.close();
  }

  @Test
  void nullIdIsRejectedNamingTheArgument() {
    assertThatThrownBy(() -> users.get(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("userId must not be null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void blankIdIsRejected(String id) {
    assertThatThrownBy(() -> users.get(id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("userId must not be blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../admin", "a/b", "..", ".", "a\\b", "/users", "user_1/../../admin"})
  void idThatWouldChangeTheEndpointIsRejected(String id) {
    for (ThrowingCallable call :
        List.<ThrowingCallable>of(
            () -> users.get(id),
            () -> users.update(id, UserUpdateParams.builder().firstName("x").build()),
            () -> users.getPreferences(id),
            () -> users.getHealthProfile(id),
            () -> users.listBookings(id))) {
      assertThatThrownBy(call)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("userId must not")
          .hasMessageContaining("endpoint");
    }
  }

  @Test
  void idWithControlCharacterIsRejected() {
    assertThatThrownBy(() -> users.get("user\n123"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("userId must not contain control characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"plainaddress", "@example.com", "user@", "user@example", "a b@c.d"})
  void invalidEmailIsRejectedWithoutEchoingIt(String email) {
    assertThatThrownBy(() -> UserCreateParams.builder().email(email).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("email is not a valid email address (expected name@domain.tld)");
  }

  @Test
  void missingEmailIsRejected() {
    assertThatThrownBy(() -> UserCreateParams.builder().firstName("John").build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("email must not be null");
  }

  @Test
  void invalidEmailInUpdateIsRejected() {
    assertThatThrownBy(() -> UserUpdateParams.builder().email("not-an-email").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("email is not a valid email address");
  }

  @Test
  void updateWithNothingToChangeIsRejected() {
    assertThatThrownBy(() -> UserUpdateParams.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("UserUpdateParams must set at least one field");
    assertThatThrownBy(() -> UserPreferencesUpdateParams.builder().build())
        .hasMessage("UserPreferencesUpdateParams must set at least one field");
    assertThatThrownBy(() -> HealthProfileUpdateParams.builder().build())
        .hasMessage("HealthProfileUpdateParams must set at least one field");
  }

  @Test
  void blankNameIsRejected() {
    assertThatThrownBy(() -> UserCreateParams.builder().email("a@b.co").lastName(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lastName must not be blank (leave it unset instead)");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 101, 1000})
  void limitOutOfRangeIsRejected(int limit) {
    assertThatThrownBy(() -> UserListParams.builder().limit(limit).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be between 1 and 100, got " + limit);
    assertThatThrownBy(() -> UserBookingListParams.builder().limit(limit).build())
        .hasMessage("limit must be between 1 and 100, got " + limit);
  }

  @Test
  void limitBoundsAreAccepted() {
    assertThat(UserListParams.builder().limit(1).build().limit()).hasValue(1);
    assertThat(UserListParams.builder().limit(100).build().limit()).hasValue(100);
  }

  @Test
  void negativeOffsetIsRejected() {
    assertThatThrownBy(() -> UserListParams.builder().offset(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offset must not be negative, got -1");
  }

  @Test
  void dateRangeBackwardsIsRejected() {
    assertThatThrownBy(
            () ->
                UserBookingListParams.builder()
                    .from(LocalDate.of(2024, 12, 31))
                    .to(LocalDate.of(2024, 1, 1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("from (2024-12-31) must not be after to (2024-01-01)");
  }

  @Test
  void unknownTimezoneIsRejected() {
    assertThatThrownBy(() -> UserPreferencesUpdateParams.builder().timezone("Mars/Olympus").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("timezone must be an IANA time zone");
  }

  @Test
  void nullOrBlankHealthProfileEntryIsRejectedByIndex() {
    assertThatThrownBy(
            () ->
                HealthProfileUpdateParams.builder()
                    .medications(Arrays.asList("sertraline", null))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("medications[1] must not be null or blank");
  }

  @Test
  void nullParamsAreRejected() {
    assertThatThrownBy(() -> users.create(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("params must not be null");
    assertThatThrownBy(() -> users.update("user_123", null)).hasMessage("params must not be null");
    assertThatThrownBy(() -> users.listBookings("user_123", null))
        .hasMessage("params must not be null");
  }
}
