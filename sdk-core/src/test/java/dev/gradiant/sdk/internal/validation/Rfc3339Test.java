package dev.gradiant.sdk.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Rfc3339Test {
  @ParameterizedTest
  @ValueSource(strings = {"0000-01-01", "1990-01-01", "9999-12-31"})
  void datesOfTheYears0000To9999Pass(String date) {
    LocalDate value = LocalDate.parse(date);

    assertThat(Rfc3339.date("from", value)).isSameAs(value);
    assertThat(value.toString()).isEqualTo(date);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0001-12-31", "+10000-01-01", "-999999999-01-01", "+999999999-12-31"})
  void datesBeyondAreRefusedNamingTheField(String date) {
    assertThatThrownBy(() -> Rfc3339.date("dateOfBirth", LocalDate.parse(date)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dateOfBirth must be in the years 0000 to 9999 (RFC 3339), got " + date);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0000-01-01T00:00:00Z",
        "2024-01-01T10:00:00.123456789Z",
        "9999-12-31T23:59:59.999999999Z"
      })
  void instantsOfTheYears0000To9999Pass(String instant) {
    Instant value = Instant.parse(instant);

    assertThat(Rfc3339.instant("scheduledAt", value)).isSameAs(value);
    assertThat(value.toString()).isEqualTo(instant);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0001-12-31T23:59:59.999999999Z", "+10000-01-01T00:00:00Z"})
  void instantsBeyondAreRefusedNamingTheField(String instant) {
    assertThatThrownBy(() -> Rfc3339.instant("scheduledAt", Instant.parse(instant)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scheduledAt must be in the years 0000 to 9999 (RFC 3339), got " + instant);
  }

  @Test
  void theExtremeInstantsAreRefused() {
    assertThatThrownBy(() -> Rfc3339.instant("dueDate", Instant.MIN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("dueDate must be in the years 0000 to 9999");
    assertThatThrownBy(() -> Rfc3339.instant("dueDate", Instant.MAX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("dueDate must be in the years 0000 to 9999");
  }

  @Test
  void nullPasses() {
    assertThat(Rfc3339.date("from", null)).isNull();
    assertThat(Rfc3339.instant("dueDate", null)).isNull();
  }
}
