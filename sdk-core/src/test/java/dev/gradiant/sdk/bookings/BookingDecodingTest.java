package dev.gradiant.sdk.bookings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.errors.MalformedResponseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How a booking is read from an answer: a missing required field is a malformed response that names
 * the field, an absent or null optional field is {@code Optional.empty()}.
 */
class BookingDecodingTest {
  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @Test
  void aBookingWithoutItsIdIsAMalformedResponseNamingTheField() {
    api.enqueueJson(200, "{\"data\": {\"userId\": \"user_123\", \"notes\": \"private\"}}");

    MalformedResponseException e =
        catchThrowableOfType(
            MalformedResponseException.class, () -> client.bookings().get("booking_123"));

    assertThat(e.serverMessage())
        .isEqualTo(
            "Could not read the response of GET /bookings/{id}: the required field data.id is"
                + " missing (Booking.id)");
    assertThat(e.getMessage()).doesNotContain("private");
    assertThat(api.takeRequest().getTarget()).isEqualTo("/v1/bookings/booking_123");
  }

  @Test
  void aNullIdIsMissingToo() {
    api.enqueueJson(200, "{\"data\": {\"id\": null}}");

    MalformedResponseException e =
        catchThrowableOfType(
            MalformedResponseException.class, () -> client.bookings().get("booking_123"));

    assertThat(e.serverMessage()).endsWith("the required field data.id is missing (Booking.id)");
  }

  @Test
  void aListItemWithoutItsIdNamesItsIndex() {
    api.enqueueJson(200, "{\"data\": [{\"id\": \"booking_1\"}, {\"duration\": 30}]}");

    MalformedResponseException e =
        catchThrowableOfType(
            MalformedResponseException.class, () -> client.users().listBookings("user_123"));

    assertThat(e.serverMessage()).endsWith("the required field data[1].id is missing (Booking.id)");
  }

  @Test
  void absentAndNullOptionalFieldsAreEmpty() {
    api.enqueueJson(200, "{\"data\": {\"id\": \"booking_123\", \"notes\": null, \"price\": null}}");

    Booking booking = client.bookings().get("booking_123");

    assertThat(booking.id()).isEqualTo("booking_123");
    assertThat(booking.notes()).isEmpty();
    assertThat(booking.price()).isEmpty();
    assertThat(booking.duration()).isEmpty();
    assertThat(booking.status()).isEmpty();
    assertThat(booking.scheduledAt()).isEmpty();
  }
}
