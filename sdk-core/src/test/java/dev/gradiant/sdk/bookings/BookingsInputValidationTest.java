package dev.gradiant.sdk.bookings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input fails with a message naming the field, and nothing reaches the server. */
class BookingsInputValidationTest {
  private static final Instant AT = Instant.parse("2024-01-01T10:00:00Z");

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();
  private final BookingsClient bookings = client.bookings();

  @AfterEach
  void nothingWasSent() {
    assertThat(api.requestCount()).as("requests sent").isZero();
    client.close();
    api.close();
  }

  private static BookingUpdateParams reschedule() {
    return BookingUpdateParams.builder().scheduledAt(AT).build();
  }

  private List<ThrowingCallable> everyCallWithId(String id) {
    return List.of(
        () -> bookings.get(id),
        () -> bookings.update(id, reschedule()),
        () -> bookings.cancel(id),
        () -> bookings.withRawResponse().get(id),
        () -> bookings.withRawResponse().update(id, reschedule()),
        () -> bookings.withRawResponse().cancel(id));
  }

  @Test
  void nullIdIsRejectedNamingTheArgument() {
    for (ThrowingCallable call : everyCallWithId(null)) {
      assertThatThrownBy(call)
          .isInstanceOf(NullPointerException.class)
          .hasMessage("bookingId must not be null");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void blankIdIsRejected(String id) {
    for (ThrowingCallable call : everyCallWithId(id)) {
      assertThatThrownBy(call)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("bookingId must not be blank");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"../admin", "a/b", "..", ".", "a\\b", "booking_1/../../users"})
  void idThatWouldChangeTheEndpointIsRejected(String id) {
    for (ThrowingCallable call : everyCallWithId(id)) {
      assertThatThrownBy(call)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("bookingId must not")
          .hasMessageContaining("endpoint");
    }
  }

  @Test
  void idWithControlCharacterIsRejected() {
    assertThatThrownBy(() -> bookings.cancel("booking\r\n123"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bookingId must not contain control characters");
  }

  @Test
  void nullParamsAreRejected() {
    assertThatThrownBy(() -> bookings.create(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("params must not be null");
    assertThatThrownBy(() -> bookings.update("booking_123", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("params must not be null");
  }

  @Test
  void eachRequiredCreateFieldIsCheckedAtBuild() {
    assertThatThrownBy(
            () ->
                BookingCreateParams.builder()
                    .scheduledAt(AT)
                    .duration(60)
                    .sessionType(SessionType.CHAT)
                    .build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("practitionerId must not be null");
    assertThatThrownBy(
            () ->
                BookingCreateParams.builder()
                    .practitionerId("prac_123")
                    .duration(60)
                    .sessionType(SessionType.CHAT)
                    .build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("scheduledAt must not be null");
    assertThatThrownBy(
            () ->
                BookingCreateParams.builder()
                    .practitionerId("prac_123")
                    .scheduledAt(AT)
                    .sessionType(SessionType.CHAT)
                    .build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("duration must not be null");
    assertThatThrownBy(
            () ->
                BookingCreateParams.builder()
                    .practitionerId("prac_123")
                    .scheduledAt(AT)
                    .duration(60)
                    .build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("sessionType must not be null");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void durationMustBeAtLeastOneMinute(int minutes) {
    assertThatThrownBy(
            () ->
                BookingCreateParams.builder()
                    .practitionerId("prac_123")
                    .scheduledAt(AT)
                    .duration(minutes)
                    .sessionType(SessionType.CHAT)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duration must be at least 1 minute, got " + minutes);
    assertThatThrownBy(() -> BookingUpdateParams.builder().duration(minutes).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duration must be at least 1 minute, got " + minutes);
  }

  @Test
  void blankIdsInTheBodyAreRejected() {
    assertThatThrownBy(
            () ->
                BookingCreateParams.builder()
                    .practitionerId(" ")
                    .scheduledAt(AT)
                    .duration(60)
                    .sessionType(SessionType.CHAT)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("practitionerId must not be blank");
    assertThatThrownBy(
            () ->
                BookingCreateParams.builder()
                    .practitionerId("prac_123")
                    .serviceId("")
                    .scheduledAt(AT)
                    .duration(60)
                    .sessionType(SessionType.CHAT)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("serviceId must not be blank");
  }

  @Test
  void anUpdateMustChangeSomething() {
    assertThatThrownBy(() -> BookingUpdateParams.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("BookingUpdateParams must set at least one field");
  }

  @Test
  void theSmallestValidValuesAreAccepted() {
    assertThat(
            BookingCreateParams.builder()
                .practitionerId("p")
                .scheduledAt(AT)
                .duration(1)
                .sessionType(SessionType.of("group_video"))
                .build()
                .duration())
        .isEqualTo(1);
    assertThat(BookingUpdateParams.builder().notes("").build().notes()).contains("");
  }
}
