package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.bookings.BookingsClient;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.errors.BookingConflictException;
import dev.gradiant.sdk.users.User;
import dev.gradiant.sdk.users.UserCreateParams;
import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IdempotencyTest {
  private final GradiantSandbox sandbox = GradiantSandbox.start();
  private final GradiantClient client = TestSupport.client(sandbox);
  private final ZonedDateTime wednesday = TestSupport.nextWednesday(10);

  @AfterEach
  void close() {
    client.close();
    sandbox.close();
  }

  private BookingCreateParams booking() {
    return BookingCreateParams.builder()
        .practitionerId("prac_102")
        .scheduledAt(wednesday.toInstant())
        .duration(60)
        .sessionType(SessionType.VIDEO_CALL)
        .build();
  }

  /** A key applies to one call: a resubmitted form makes a new view with the same key. */
  private BookingsClient withKey(String key) {
    return client.bookings().withOptions(RequestOptions.builder().idempotencyKey(key).build());
  }

  @Test
  void theSameKeyReplaysTheFirstAnswerAndCreatesNothing() {
    ApiResponse<Booking> first = withKey("form-42").withRawResponse().create(booking());
    ApiResponse<Booking> second = withKey("form-42").withRawResponse().create(booking());

    assertThat(second.data()).isEqualTo(first.data());
    assertThat(second.metadata().statusCode()).isEqualTo(201);
    assertThat(second.metadata().requestId()).isEqualTo(first.metadata().requestId());
    assertThat(second.metadata().header("Idempotent-Replayed")).contains("true");
    assertThat(first.metadata().header("Idempotent-Replayed")).isEmpty();
    assertThat(client.users().listBookings("user_demo").total()).contains(1L);
  }

  @Test
  void aNewKeyIsANewCallAndMeetsTheConflict() {
    client.bookings().create(booking());

    assertThatThrownBy(() -> client.bookings().create(booking()))
        .isInstanceOf(BookingConflictException.class);
    assertThat(client.users().listBookings("user_demo").total()).contains(1L);
  }

  @Test
  void aConflictIsReplayedTooEvenOnceTheSlotIsFree() {
    Booking taken = client.bookings().create(booking());
    assertThatThrownBy(() -> withKey("retry-me").create(booking()))
        .isInstanceOf(BookingConflictException.class);

    client.bookings().cancel(taken.id());

    assertThatThrownBy(() -> withKey("retry-me").create(booking()))
        .isInstanceOf(BookingConflictException.class);
  }

  @Test
  void keysAreScopedToThePath() {
    RequestOptions options = RequestOptions.builder().idempotencyKey("shared").build();
    Booking booking = client.bookings().withOptions(options).create(booking());
    User user =
        client
            .users()
            .withOptions(options)
            .create(UserCreateParams.builder().email("scoped@clinic.example").build());

    assertThat(booking.id()).startsWith("booking_");
    assertThat(user.id()).startsWith("user_");
  }

  @Test
  void validationFailuresAreNotStoredSoAFixedRequestGoesThrough() {
    String key = "fix-and-resend";
    HttpResponse<String> invalid =
        TestSupport.send(sandbox, "POST", "/users", "{\"email\":\"nope\"}", "Idempotency-Key", key);
    HttpResponse<String> valid =
        TestSupport.send(
            sandbox, "POST", "/users", "{\"email\":\"ok@clinic.example\"}", "Idempotency-Key", key);

    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(valid.statusCode()).isEqualTo(201);
  }

  @Test
  void overlongKeysAreRefused() {
    HttpResponse<String> response =
        TestSupport.send(
            sandbox,
            "POST",
            "/users",
            "{\"email\":\"long@clinic.example\"}",
            "Idempotency-Key",
            "k".repeat(256));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(TestSupport.json(response).at("/error/details/field").asText())
        .isEqualTo("Idempotency-Key");
  }
}
