package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.errors.BookingConflictException;
import dev.gradiant.sdk.webhookendpoints.WebhookEndpoint;
import dev.gradiant.sdk.webhookendpoints.WebhookEndpointCreateParams;
import dev.gradiant.sdk.webhookendpoints.WebhookEventType;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link GradiantSandbox#dropResponseOfNext(int)}: the request is carried out, then its answer is
 * lost. Only a retry that repeats the {@code Idempotency-Key} is harmless; the tests with a client
 * that puts a fresh key on every transmission show the double create (and the README example
 * failing) that the fault exists to catch.
 */
class DroppedResponseTest {
  private static final String SIGNUPS = "/webhooks";

  private final GradiantSandbox sandbox = GradiantSandbox.start();
  private final GradiantClient client = TestSupport.client(sandbox);

  @AfterEach
  void close() {
    client.close();
    sandbox.close();
  }

  private static WebhookEndpointCreateParams endpoint() {
    return WebhookEndpointCreateParams.builder()
        .url("https://clinic.example/hooks")
        .events(WebhookEventType.BOOKING_CREATED)
        .build();
  }

  private List<RecordedRequest> posts(String path) {
    return sandbox.requests().stream()
        .filter(request -> request.method().equals("POST") && request.path().equals(path))
        .toList();
  }

  /** An SDK whose every transmission carries a new key, as an SDK that made one per attempt. */
  private GradiantClient newKeyOnEveryAttempt() {
    OkHttpClient http =
        new OkHttpClient.Builder()
            .connectTimeout(5, TimeUnit.SECONDS)
            .addNetworkInterceptor(
                chain ->
                    chain.proceed(
                        chain
                            .request()
                            .newBuilder()
                            .header("Idempotency-Key", UUID.randomUUID().toString())
                            .build()))
            .build();
    return TestSupport.builder(sandbox).apiToken(sandbox.apiToken()).httpClient(http).build();
  }

  @Test
  void theRequestIsCarriedOutAndTheConnectionClosesUnanswered() {
    sandbox.dropResponseOfNext(1);

    assertThatThrownBy(() -> TestSupport.send(sandbox, "POST", SIGNUPS, body()))
        .isInstanceOf(UncheckedIOException.class);

    assertThat(client.webhookEndpoints().list().total()).contains(1L);
    assertThat(posts(SIGNUPS)).extracting(RecordedRequest::status).containsExactly(0);
  }

  @Test
  void dropNextInContrastCarriesNothingOut() {
    sandbox.dropNext(1);

    assertThatThrownBy(() -> TestSupport.send(sandbox, "POST", SIGNUPS, body()))
        .isInstanceOf(UncheckedIOException.class);

    assertThat(client.webhookEndpoints().list().total()).contains(0L);
  }

  @Test
  void theSdkRetryRepeatsTheKeyAndGetsTheFirstAnswer() {
    sandbox.dropResponseOfNext(1);

    ApiResponse<WebhookEndpoint> created =
        client.webhookEndpoints().withRawResponse().create(endpoint());

    assertThat(created.metadata().attempts()).isEqualTo(2);
    assertThat(created.metadata().header("Idempotent-Replayed")).contains("true");
    assertThat(client.webhookEndpoints().list().items())
        .extracting(WebhookEndpoint::id)
        .containsExactly(created.data().id());
    assertSameKeyTwice(posts(SIGNUPS));
  }

  @Test
  void theAsyncSdkRetryRepeatsTheKeyToo() throws Exception {
    sandbox.dropResponseOfNext(1);

    WebhookEndpoint created =
        client.async().webhookEndpoints().create(endpoint()).get(30, TimeUnit.SECONDS);

    assertThat(client.webhookEndpoints().list().items())
        .extracting(WebhookEndpoint::id)
        .containsExactly(created.id());
    assertSameKeyTwice(posts(SIGNUPS));
  }

  @Test
  void aRetryWithANewKeyCreatesTwice() {
    try (GradiantClient careless = newKeyOnEveryAttempt()) {
      sandbox.dropResponseOfNext(1);

      WebhookEndpoint created = careless.webhookEndpoints().create(endpoint());

      assertThat(client.webhookEndpoints().list().items())
          .extracting(WebhookEndpoint::id)
          .hasSize(2)
          .contains(created.id());
      List<RecordedRequest> attempts = posts(SIGNUPS);
      assertThat(attempts).extracting(RecordedRequest::status).containsExactly(0, 201);
      assertThat(attempts.get(1).header("Idempotency-Key"))
          .isNotEqualTo(attempts.get(0).header("Idempotency-Key"));
    }
  }

  @Test
  void theReadmeExampleFailsIfTheRetryCarriesANewKey() {
    try (GradiantClient careless = newKeyOnEveryAttempt()) {
      ReadmeExampleTest.AppointmentService service =
          new ReadmeExampleTest.AppointmentService(careless);

      sandbox.dropResponseOfNext(1);

      assertThatThrownBy(
              () -> service.book("prac_101", ReadmeExampleTest.nextMonday(LocalTime.of(15, 0))))
          .as("the retry meets the booking its own lost attempt made")
          .isInstanceOf(BookingConflictException.class);
      assertThat(client.users().listBookings(sandbox.demoUserId()).total()).contains(1L);
      assertThat(posts("/bookings")).extracting(RecordedRequest::status).containsExactly(0, 409);
    }
  }

  @Test
  void aBookingByTheRealSdkIsMadeOnceAndReturned() {
    sandbox.dropResponseOfNext(1);

    Booking booking =
        client
            .bookings()
            .create(
                BookingCreateParams.builder()
                    .practitionerId("prac_102")
                    .scheduledAt(ReadmeExampleTest.nextMonday(LocalTime.of(16, 0)))
                    .duration(50)
                    .sessionType(SessionType.VIDEO_CALL)
                    .build());

    assertThat(client.users().listBookings(sandbox.demoUserId()).items())
        .extracting(Booking::id)
        .containsExactly(booking.id());
    assertSameKeyTwice(posts("/bookings"));
  }

  @Test
  void queuedDroppedResponsesAreClearedAndValidated() {
    sandbox.dropResponseOfNext(3);
    sandbox.clearFaults();

    assertThat(client.webhookEndpoints().withRawResponse().create(endpoint()).metadata().attempts())
        .isEqualTo(1);
    assertThatThrownBy(() -> sandbox.dropResponseOfNext(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("times must not be negative, got -1");
  }

  private static void assertSameKeyTwice(List<RecordedRequest> attempts) {
    assertThat(attempts).extracting(RecordedRequest::status).containsExactly(0, 201);
    assertThat(attempts)
        .extracting(request -> request.header("Idempotency-Key"))
        .doesNotContainNull()
        .containsOnly(attempts.get(0).header("Idempotency-Key"));
  }

  private static String body() {
    return "{\"url\":\"https://clinic.example/hooks\",\"events\":[\"booking.created\"]}";
  }
}
