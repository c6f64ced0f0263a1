package dev.gradiant.sdk.bookings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.internal.json.Json;
import org.junit.jupiter.api.Test;

/** Statuses keep values the SDK does not know yet, and round-trip through JSON unchanged. */
class BookingStatusTest {

  @Test
  void knownValueIsTheSharedConstant() throws Exception {
    BookingStatus status = Json.mapper().readValue("\"no_show\"", BookingStatus.class);

    assertThat(status).isSameAs(BookingStatus.NO_SHOW);
    assertThat(status.isKnown()).isTrue();
    assertThat(Json.mapper().writeValueAsString(status)).isEqualTo("\"no_show\"");
  }

  @Test
  void unknownValueIsKeptAndRoundTrips() throws Exception {
    BookingStatus status = Json.mapper().readValue("\"rescheduled\"", BookingStatus.class);

    assertThat(status.value()).isEqualTo("rescheduled");
    assertThat(status.isKnown()).isFalse();
    assertThat(status).isEqualTo(BookingStatus.of("rescheduled")).hasToString("rescheduled");
    assertThat(status).isNotEqualTo(BookingStatus.PENDING);
    assertThat(status.hashCode()).isEqualTo(BookingStatus.of("rescheduled").hashCode());
    assertThat(Json.mapper().writeValueAsString(status)).isEqualTo("\"rescheduled\"");
  }

  @Test
  void differentEnumerationsWithTheSameValueAreNotEqual() {
    assertThat(BookingStatus.COMPLETED).isNotEqualTo(PaymentStatus.COMPLETED);
    assertThat(SessionType.of("chat")).isSameAs(SessionType.CHAT);
  }
}
