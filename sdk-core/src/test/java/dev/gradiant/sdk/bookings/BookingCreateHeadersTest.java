package dev.gradiant.sdk.bookings;

import static dev.gradiant.sdk.bookings.BookingPayloads.PENDING;
import static dev.gradiant.sdk.bookings.BookingPayloads.envelope;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.core.RequestOptions;
import java.time.Instant;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A create sends each of its headers once: the defaults, the credentials, one idempotency key. */
class BookingCreateHeadersTest {
  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  private static BookingCreateParams params() {
    return BookingCreateParams.builder()
        .practitionerId("prac_123")
        .scheduledAt(Instant.parse("2024-01-01T10:00:00Z"))
        .duration(60)
        .sessionType(SessionType.VIDEO_CALL)
        .build();
  }

  private static void assertEachHeaderOnce(RecordedRequest request) {
    for (String name :
        new String[] {"Accept", "User-Agent", "Authorization", "Idempotency-Key", "Content-Type"}) {
      assertThat(request.getHeaders().values(name)).as(name).hasSize(1);
    }
  }

  @Test
  void aGeneratedKeyAndACallersKeyAreEachSentOnceBesideTheDefaults() {
    api.enqueueJson(201, envelope(PENDING)).enqueueJson(201, envelope(PENDING));

    client.bookings().create(params());
    client
        .bookings()
        .withOptions(RequestOptions.builder().idempotencyKey("key_caller_1").build())
        .create(params());

    RecordedRequest generated = api.takeRequest();
    Wire.assertRequestLine(generated, "POST", "/v1/bookings");
    Wire.assertStandardHeaders(generated);
    Wire.assertIdempotencyKey(generated);
    assertEachHeaderOnce(generated);
    RecordedRequest callers = api.takeRequest();
    assertThat(callers.getHeaders().get("Idempotency-Key")).isEqualTo("key_caller_1");
    Wire.assertStandardHeaders(callers);
    assertEachHeaderOnce(callers);
    assertThat(api.requestCount()).isEqualTo(2);
  }
}
