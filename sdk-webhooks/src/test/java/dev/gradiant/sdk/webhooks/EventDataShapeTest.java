package dev.gradiant.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The webhook data types and the event can gain fields without breaking callers: final classes with
 * builders and no public constructor, whose builders carry every field, reject null and name a
 * missing required field.
 */
class EventDataShapeTest {
  private static final Instant T = Instant.parse("2024-03-21T10:30:00Z");

  private static final SessionEventData SESSION =
      SessionEventData.builder().sessionId("sess_1").completedAt(T).build();
  private static final BookingEventData BOOKING =
      BookingEventData.builder()
          .id("booking_1")
          .status("pending")
          .scheduledAt(T)
          .durationMinutes(60)
          .sessionType("video_call")
          .userId("user_1")
          .practitionerId("prac_1")
          .serviceId("service_1")
          .build();
  private static final PaymentEventData PAYMENT =
      PaymentEventData.builder()
          .id("pay_1")
          .bookingId("booking_1")
          .userId("user_1")
          .amount(new BigDecimal("75.10"))
          .currency("USD")
          .status("completed")
          .build();
  private static final UserEventData USER =
      UserEventData.builder()
          .id("user_1")
          .verified(true)
          .email("jane@example.com")
          .firstName("Jane")
          .lastName("Doe")
          .phoneNumber("+1234567890")
          .build();
  private static final UnknownEventData UNKNOWN =
      UnknownEventData.builder().rawData(Map.of("n", 1)).build();

  @Test
  void everyPublicTypeIsAFinalClassWithoutAPublicConstructor() {
    for (Class<?> type :
        List.of(
            SessionEventData.class,
            BookingEventData.class,
            PaymentEventData.class,
            UserEventData.class,
            UnknownEventData.class,
            WebhookEvent.class)) {
      assertThat(type.isRecord()).as("%s is a record", type).isFalse();
      assertThat(Modifier.isFinal(type.getModifiers())).as("%s is final", type).isTrue();
      assertThat(publicConstructors(type)).as("%s public constructors", type).isEmpty();
      Class<?> builder = builderOf(type);
      assertThat(Modifier.isFinal(builder.getModifiers())).isTrue();
      assertThat(publicConstructors(builder)).as("%s public constructors", builder).isEmpty();
    }
    assertThat(EventData.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(
            SessionEventData.class,
            BookingEventData.class,
            PaymentEventData.class,
            UserEventData.class,
            UnknownEventData.class);
  }

  @Test
  void buildersRoundTripEveryField() {
    assertThat(SESSION.toBuilder().build()).isEqualTo(SESSION).hasSameHashCodeAs(SESSION);
    assertThat(BOOKING.toBuilder().build()).isEqualTo(BOOKING).hasSameHashCodeAs(BOOKING);
    assertThat(PAYMENT.toBuilder().build()).isEqualTo(PAYMENT).hasSameHashCodeAs(PAYMENT);
    assertThat(USER.toBuilder().build()).isEqualTo(USER).hasSameHashCodeAs(USER);
    assertThat(UNKNOWN.toBuilder().build()).isEqualTo(UNKNOWN).hasSameHashCodeAs(UNKNOWN);

    assertThat(BOOKING.toBuilder().serviceId("other").build()).isNotEqualTo(BOOKING);
    assertThat(PAYMENT.toBuilder().amount(new BigDecimal("75.1")).build()).isNotEqualTo(PAYMENT);
    assertThat(USER.toBuilder().phoneNumber("+0").build()).isNotEqualTo(USER);

    assertThat(BOOKING.status()).contains("pending");
    assertThat(BOOKING.scheduledAt()).contains(T);
    assertThat(BOOKING.durationMinutes()).contains(60);
    assertThat(BOOKING.sessionType()).contains("video_call");
    assertThat(BOOKING.userId()).contains("user_1");
    assertThat(BOOKING.practitionerId()).contains("prac_1");
    assertThat(BOOKING.serviceId()).contains("service_1");
    assertThat(PAYMENT.bookingId()).contains("booking_1");
    assertThat(PAYMENT.userId()).contains("user_1");
    assertThat(PAYMENT.currency()).contains("USD");
    assertThat(PAYMENT.status()).contains("completed");
    assertThat(USER.verified()).contains(true);
    assertThat(USER.email()).isEqualTo("jane@example.com");
    assertThat(USER.firstName()).contains("Jane");
    assertThat(USER.lastName()).contains("Doe");
    assertThat(USER.phoneNumber()).contains("+1234567890");
  }

  @Test
  void anEventBuiltForAHandlersTestRoundTripsAndChecksItsData() {
    WebhookEvent event =
        WebhookEvent.builder()
            .id("evt_1")
            .type(EventType.BOOKING_CREATED)
            .createdAt(T)
            .data(BOOKING)
            .rawData(Map.of("id", "booking_1"))
            .scheme(SignatureScheme.STANDARD_WEBHOOKS)
            .deliveryId("msg_1")
            .build();

    assertThat(event.toBuilder().build()).isEqualTo(event).hasSameHashCodeAs(event);
    assertThat(event.toBuilder().deliveryId("msg_2").build()).isNotEqualTo(event);
    assertThat(event.id()).contains("evt_1");
    assertThat(event.createdAt()).contains(T);
    assertThat(event.deliveryId()).contains("msg_1");
    assertThat(event.rawData()).containsExactly(Map.entry("id", "booking_1"));
    assertThat(event.dataAs(BookingEventData.class)).contains(BOOKING);

    WebhookEvent minimal =
        WebhookEvent.builder()
            .type(EventType.SESSION_COMPLETED)
            .data(SESSION)
            .scheme(SignatureScheme.GRADIANT)
            .build();
    assertThat(minimal.id()).isEmpty();
    assertThat(minimal.createdAt()).isEmpty();
    assertThat(minimal.deliveryId()).isEmpty();
    assertThat(minimal.rawData()).isEmpty();

    assertThatThrownBy(
            () ->
                WebhookEvent.builder()
                    .type(EventType.SESSION_COMPLETED)
                    .data(BOOKING)
                    .scheme(SignatureScheme.GRADIANT)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "WebhookEvent.data: session.completed events carry SessionEventData, not"
                + " BookingEventData");
  }

  @Test
  void buildNamesTheMissingRequiredField() {
    assertMissing(
        () -> SessionEventData.builder().completedAt(T).build(), "SessionEventData.sessionId");
    assertMissing(
        () -> SessionEventData.builder().sessionId("s").build(), "SessionEventData.completedAt");
    assertMissing(() -> BookingEventData.builder().status("x").build(), "BookingEventData.id");
    assertMissing(() -> PaymentEventData.builder().status("x").build(), "PaymentEventData.id");
    assertMissing(() -> UserEventData.builder().email("e").build(), "UserEventData.id");
    assertMissing(() -> UserEventData.builder().id("u").build(), "UserEventData.email");
    assertMissing(
        () -> WebhookEvent.builder().data(SESSION).scheme(SignatureScheme.GRADIANT).build(),
        "WebhookEvent.type");
    assertMissing(
        () ->
            WebhookEvent.builder()
                .type(EventType.SESSION_COMPLETED)
                .scheme(SignatureScheme.GRADIANT)
                .build(),
        "WebhookEvent.data");
    assertMissing(
        () -> WebhookEvent.builder().type(EventType.SESSION_COMPLETED).data(SESSION).build(),
        "WebhookEvent.scheme");
  }

  @Test
  void builderMethodsRejectNullNamingTheField() {
    assertThatThrownBy(() -> BookingEventData.builder().status(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("status must not be null");
    assertThatThrownBy(() -> PaymentEventData.builder().amount(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("amount must not be null");
    assertThatThrownBy(() -> UserEventData.builder().email(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("email must not be null");
    assertThatThrownBy(() -> SessionEventData.builder().completedAt(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("completedAt must not be null");
    assertThatThrownBy(() -> UnknownEventData.builder().rawData(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rawData must not be null");
    assertThatThrownBy(() -> WebhookEvent.builder().deliveryId(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("deliveryId must not be null");
  }

  @Test
  void builtRawDataIsAnUnmodifiableDeepCopy() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("k", 1);
    List<Object> list = new ArrayList<>(List.of(nested));
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("list", list);
    source.put("none", null);

    UnknownEventData data = UnknownEventData.builder().rawData(source).build();
    nested.put("k", 2);
    list.add("more");
    source.put("added", true);

    assertThat(data.rawData()).containsOnlyKeys("list", "none");
    assertThat(data.rawData()).containsEntry("list", List.of(Map.of("k", 1)));
    assertThatThrownBy(() -> data.rawData().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> UnknownEventData.builder().rawData(Map.of("m", Map.of(1, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rawData.m must have string keys, like a JSON object");
  }

  @Test
  void toStringKeepsPersonalDataOut() {
    assertThat(USER.toString())
        .isEqualTo("UserEventData[id=user_1, verified=true, personal fields redacted]");
    assertThat(UnknownEventData.builder().rawData(Map.of("email", "jane@example.com")).build())
        .hasToString("UnknownEventData[fields=[email]]");
  }

  private static void assertMissing(Runnable build, String field) {
    assertThatThrownBy(build::run)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(field + " is required");
  }

  private static List<Constructor<?>> publicConstructors(Class<?> type) {
    List<Constructor<?>> found = new ArrayList<>();
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (Modifier.isPublic(constructor.getModifiers())
          || Modifier.isProtected(constructor.getModifiers())) {
        found.add(constructor);
      }
    }
    return found;
  }

  private static Class<?> builderOf(Class<?> type) {
    try {
      Class<?> builder = type.getMethod("builder").getReturnType();
      assertThat(type.getMethod("toBuilder").getReturnType()).isEqualTo(builder);
      assertThat(builder.getMethod("build").getReturnType()).isEqualTo(type);
      return builder;
    } catch (NoSuchMethodException e) {
      throw new AssertionError(type + " has no builder()/toBuilder()/build()", e);
    }
  }
}
