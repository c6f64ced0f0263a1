package dev.gradiant.sdk.webhooks;

import static dev.gradiant.sdk.webhooks.Rejections.rejected;
import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.MALFORMED_PAYLOAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookEventParsingTest {
  static final String SECRET = "whsec_" + "dGVzdC1zZWNyZXQtZm9yLWV2ZW50LXBhcnNpbmc=";
  static final TestClock CLOCK = TestClock.at(1_711_017_000L);

  private final WebhookVerifier verifier =
      WebhookVerifier.builder().secret(SECRET).clock(CLOCK).build();
  private final WebhookSigner signer = WebhookSigner.of(SECRET, CLOCK);

  private WebhookEvent deliver(String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    return verifier.verify(
        body, WebhookHeaders.of(signer.sign(body, SignatureScheme.STANDARD_WEBHOOKS)));
  }

  private WebhookEvent deliverGradiant(String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    return verifier.verify(body, WebhookHeaders.of(signer.sign(body, SignatureScheme.GRADIANT)));
  }

  @Test
  void readsTheDocumentedSessionCompletedShape() {
    WebhookEvent event =
        deliverGradiant(
            "{\"event\": \"session.completed\", \"data\": {\"sessionId\": \"sess_123\","
                + " \"completedAt\": \"2024-03-21T10:30:00Z\"}}");

    assertThat(event.type()).isEqualTo(EventType.SESSION_COMPLETED);
    assertThat(event.id()).isEmpty();
    assertThat(event.createdAt()).isEmpty();
    assertThat(event.deliveryId()).isEmpty();
    assertThat(event.scheme()).isEqualTo(SignatureScheme.GRADIANT);
    assertThat(event.data())
        .isEqualTo(
            SessionEventData.builder()
                .sessionId("sess_123")
                .completedAt(Instant.parse("2024-03-21T10:30:00Z"))
                .build());
    assertThat(event.dataAs(SessionEventData.class)).contains((SessionEventData) event.data());
    assertThat(event.dataAs(BookingEventData.class)).isEmpty();
  }

  @Test
  void readsTheDocumentedBookingShapeWithSnakeCaseAndJsonApiAttributes() {
    WebhookEvent event =
        deliver(
            "{\"id\": \"evt_123\", \"type\": \"booking.created\", \"created_at\":"
                + " \"2024-01-01T00:00:00Z\", \"data\": {\"id\": \"booking_123\", \"type\":"
                + " \"booking\", \"attributes\": {\"scheduled_at\": \"2024-01-01T10:00:00Z\","
                + " \"status\": \"pending\", \"user_id\": \"user_123\", \"practitioner_id\":"
                + " \"prac_123\"}}}");

    assertThat(event.id()).contains("evt_123");
    assertThat(event.type()).isEqualTo(EventType.BOOKING_CREATED);
    assertThat(event.createdAt()).contains(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(event.scheme()).isEqualTo(SignatureScheme.STANDARD_WEBHOOKS);
    assertThat(event.deliveryId()).hasValueSatisfying(id -> assertThat(id).startsWith("msg_"));
    assertThat(event.dataAs(BookingEventData.class))
        .contains(
            BookingEventData.builder()
                .id("booking_123")
                .status("pending")
                .scheduledAt(Instant.parse("2024-01-01T10:00:00Z"))
                .userId("user_123")
                .practitionerId("prac_123")
                .build());
    assertThat(event.rawData()).containsEntry("scheduled_at", "2024-01-01T10:00:00Z");
    assertThat(event.rawData()).doesNotContainKey("attributes");
  }

  @Test
  void readsTheCamelCaseContractShape() {
    WebhookEvent event =
        deliver(
            "{\"id\": \"evt_9\", \"type\": \"booking.confirmed\", \"createdAt\":"
                + " \"2024-01-01T00:00:00+01:00\", \"data\": {\"bookingId\": \"booking_9\","
                + " \"status\": \"confirmed\", \"scheduledAt\": \"2024-01-02T09:00:00Z\","
                + " \"durationMinutes\": 60, \"sessionType\": \"video_call\", \"userId\":"
                + " \"user_1\", \"practitionerId\": \"prac_1\", \"serviceId\": \"service_1\"}}");

    assertThat(event.createdAt()).contains(Instant.parse("2023-12-31T23:00:00Z"));
    assertThat(event.data())
        .isEqualTo(
            BookingEventData.builder()
                .id("booking_9")
                .status("confirmed")
                .scheduledAt(Instant.parse("2024-01-02T09:00:00Z"))
                .durationMinutes(60)
                .sessionType("video_call")
                .userId("user_1")
                .practitionerId("prac_1")
                .serviceId("service_1")
                .build());
  }

  @Test
  void jsonApiRelationshipsBecomeIdsUnlessAttributesHaveThem() {
    WebhookEvent event =
        deliver(
            "{\"type\": \"booking.cancelled\", \"data\": {\"id\": \"booking_7\", \"type\":"
                + " \"booking\", \"attributes\": {\"status\": \"cancelled\", \"duration\": 45,"
                + " \"user_id\": \"user_from_attributes\"}, \"relationships\": {\"practitioner\":"
                + " {\"data\": {\"id\": \"prac_7\", \"type\": \"practitioner\"}}, \"user\":"
                + " {\"data\": {\"id\": \"user_from_relationship\", \"type\": \"user\"}}}}}");

    BookingEventData booking = event.dataAs(BookingEventData.class).orElseThrow();
    assertThat(booking.id()).isEqualTo("booking_7");
    assertThat(booking.practitionerId()).contains("prac_7");
    assertThat(booking.userId()).contains("user_from_attributes");
    assertThat(booking.durationMinutes()).contains(45);
  }

  @Test
  void everyDocumentedBookingTypeReadsIntoBookingData() {
    for (String type :
        new String[] {
          "booking.created",
          "booking.confirmed",
          "booking.cancelled",
          "booking.completed",
          "booking.no_show"
        }) {
      WebhookEvent event =
          deliver("{\"type\": \"" + type + "\", \"data\": {\"id\": \"b1\", \"status\": \"x\"}}");

      assertThat(event.type().isKnown()).isTrue();
      assertThat(event.type().value()).isEqualTo(type);
      assertThat(event.data()).isInstanceOf(BookingEventData.class);
    }
  }

  @Test
  void paymentsReadTheContractsMoneyObjectExactly() {
    for (String type : new String[] {"payment.completed", "payment.failed", "payment.refunded"}) {
      WebhookEvent event =
          deliver(
              "{\"id\": \"evt_789\", \"type\": \""
                  + type
                  + "\", \"createdAt\": \"2024-01-01T00:01:00Z\", \"data\": {\"id\":"
                  + " \"pay_123\", \"bookingId\": \"booking_123\", \"userId\": \"user_123\","
                  + " \"status\": \"completed\", \"amount\": {\"amount\": 75.10, \"currency\":"
                  + " \"USD\"}}}");

      PaymentEventData payment = event.dataAs(PaymentEventData.class).orElseThrow();
      assertThat(payment)
          .isEqualTo(
              PaymentEventData.builder()
                  .id("pay_123")
                  .bookingId("booking_123")
                  .userId("user_123")
                  .amount(new BigDecimal("75.10"))
                  .currency("USD")
                  .status("completed")
                  .build());
      assertThat(payment.amount().orElseThrow().scale()).isEqualTo(2);
    }
  }

  @Test
  void paymentsReadAFlatSnakeCaseAmountToo() {
    PaymentEventData payment =
        deliver(
                "{\"type\": \"payment.refunded\", \"data\": {\"payment_id\": \"pay_1\","
                    + " \"booking_id\": \"booking_1\", \"amount\": 0.1, \"currency\": \"EUR\"}}")
            .dataAs(PaymentEventData.class)
            .orElseThrow();

    assertThat(payment)
        .isEqualTo(
            PaymentEventData.builder()
                .id("pay_1")
                .bookingId("booking_1")
                .amount(new BigDecimal("0.1"))
                .currency("EUR")
                .build());
  }

  @Test
  void paymentAmountAsIntegerOrStringIsReadExactly() {
    PaymentEventData whole =
        deliver(
                "{\"type\": \"payment.completed\", \"data\": {\"id\": \"pay_1\", \"amount\":"
                    + " {\"amount\": 75}}}")
            .dataAs(PaymentEventData.class)
            .orElseThrow();
    PaymentEventData text =
        deliver(
                "{\"type\": \"payment.completed\", \"data\": {\"id\": \"pay_2\", \"amount\":"
                    + " \"0.30000000000000000001\"}}")
            .dataAs(PaymentEventData.class)
            .orElseThrow();

    assertThat(whole.amount()).contains(new BigDecimal("75"));
    assertThat(whole.currency()).isEmpty();
    assertThat(text.amount()).contains(new BigDecimal("0.30000000000000000001"));
  }

  @Test
  void userEventsKeepPersonalFieldsOutOfToString() {
    for (String type : new String[] {"user.created", "user.verified", "user.updated"}) {
      WebhookEvent event =
          deliver(
              "{\"id\": \"evt_u\", \"type\": \""
                  + type
                  + "\", \"data\": {\"id\": \"user_123\", \"type\": \"user\", \"attributes\":"
                  + " {\"email\": \"user@example.com\", \"first_name\": \"John\", \"last_name\":"
                  + " \"Doe\", \"phone_number\": \"+1234567890\", \"verified\": true}}}");

      UserEventData user = event.dataAs(UserEventData.class).orElseThrow();
      assertThat(user)
          .isEqualTo(
              UserEventData.builder()
                  .id("user_123")
                  .verified(true)
                  .email("user@example.com")
                  .firstName("John")
                  .lastName("Doe")
                  .phoneNumber("+1234567890")
                  .build());
      assertThat(user.toString() + event)
          .contains("user_123")
          .doesNotContain("user@example.com")
          .doesNotContain("John")
          .doesNotContain("Doe")
          .doesNotContain("+1234567890");
    }
  }

  @Test
  void unknownTypeIsKeptWithItsRawJson() {
    WebhookEvent event =
        deliver(
            "{\"id\": \"evt_new\", \"type\": \"practitioner.updated\", \"data\": {\"id\":"
                + " \"prac_1\", \"bio\": \"Certified yoga instructor\", \"rating\": 4.8}}");

    assertThat(event.type().value()).isEqualTo("practitioner.updated");
    assertThat(event.type().isKnown()).isFalse();
    assertThat(event.type().dataType()).isEqualTo(UnknownEventData.class);
    UnknownEventData unknown = event.dataAs(UnknownEventData.class).orElseThrow();
    assertThat(unknown.rawData()).containsEntry("rating", new BigDecimal("4.8"));
    assertThat(unknown.rawData()).containsEntry("bio", "Certified yoga instructor");
    assertThat(unknown.toString())
        .isEqualTo("UnknownEventData[fields=[id, bio, rating]]")
        .doesNotContain("yoga");
  }

  @Test
  void rawDataCannotChangeTheEvent() {
    WebhookEvent event =
        deliver("{\"type\": \"thing.happened\", \"data\": {\"n\": 1, \"list\": [{\"m\": 2}]}}");
    UnknownEventData unknown = (UnknownEventData) event.data();

    assertThatThrownBy(() -> unknown.rawData().put("n", 2))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> event.rawData().put("n", 3))
        .isInstanceOf(UnsupportedOperationException.class);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list = (List<Map<String, Object>>) event.rawData().get("list");
    assertThatThrownBy(() -> list.add(Map.of())).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.get(0).put("m", 3))
        .isInstanceOf(UnsupportedOperationException.class);

    assertThat(unknown.rawData()).containsEntry("n", 1);
    assertThat(event.rawData()).containsEntry("n", 1);
    assertThat(list).containsExactly(Map.of("m", 2));
  }

  @Test
  void rawDataIsPlainJavaWithExactNumbers() {
    WebhookEvent event =
        deliver(
            "{\"type\": \"thing.happened\", \"data\": {\"int\": 7, \"long\": 9007199254740993,"
                + " \"big\": 123456789012345678901234567890, \"decimal\": 0.10, \"exp\": 1e2,"
                + " \"text\": \"x\", \"flag\": false, \"none\": null, \"array\": [1, \"a\"],"
                + " \"object\": {\"k\": true}}}");

    Map<String, Object> raw = event.rawData();
    assertThat(raw)
        .containsEntry("int", 7)
        .containsEntry("long", 9_007_199_254_740_993L)
        .containsEntry("big", new BigInteger("123456789012345678901234567890"))
        .containsEntry("decimal", new BigDecimal("0.10"))
        .containsEntry("text", "x")
        .containsEntry("flag", false)
        .containsEntry("none", null)
        .containsEntry("array", List.of(1, "a"))
        .containsEntry("object", Map.of("k", true));
    assertThat(raw.get("exp")).isInstanceOf(BigDecimal.class);
    assertThat((BigDecimal) raw.get("exp")).isEqualByComparingTo("100");
    assertThat(raw.keySet())
        .containsExactly(
            "int", "long", "big", "decimal", "exp", "text", "flag", "none", "array", "object");
    assertThat(((UnknownEventData) event.data()).rawData()).isEqualTo(raw);
  }

  @Test
  void missingDataOfAnUnknownTypeReadsAsEmptyData() {
    WebhookEvent event = deliver("{\"type\": \"thing.happened\"}");

    assertThat(event.data()).isEqualTo(UnknownEventData.builder().build());
    assertThat(((UnknownEventData) event.data()).rawData()).isEmpty();
    assertThat(event.rawData()).isEmpty();
  }

  @Test
  void aKnownTypeWithoutTheFieldsTheContractRequiresIsRejectedNamingTheField() {
    assertThat(rejected(MALFORMED_PAYLOAD, () -> deliver("{\"type\": \"session.completed\"}")))
        .hasMessage(
            "The session.completed event's data lacks a field the contract requires:"
                + " SessionEventData.sessionId is required");
    assertThat(
            rejected(
                MALFORMED_PAYLOAD,
                () ->
                    deliver("{\"type\": \"session.completed\", \"data\": {\"sessionId\": \"s\"}}")))
        .hasMessageEndingWith("SessionEventData.completedAt is required");
    assertThat(
            rejected(
                MALFORMED_PAYLOAD,
                () -> deliver("{\"type\": \"booking.created\", \"data\": {\"status\": \"x\"}}")))
        .hasMessage(
            "The booking.created event's data lacks a field the contract requires:"
                + " BookingEventData.id is required");
    assertThat(
            rejected(
                MALFORMED_PAYLOAD,
                () -> deliver("{\"type\": \"payment.failed\", \"data\": {\"amount\": 1}}")))
        .hasMessageEndingWith("PaymentEventData.id is required");
    WebhookVerificationException user =
        rejected(
            MALFORMED_PAYLOAD,
            () ->
                deliver(
                    "{\"type\": \"user.created\", \"data\": {\"id\": \"u\", \"first_name\":"
                        + " \"Jane\"}}"));
    assertThat(user).hasMessageEndingWith("UserEventData.email is required");
    assertThat(user.getMessage()).doesNotContain("Jane");
  }

  @Test
  void absentOptionalFieldsAreEmptyNeverNull() {
    BookingEventData booking =
        deliver("{\"type\": \"booking.created\", \"data\": {\"id\": \"b\"}}")
            .dataAs(BookingEventData.class)
            .orElseThrow();
    PaymentEventData payment =
        deliver("{\"type\": \"payment.failed\", \"data\": {\"id\": \"p\", \"status\": null}}")
            .dataAs(PaymentEventData.class)
            .orElseThrow();
    UserEventData user =
        deliver("{\"type\": \"user.created\", \"data\": {\"id\": \"u\", \"email\": \"e\"}}")
            .dataAs(UserEventData.class)
            .orElseThrow();

    assertThat(booking.id()).isEqualTo("b");
    assertThat(booking.status()).isEmpty();
    assertThat(booking.scheduledAt()).isEmpty();
    assertThat(booking.durationMinutes()).isEmpty();
    assertThat(booking.sessionType()).isEmpty();
    assertThat(booking.userId()).isEmpty();
    assertThat(booking.practitionerId()).isEmpty();
    assertThat(booking.serviceId()).isEmpty();
    assertThat(payment.id()).isEqualTo("p");
    assertThat(payment.bookingId()).isEmpty();
    assertThat(payment.userId()).isEmpty();
    assertThat(payment.amount()).isEmpty();
    assertThat(payment.currency()).isEmpty();
    assertThat(payment.status()).isEmpty();
    assertThat(user.email()).isEqualTo("e");
    assertThat(user.verified()).isEmpty();
    assertThat(user.firstName()).isEmpty();
    assertThat(user.lastName()).isEmpty();
    assertThat(user.phoneNumber()).isEmpty();
  }

  @Test
  void malformedJsonAfterAValidSignatureIsAClearRejection() {
    WebhookVerificationException e =
        rejected(MALFORMED_PAYLOAD, () -> deliver("{\"type\": \"booking.created\", \"data\": {"));

    assertThat(e.getMessage()).startsWith("The verified webhook body is not valid JSON at line 1");
    assertThat(e.getCause()).isNull();
  }

  @Test
  void malformedJsonNeverQuotesThePayload() {
    WebhookVerificationException e =
        rejected(MALFORMED_PAYLOAD, () -> deliver("{\"email\": jane.doe@example.com}"));

    assertThat(e.getMessage()).doesNotContain("jane").doesNotContain("example.com");
  }

  @Test
  void structurallyWrongPayloadsAreRejectedNamingWhatIsWrong() {
    assertThat(rejected(MALFORMED_PAYLOAD, () -> deliver("")).getMessage()).contains("empty");
    assertThat(rejected(MALFORMED_PAYLOAD, () -> deliver("[1, 2]")).getMessage())
        .contains("must be a JSON object, not an array");
    assertThat(rejected(MALFORMED_PAYLOAD, () -> deliver("{\"data\": {}}")).getMessage())
        .contains("no event type");
    assertThat(
            rejected(MALFORMED_PAYLOAD, () -> deliver("{\"type\": \"x.y\", \"data\": [1]}"))
                .getMessage())
        .isEqualTo("event.data must be a JSON object, but is an array");
    assertThat(
            rejected(
                    MALFORMED_PAYLOAD,
                    () ->
                        deliver(
                            "{\"type\": \"booking.created\", \"data\": {\"scheduled_at\":"
                                + " \"tomorrow\"}}"))
                .getMessage())
        .startsWith("data.scheduled_at must be an ISO-8601 date-time");
    assertThat(
            rejected(
                    MALFORMED_PAYLOAD,
                    () ->
                        deliver("{\"type\": \"payment.failed\", \"data\": {\"amount\": \"lots\"}}"))
                .getMessage())
        .isEqualTo("data.amount must be a decimal number, but is a string in another format");
    assertThat(
            rejected(
                    MALFORMED_PAYLOAD,
                    () ->
                        deliver(
                            "{\"type\": \"payment.failed\", \"data\": {\"amount\": {\"amount\":"
                                + " true}}}"))
                .getMessage())
        .isEqualTo("data.amount.amount must be a decimal number, but is a boolean");
    rejected(MALFORMED_PAYLOAD, () -> deliver("{\"type\": {\"nested\": true}}"));
    rejected(
        MALFORMED_PAYLOAD,
        () -> deliver("{\"type\": \"user.created\", \"data\": {\"verified\": \"yes\"}}"));
    rejected(
        MALFORMED_PAYLOAD,
        () -> deliver("{\"type\": \"booking.created\", \"data\": {\"duration\": 1.5}}"));
    rejected(MALFORMED_PAYLOAD, () -> deliver("{\"type\": \"a.b\"} trailing"));
    rejected(MALFORMED_PAYLOAD, () -> deliver("{\"type\": \"a.b\", \"type\": \"c.d\"}"));
  }

  @Test
  void numericIdsAndEpochSecondTimestampsAreAccepted() {
    WebhookEvent event =
        deliver(
            "{\"id\": 42, \"type\": \"session.completed\", \"createdAt\": 1711017000, \"data\":"
                + " {\"session_id\": 7, \"completed_at\": \"2024-03-21T10:30:00Z\"}}");

    assertThat(event.id()).contains("42");
    assertThat(event.createdAt()).contains(Instant.ofEpochSecond(1_711_017_000L));
    assertThat(event.data())
        .isEqualTo(
            SessionEventData.builder()
                .sessionId("7")
                .completedAt(Instant.parse("2024-03-21T10:30:00Z"))
                .build());
  }

  @Test
  void stringOverloadVerifiesUtf8Text() {
    String json =
        "{\"type\": \"user.updated\", \"data\": {\"id\": \"user_\u00e9\", \"email\":"
            + " \"\u00e9@example.com\"}}";
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    WebhookHeaders headers =
        WebhookHeaders.of(signer.sign(body, SignatureScheme.STANDARD_WEBHOOKS));

    assertThat(verifier.verify(json, headers).dataAs(UserEventData.class).orElseThrow().id())
        .isEqualTo("user_\u00e9");
  }

  @Test
  void eventToStringShowsTypeIdsAndData() {
    WebhookEvent event =
        deliverGradiant(
            "{\"id\": \"evt_1\", \"type\": \"session.completed\", \"data\": {\"sessionId\":"
                + " \"sess_1\", \"completedAt\": \"2024-03-21T10:30:00Z\"}}");

    assertThat(event.toString())
        .isEqualTo(
            "WebhookEvent[type=session.completed, id=evt_1, createdAt=null, scheme=GRADIANT,"
                + " deliveryId=null, data=SessionEventData[sessionId=sess_1,"
                + " completedAt=2024-03-21T10:30:00Z]]");
  }
}
