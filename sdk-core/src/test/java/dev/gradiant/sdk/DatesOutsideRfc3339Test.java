package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.analytics.AnalyticsParams;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.bookings.BookingUpdateParams;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.practitioners.PractitionerSearchParams;
import dev.gradiant.sdk.sessions.SessionCreateParams;
import dev.gradiant.sdk.sessions.SessionUpdateParams;
import dev.gradiant.sdk.users.UserBookingListParams;
import dev.gradiant.sdk.users.UserCreateParams;
import dev.gradiant.sdk.users.UserUpdateParams;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A date or instant outside the years 0000 to 9999 is refused before anything is sent: Java writes
 * it as {@code +10000-01-01} or {@code -0001-01-01}, which no {@code format: date} or {@code
 * date-time} of the contract accepts (Prism answered such requests with 400 and 422).
 */
class DatesOutsideRfc3339Test {
  private static final LocalDate YEAR_10000 = LocalDate.of(10000, 1, 1);
  private static final LocalDate YEAR_MINUS_1 = LocalDate.of(-1, 12, 31);
  private static final Instant INSTANT_10000 = Instant.parse("+10000-01-01T00:00:00Z");
  private static final Instant INSTANT_MINUS_1 = Instant.parse("-0001-12-31T23:59:59Z");

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  @Test
  void everyDateFieldRefusesYearsOutsideRfc3339NamingTheField() {
    List<Map.Entry<String, ThrowingCallable>> calls =
        List.of(
            Map.entry(
                "dateOfBirth",
                () -> UserCreateParams.builder().email("a@b.io").dateOfBirth(YEAR_10000).build()),
            Map.entry(
                "dateOfBirth", () -> UserUpdateParams.builder().dateOfBirth(YEAR_MINUS_1).build()),
            Map.entry("from", () -> UserBookingListParams.builder().from(YEAR_MINUS_1).build()),
            Map.entry("to", () -> UserBookingListParams.builder().to(YEAR_10000).build()),
            Map.entry(
                "from",
                () ->
                    AnalyticsParams.builder()
                        .from(YEAR_MINUS_1)
                        .to(LocalDate.of(2024, 1, 1))
                        .build()),
            Map.entry(
                "to",
                () ->
                    AnalyticsParams.builder()
                        .from(LocalDate.of(2024, 1, 1))
                        .to(YEAR_10000)
                        .build()),
            Map.entry(
                "from",
                () ->
                    client
                        .practitioners()
                        .getAvailability("prac_123", YEAR_MINUS_1, LocalDate.of(2024, 1, 1))),
            Map.entry(
                "to",
                () ->
                    client
                        .practitioners()
                        .getAvailability("prac_123", LocalDate.of(2024, 1, 1), YEAR_10000)));

    assertRefused(calls);
  }

  @Test
  void everyInstantFieldRefusesYearsOutsideRfc3339NamingTheField() {
    List<Map.Entry<String, ThrowingCallable>> calls =
        List.of(
            Map.entry(
                "scheduledAt",
                () ->
                    BookingCreateParams.builder()
                        .practitionerId("prac_123")
                        .scheduledAt(INSTANT_10000)
                        .duration(60)
                        .sessionType(SessionType.VIDEO_CALL)
                        .build()),
            Map.entry(
                "scheduledAt",
                () -> BookingUpdateParams.builder().scheduledAt(INSTANT_MINUS_1).build()),
            Map.entry(
                "dueDate",
                () ->
                    SessionCreateParams.builder()
                        .userId("user_123")
                        .dueDate(INSTANT_10000)
                        .build()),
            Map.entry(
                "dueDate", () -> SessionUpdateParams.builder().dueDate(INSTANT_MINUS_1).build()),
            Map.entry(
                "availableFrom",
                () -> PractitionerSearchParams.builder().availableFrom(INSTANT_MINUS_1).build()),
            Map.entry(
                "availableTo",
                () -> PractitionerSearchParams.builder().availableTo(Instant.MAX).build()));

    assertRefused(calls);
  }

  @Test
  void theLastInstantOfYear9999IsSentAsItIs() {
    api.enqueueJson(201, "{\"data\": {\"id\": \"booking_123\"}, \"meta\": {}}");
    Instant last = Instant.parse("9999-12-31T23:59:59.999999999Z");

    client
        .bookings()
        .create(
            BookingCreateParams.builder()
                .practitionerId("prac_123")
                .scheduledAt(last)
                .duration(60)
                .sessionType(SessionType.VIDEO_CALL)
                .build());

    assertThat(api.takeRequest().getBody().utf8())
        .contains("\"scheduledAt\":\"9999-12-31T23:59:59.999999999Z\"");
  }

  private void assertRefused(List<Map.Entry<String, ThrowingCallable>> calls) {
    for (Map.Entry<String, ThrowingCallable> call : calls) {
      assertThatThrownBy(call.getValue())
          .as(call.getKey())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(call.getKey() + " must be in the years 0000 to 9999");
    }
    assertThat(api.requestCount()).as("requests sent").isZero();
  }
}
