package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.bookings.BookingStatus;
import dev.gradiant.sdk.bookings.PaymentStatus;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.pagination.Page;
import dev.gradiant.sdk.users.EmergencyContact;
import dev.gradiant.sdk.users.HealthProfile;
import dev.gradiant.sdk.users.User;
import dev.gradiant.sdk.users.UserPreferences;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every users method sends what the spec allows and reads the spec's own examples. */
class UsersContractTest {
  private final ContractServer server = ContractServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<SdkCall> calls() {
    return Stream.concat(SdkCalls.users().stream(), SdkCalls.usersWithRawResponse().stream())
        .flatMap(SdkCall::onEachFace);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void sendsARequestTheSpecAllowsAndReadsTheDocumentedExample(SdkCall call) {
    ContractAssertions.assertConforms(server, call);
  }

  @Test
  void userExampleIsReadIntoTypedFields() {
    User user = server.client().users().get("user_123");

    assertThat(user.id()).isEqualTo("user_123");
    assertThat(user.email()).isEqualTo("user@example.com");
    assertThat(user.firstName()).hasValue("John");
    assertThat(user.lastName()).hasValue("Doe");
    assertThat(user.dateOfBirth()).hasValue(LocalDate.of(1990, 1, 1));
    assertThat(user.phoneNumber()).hasValue("+1234567890");
    assertThat(user.verified()).hasValue(true);
    assertThat(user.createdAt()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(user.updatedAt()).hasValue(Instant.parse("2024-01-01T00:00:00Z"));
  }

  @Test
  void bookingPageExampleIsReadIntoTypedFields() {
    Page<Booking> page = server.client().users().listBookings("user_123");

    assertThat(page.total()).contains(1L);
    assertThat(page.hasNextPage()).isFalse();
    Booking booking = page.items().get(0);
    assertThat(booking.scheduledAt()).contains(Instant.parse("2024-01-01T10:00:00Z"));
    assertThat(booking.duration()).contains(60);
    assertThat(booking.status()).contains(BookingStatus.CONFIRMED);
    assertThat(booking.sessionType()).contains(SessionType.VIDEO_CALL);
    assertThat(booking.paymentStatus()).contains(PaymentStatus.COMPLETED);
    assertThat(booking.price().orElseThrow().amount()).isEqualByComparingTo(new BigDecimal("75"));
    assertThat(booking.price().orElseThrow().currency()).isEqualTo("USD");
  }

  @Test
  void preferencesAndHealthProfileExamplesAreReadIntoTypedFields() {
    UserPreferences preferences = server.client().users().getPreferences("user_123");
    HealthProfile profile = server.client().users().getHealthProfile("user_123");

    assertThat(preferences.timezone()).hasValue("America/New_York");
    assertThat(preferences.notifications().orElseThrow().sms()).hasValue(false);
    assertThat(preferences.privacy().orElseThrow().showOnlineStatus()).hasValue(true);
    assertThat(profile.goals()).isEqualTo(List.of("Reduce stress", "Sleep 8 hours"));
    assertThat(profile.emergencyContact())
        .hasValue(
            EmergencyContact.builder()
                .name("Mary Doe")
                .phoneNumber("+1234567891")
                .relationship("Spouse")
                .build());
  }
}
