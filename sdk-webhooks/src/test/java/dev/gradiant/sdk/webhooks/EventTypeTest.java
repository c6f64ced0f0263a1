package dev.gradiant.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventTypeTest {

  @Test
  void knownStringsMapToTheirConstants() {
    for (EventType type : EventType.knownTypes()) {
      assertThat(EventType.of(type.value())).isSameAs(type);
      assertThat(type.isKnown()).isTrue();
    }
    assertThat(EventType.knownTypes()).hasSize(12);
    assertThat(EventType.BOOKING_NO_SHOW.value()).isEqualTo("booking.no_show");
  }

  @Test
  void unknownStringsAreKeptAndCompareByValue() {
    EventType type = EventType.of("practitioner.updated");

    assertThat(type.isKnown()).isFalse();
    assertThat(type.toString()).isEqualTo("practitioner.updated");
    assertThat(type).isEqualTo(EventType.of("practitioner.updated")).isNotEqualTo("x");
    assertThat(type.hashCode()).isEqualTo(EventType.of("practitioner.updated").hashCode());
    assertThat(type).isNotEqualTo(EventType.BOOKING_CREATED);
  }

  @Test
  void blankOrNullIsRejected() {
    assertThatThrownBy(() -> EventType.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must not be blank");
    assertThatThrownBy(() -> EventType.of(null)).isInstanceOf(NullPointerException.class);
  }
}
