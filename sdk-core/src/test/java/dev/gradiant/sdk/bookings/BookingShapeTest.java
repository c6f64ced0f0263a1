package dev.gradiant.sdk.bookings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.core.Money;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bookings models and params can gain fields without breaking callers: final classes with no
 * public constructor, built by a builder that round-trips every field and rejects null.
 */
class BookingShapeTest {
  private static final Instant AT = Instant.parse("2024-01-01T10:00:00Z");

  static Booking fullBooking() {
    return Booking.builder()
        .id("booking_123")
        .userId("user_123")
        .practitionerId("prac_123")
        .serviceId("service_123")
        .scheduledAt(AT)
        .duration(60)
        .status(BookingStatus.PENDING)
        .sessionType(SessionType.VIDEO_CALL)
        .notes("notes")
        .price(new Money(new BigDecimal("75"), "USD"))
        .paymentStatus(PaymentStatus.PENDING)
        .createdAt(AT.minusSeconds(60))
        .updatedAt(AT.minusSeconds(30))
        .build();
  }

  @Test
  void everyTypeIsAFinalClassWithoutPublicConstructors() {
    for (Class<?> type :
        List.of(
            Booking.class,
            Booking.Builder.class,
            BookingCreateParams.class,
            BookingCreateParams.Builder.class,
            BookingUpdateParams.class,
            BookingUpdateParams.Builder.class)) {
      assertThat(type.isRecord()).as("%s is a record", type).isFalse();
      assertThat(Modifier.isFinal(type.getModifiers())).as("%s is final", type).isTrue();
      assertThat(type.getConstructors()).as("public constructors of %s", type).isEmpty();
    }
  }

  @Test
  void bookingRoundTripsEveryField() throws IllegalAccessException {
    Booking booking = fullBooking();
    Booking copy = booking.toBuilder().build();

    assertThat(copy).isEqualTo(booking).hasSameHashCodeAs(booking).isNotSameAs(booking);
    assertEveryFieldSet(copy);
    assertThat(copy.id()).isEqualTo("booking_123");
    assertThat(copy.userId()).contains("user_123");
    assertThat(copy.practitionerId()).contains("prac_123");
    assertThat(copy.serviceId()).contains("service_123");
    assertThat(copy.scheduledAt()).contains(AT);
    assertThat(copy.duration()).contains(60);
    assertThat(copy.status()).contains(BookingStatus.PENDING);
    assertThat(copy.sessionType()).contains(SessionType.VIDEO_CALL);
    assertThat(copy.notes()).contains("notes");
    assertThat(copy.price()).contains(new Money(new BigDecimal("75"), "USD"));
    assertThat(copy.paymentStatus()).contains(PaymentStatus.PENDING);
    assertThat(copy.createdAt()).contains(AT.minusSeconds(60));
    assertThat(copy.updatedAt()).contains(AT.minusSeconds(30));
    assertThat(copy.toBuilder().notes("other").build()).isNotEqualTo(booking);
  }

  @Test
  void aBookingWithOnlyItsIdHasEveryOtherValueEmpty() {
    Booking booking = Booking.builder().id("booking_1").build();

    assertThat(booking.userId()).isEmpty();
    assertThat(booking.duration()).isEmpty();
    assertThat(booking.price()).isEmpty();
    assertThat(booking.updatedAt()).isEmpty();
  }

  @Test
  void aBookingWithoutItsIdIsNotBuilt() {
    assertThatThrownBy(() -> Booking.builder().userId("user_123").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Booking.id is required");
  }

  @Test
  void builderMethodsRejectNullNamingTheField() {
    assertThatThrownBy(() -> Booking.builder().notes(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("notes must not be null");
    assertThatThrownBy(() -> BookingCreateParams.builder().serviceId(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("serviceId must not be null");
    assertThatThrownBy(() -> BookingUpdateParams.builder().scheduledAt(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("scheduledAt must not be null");
  }

  @Test
  void paramsRoundTripEveryField() throws IllegalAccessException {
    BookingCreateParams create =
        BookingCreateParams.builder()
            .practitionerId("prac_123")
            .serviceId("service_123")
            .scheduledAt(AT)
            .duration(60)
            .sessionType(SessionType.VIDEO_CALL)
            .notes("notes")
            .build();
    BookingUpdateParams update =
        BookingUpdateParams.builder()
            .scheduledAt(AT)
            .duration(30)
            .sessionType(SessionType.IN_PERSON)
            .notes("notes")
            .build();

    assertThat(create.toBuilder().build()).isEqualTo(create).hasSameHashCodeAs(create);
    assertThat(update.toBuilder().build()).isEqualTo(update).hasSameHashCodeAs(update);
    assertEveryFieldSet(create.toBuilder().build());
    assertEveryFieldSet(update.toBuilder().build());
    assertThat(create.practitionerId()).isEqualTo("prac_123");
    assertThat(create.serviceId()).contains("service_123");
    assertThat(create.scheduledAt()).isEqualTo(AT);
    assertThat(create.duration()).isEqualTo(60);
    assertThat(create.sessionType()).isEqualTo(SessionType.VIDEO_CALL);
    assertThat(create.notes()).contains("notes");
    assertThat(update.scheduledAt()).contains(AT);
    assertThat(update.duration()).contains(30);
    assertThat(update.sessionType()).contains(SessionType.IN_PERSON);
    assertThat(update.notes()).contains("notes");
    assertThat(BookingUpdateParams.builder().notes("n").build().duration()).isEmpty();
  }

  /** Every instance field holds a value: the builder and toBuilder() carry all of them. */
  static void assertEveryFieldSet(Object value) throws IllegalAccessException {
    for (Field field : value.getClass().getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        field.setAccessible(true);
        assertThat(field.get(value)).as(field.getName()).isNotNull();
      }
    }
  }
}
