package dev.gradiant.sdk.bookings;

import static dev.gradiant.sdk.bookings.BookingPayloads.PENDING;
import static dev.gradiant.sdk.bookings.BookingPayloads.envelope;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.observability.AttemptStart;
import dev.gradiant.sdk.observability.CallObserver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

  /** The key is sent after the client's default headers and before the credentials'. */
  @Test
  void theKeyIsSentBetweenTheDefaultsAndTheCredentials() {
    api.enqueueJson(201, envelope(PENDING));

    client.bookings().create(params());

    RecordedRequest sent = api.takeRequest();
    List<String> names = new ArrayList<>(sent.getHeaders().names().size());
    for (int i = 0; i < sent.getHeaders().size(); i++) {
      names.add(sent.getHeaders().name(i));
    }
    assertThat(names.indexOf("Idempotency-Key"))
        .isGreaterThan(names.indexOf("Accept"))
        .isGreaterThan(names.indexOf("User-Agent"))
        .isLessThan(names.indexOf("Authorization"));
    assertEachHeaderOnce(sent);
  }

  /** An observer's own header is sent beside the key, which stays as the SDK set it. */
  @Test
  void anObserversHeaderLeavesTheKeyInPlace() {
    api.enqueueJson(201, envelope(PENDING));
    CallObserver tracing =
        new CallObserver() {
          @Override
          public void onAttemptStart(AttemptStart event) {
            event.setHeader(
                "traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
          }
        };
    try (GradiantClient observed =
        api.builder().apiToken(MockApi.TOKEN).addObserver(tracing).build()) {

      observed
          .bookings()
          .withOptions(RequestOptions.builder().idempotencyKey("key_caller_2").build())
          .create(params());
    }

    RecordedRequest sent = api.takeRequest();
    assertThat(sent.getHeaders().values("Idempotency-Key")).containsExactly("key_caller_2");
    assertThat(sent.getHeaders().values("traceparent")).hasSize(1);
    assertEachHeaderOnce(sent);
  }

  /**
   * An observer's header goes after the request's own headers, the key among them, and before the
   * credentials', as it does after a caller's header: where the SDK keeps a POST's key does not
   * move it on the wire.
   */
  @Test
  void anObserversHeaderGoesAfterTheKeyAndBeforeTheCredentials() {
    api.enqueueJson(201, envelope(PENDING));
    CallObserver tracing =
        new CallObserver() {
          @Override
          public void onAttemptStart(AttemptStart event) {
            event.setHeader(
                "traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
          }
        };
    try (GradiantClient observed =
        api.builder().apiToken(MockApi.TOKEN).addObserver(tracing).build()) {

      observed.bookings().create(params());
    }

    RecordedRequest sent = api.takeRequest();
    Wire.assertRequestLine(sent, "POST", "/v1/bookings");
    Wire.assertIdempotencyKey(sent);
    List<String> names = new ArrayList<>(sent.getHeaders().size());
    for (int i = 0; i < sent.getHeaders().size(); i++) {
      names.add(sent.getHeaders().name(i));
    }
    assertThat(names.indexOf("Idempotency-Key"))
        .as("the key, one of the request's own headers, before the observer's")
        .isGreaterThan(names.indexOf("User-Agent"))
        .isLessThan(names.indexOf("traceparent"));
    assertThat(names.indexOf("traceparent")).isLessThan(names.indexOf("Authorization"));
    assertEachHeaderOnce(sent);
    assertThat(sent.getHeaders().values("traceparent")).hasSize(1);
    assertThat(api.requestCount()).isEqualTo(1);
  }
}
