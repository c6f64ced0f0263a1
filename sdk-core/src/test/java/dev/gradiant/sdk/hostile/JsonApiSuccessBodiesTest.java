package dev.gradiant.sdk.hostile;

import static dev.gradiant.sdk.AsyncResults.await;
import static dev.gradiant.sdk.AsyncResults.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.bookings.BookingStatus;
import dev.gradiant.sdk.bookings.PaymentStatus;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.core.Money;
import dev.gradiant.sdk.errors.MalformedResponseException;
import dev.gradiant.sdk.pagination.AsyncPage;
import dev.gradiant.sdk.pagination.Page;
import dev.gradiant.sdk.practitioners.Availability;
import dev.gradiant.sdk.practitioners.AvailabilitySlot;
import dev.gradiant.sdk.practitioners.Practitioner;
import dev.gradiant.sdk.sessions.SessionEvent;
import dev.gradiant.sdk.users.User;
import dev.gradiant.sdk.users.UserPreferences;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server that answers in document 004's JSON:API form ({@code data.type}, {@code
 * data.attributes}, {@code data.relationships}) is read into the same, fully populated models as
 * the contract's envelope, on the blocking and the async face; a body in neither form still fails.
 */
class JsonApiSuccessBodiesTest {
  private static final Instant NEW_YEAR = Instant.parse("2024-01-01T00:00:00Z");

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @Test
  void aJsonApiBookingIsReadIntoTheBooking() {
    api.enqueueJson(200, JsonApiPayloads.BOOKING);

    Booking booking = client.bookings().get("booking_123");

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/bookings/booking_123");
    assertDocumentedBooking(booking);
  }

  @Test
  void aJsonApiBookingIsReadIntoTheBookingAsync() {
    api.enqueueJson(200, JsonApiPayloads.BOOKING);

    Booking booking = await(client.async().bookings().get("booking_123"));

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/bookings/booking_123");
    assertDocumentedBooking(booking);
  }

  private static void assertDocumentedBooking(Booking booking) {
    assertThat(booking.id()).isEqualTo("booking_123");
    assertThat(booking.practitionerId()).as("from relationships.practitioner").contains("prac_123");
    assertThat(booking.scheduledAt()).contains(Instant.parse("2024-01-01T10:00:00Z"));
    assertThat(booking.duration()).contains(60);
    assertThat(booking.status()).contains(BookingStatus.PENDING);
    assertThat(booking.sessionType()).as("session_type").contains(SessionType.VIDEO_CALL);
    assertThat(booking.price()).contains(new Money(new BigDecimal("75"), "USD"));
    assertThat(booking.paymentStatus()).as("payment_status").contains(PaymentStatus.PENDING);
    assertThat(booking.createdAt()).as("created_at").contains(NEW_YEAR);
    assertThat(booking.userId()).isEmpty();
  }

  @Test
  void aJsonApiPractitionerListIsAFullPageWithItsTotal() {
    api.enqueueJson(200, JsonApiPayloads.PRACTITIONER_LIST);

    Page<Practitioner> page = client.practitioners().search();

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/practitioners");
    assertThat(page.items()).singleElement().satisfies(JsonApiSuccessBodiesTest::assertJane);
    assertThat(page.total()).as("meta.total_count").contains(150L);
    assertThat(page.limit()).as("meta.per_page").isEqualTo(20);
    assertThat(page.offset()).as("the request's own").isZero();
    assertThat(page.hasNextPage()).isTrue();
  }

  @Test
  void aJsonApiPractitionerListIsAFullPageWithItsTotalAsync() {
    api.enqueueJson(200, JsonApiPayloads.PRACTITIONER_LIST);

    AsyncPage<Practitioner> page = await(client.async().practitioners().search());

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/practitioners");
    assertThat(page.items()).singleElement().satisfies(JsonApiSuccessBodiesTest::assertJane);
    assertThat(page.total()).contains(150L);
    assertThat(page.limit()).isEqualTo(20);
    assertThat(page.offset()).isZero();
  }

  @Test
  void aSingleJsonApiPractitionerIsReadIntoThePractitioner() {
    api.enqueueJson(200, "{\"data\": " + JsonApiPayloads.PRACTITIONER_RESOURCE + "}");

    Practitioner practitioner = client.practitioners().get("prac_123");

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/practitioners/prac_123");
    assertJane(practitioner);
  }

  private static void assertJane(Practitioner practitioner) {
    assertThat(practitioner.id()).isEqualTo("prac_123");
    assertThat(practitioner.firstName()).as("first_name").contains("Jane");
    assertThat(practitioner.lastName()).as("last_name").contains("Smith");
    assertThat(practitioner.bio().orElseThrow()).startsWith("Certified yoga instructor");
    assertThat(practitioner.specializations()).containsExactly("Hatha Yoga", "Meditation");
    assertThat(practitioner.rating().orElseThrow()).isEqualByComparingTo("4.8");
    assertThat(practitioner.totalSessions()).as("total_sessions").contains(1250);
    assertThat(practitioner.responseTime()).as("response_time").contains(120);
    assertThat(practitioner.languages()).containsExactly("English", "Spanish");
    assertThat(practitioner.verified()).contains(true);
    assertThat(practitioner.availabilityId())
        .as("relationships.availability")
        .contains("avail_123");
  }

  @Test
  void aJsonApiUserIsReadIntoTheUser() {
    api.enqueueJson(200, JsonApiPayloads.USER);

    User user = client.users().get("user_123");

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/users/user_123");
    assertThat(user.id()).isEqualTo("user_123");
    assertThat(user.email()).isEqualTo("user@example.com");
    assertThat(user.firstName()).hasValue("John");
    assertThat(user.lastName()).hasValue("Doe");
    assertThat(user.dateOfBirth()).hasValue(LocalDate.of(1990, 1, 1));
    assertThat(user.phoneNumber()).hasValue("+1234567890");
    assertThat(user.verified()).hasValue(true);
    assertThat(user.createdAt()).isEqualTo(NEW_YEAR);
    assertThat(user.updatedAt()).hasValue(NEW_YEAR);
  }

  @Test
  void snakeCaseInsideNestedModelsIsRenamedToo() {
    api.enqueueJson(200, JsonApiPayloads.PREFERENCES);

    UserPreferences preferences = await(client.async().users().getPreferences("user_123"));

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/users/user_123/preferences");
    assertThat(preferences.id()).hasValue("pref_123");
    assertThat(preferences.timezone()).hasValue("America/New_York");
    assertThat(preferences.notifications().orElseThrow().push()).hasValue(true);
    assertThat(preferences.notifications().orElseThrow().sms()).hasValue(false);
    assertThat(preferences.privacy().orElseThrow().profileVisibility()).hasValue("public");
    assertThat(preferences.privacy().orElseThrow().showOnlineStatus()).hasValue(true);
  }

  @Test
  void snakeCaseInsideAListOfNestedModelsIsRenamedToo() {
    api.enqueueJson(200, JsonApiPayloads.AVAILABILITY);

    Availability availability =
        client
            .practitioners()
            .getAvailability("prac_123", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 7));

    assertThat(availability.id()).contains("avail_123");
    assertThat(availability.timezone()).isEqualTo("America/New_York");
    assertThat(availability.slots())
        .containsExactly(
            AvailabilitySlot.builder()
                .startTime(Instant.parse("2024-01-01T09:00:00Z"))
                .endTime(Instant.parse("2024-01-01T10:00:00Z"))
                .available(true)
                .price(new Money(new BigDecimal("75"), "USD"))
                .build());
  }

  @Test
  void amountsStayExactToTheLastWrittenDigit() {
    api.enqueueJson(200, JsonApiPayloads.BOOKING.replace("\"amount\": 75", "\"amount\": 75.10"));

    Booking booking = client.bookings().get("booking_123");

    assertThat(booking.price().orElseThrow().amount()).isEqualTo(new BigDecimal("75.10"));
  }

  @Test
  void freeFormContentKeepsItsOwnKeysAndIsReadAsAPlainBodyReadsIt() {
    String data =
        """
        {"message_type": "text", "score": 75.10, "big": 1e3, "none": null,
         "nested_part": {"first_key": [1, 2.5]}}""";
    api.enqueueJson(
            200,
            """
            {"data": [{"id": "event_1", "type": "session_event",
                       "attributes": {"session_id": "sess_123", "timestamp_ms": 1705312800000,
                                      "phase": "task", "type": "user_message", "data": %s}}],
             "meta": {"total": 1, "limit": 100, "offset": 0}}"""
                .formatted(data))
        .enqueueJson(
            200,
            """
            {"data": [{"id": "event_1", "sessionId": "sess_123", "type": "user_message",
                       "data": %s}]}"""
                .formatted(data));

    Page<SessionEvent> page = client.sessions().listEvents("sess_123");
    SessionEvent plain = await(client.async().sessions().listEvents("sess_123")).items().get(0);

    SessionEvent event = page.items().get(0);
    assertThat(event.id()).isEqualTo("event_1");
    assertThat(event.sessionId()).isEqualTo("sess_123");
    assertThat(event.type().value()).as("an attribute named type").isEqualTo("user_message");
    assertThat(event.timestampMs()).contains(1705312800000L);
    assertThat(event.phase()).contains("task");
    assertThat(event.data())
        .containsOnlyKeys("message_type", "score", "big", "none", "nested_part");
    assertThat(event.data()).isEqualTo(plain.data());
    assertThat(event.data().get("nested_part")).isEqualTo(Map.of("first_key", List.of(1, 2.5)));
    assertThat(page.total()).contains(1L);
  }

  @Test
  void anEnvelopeThatOnlyMentionsAttributesIsReadAsItIs() {
    api.enqueueJson(
        200,
        """
        {"data": [{"id": "event_1", "sessionId": "sess_123", "type": "user_message",
                   "data": {"attributes": {"font_size": 3}}}],
         "meta": {"total": 1, "limit": 100, "offset": 0}}""");

    SessionEvent event = client.sessions().listEvents("sess_123").items().get(0);

    assertThat(event.sessionId()).isEqualTo("sess_123");
    assertThat(event.type().value()).isEqualTo("user_message");
    assertThat(event.data()).isEqualTo(Map.of("attributes", Map.of("font_size", 3)));
  }

  /**
   * A contract model that has a {@code type} and gains an {@code attributes} field is no resource
   * object: it has fields JSON:API does not allow beside them, and is read as it is.
   */
  @Test
  void aModelThatGainsAnAttributesFieldIsNotFlattened() {
    String body =
        """
        {"data": [{"id": "event_1", "sessionId": "sess_123", "type": "user_message",
                   "attributes": {"font_size": 3}, "data": {"text": "hi"}}]}""";
    api.enqueueJson(200, body).enqueueJson(200, body);

    SessionEvent blocking = client.sessions().listEvents("sess_123").items().get(0);
    SessionEvent async = await(client.async().sessions().listEvents("sess_123")).items().get(0);

    for (SessionEvent event : List.of(blocking, async)) {
      assertThat(event.sessionId()).isEqualTo("sess_123");
      assertThat(event.type().value()).isEqualTo("user_message");
      assertThat(event.data()).isEqualTo(Map.of("text", "hi"));
    }
  }

  /**
   * A body whose {@code meta} carries the contract's {@code requestId} is the contract's envelope:
   * an item that looks like a resource object ({@code id}, {@code type}, {@code attributes} and
   * nothing else) is still read as it is.
   */
  @Test
  void theContractsEnvelopeIsNeverFlattened() {
    String body =
        """
        {"data": [{"id": "event_1", "type": "user_message",
                   "attributes": {"session_id": "sess_999"}}],
         "meta": {"requestId": "req_1", "total": 1, "limit": 20, "offset": 0}}""";
    api.enqueueJson(200, body).enqueueJson(200, body);

    // Read as the contract's model, the item lacks its required sessionId: had the attributes
    // been lifted, it would have read as sess_999.
    assertThatThrownBy(() -> client.sessions().listEvents("sess_123"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("the required field data[0].sessionId is missing");
    assertThat(failure(MalformedResponseException.class, client.async().sessions().listEvents("s")))
        .hasMessageContaining("the required field data[0].sessionId is missing");
  }

  @Test
  void aJsonApiAttributeOfTheWrongKindIsMalformedAndNamesTheFieldNotTheValue() {
    String body = JsonApiPayloads.BOOKING.replace("\"duration\": 60", "\"duration\": \"sixty\"");
    api.enqueueJson(200, body).enqueueJson(200, body);

    assertThatThrownBy(() -> client.bookings().get("booking_123"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("data.duration")
        .message()
        .doesNotContain("sixty");
    assertThat(failure(MalformedResponseException.class, client.async().bookings().get("b")))
        .hasMessageContaining("data.duration");
  }

  @Test
  void aBodyInNeitherFormIsStillMalformed() {
    String sessionsApiShape =
        """
        {"session": {"id": "sess_123", "candidateId": "user_123", "status": "scored"}}""";
    String bareResource =
        """
        {"id": "booking_123", "type": "booking", "attributes": {"duration": 60}}""";
    api.enqueueJson(200, sessionsApiShape).enqueueJson(200, bareResource);

    assertThatThrownBy(() -> client.sessions().get("sess_123"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("no \"data\"");
    assertThat(failure(MalformedResponseException.class, client.async().bookings().get("b")))
        .hasMessageContaining("no \"data\"");
    assertThat(api.requestCount()).isEqualTo(2);
  }

  @Test
  void aListMixingJsonApiResourcesAndPlainItemsReadsBoth() {
    api.enqueueJson(
        200,
        """
        {"data": [{"id": "booking_1", "type": "booking", "attributes": {"duration": 30}},
                  {"id": "booking_2", "duration": 45}]}""");

    List<Booking> bookings = client.users().listBookings("user_123").items();

    assertThat(bookings).extracting(Booking::id).containsExactly("booking_1", "booking_2");
    assertThat(bookings)
        .extracting(Booking::duration)
        .containsExactly(Optional.of(30), Optional.of(45));
  }
}
