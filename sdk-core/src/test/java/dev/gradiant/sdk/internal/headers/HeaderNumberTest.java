package dev.gradiant.sdk.internal.headers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A header's whole number: digits read in place, saturated at the edges of a {@code long}. */
class HeaderNumberTest {

  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "7, 7",
    "999999, 999999",
    "' 1733400000 ', 1733400000",
    "-41, -41",
    "922337203685477580, 922337203685477580",
    "9223372036854775806, 9223372036854775806",
    "9223372036854775807, 9223372036854775807",
    "9223372036854775808, 9223372036854775807",
    "9223372036854775809, 9223372036854775807",
    "9223372036854775810, 9223372036854775807",
    "92233720368547758070, 9223372036854775807",
    "99999999999999999999999, 9223372036854775807",
    "-9223372036854775808, -9223372036854775807",
    "-99999999999999999999999, -9223372036854775807"
  })
  void readsWholeNumbersSaturated(String value, long expected) {
    assertThat(HeaderNumber.parse(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "-", "+5", "1.5", "1e3", "12a", "0x10", "٣"})
  void anythingElseIsAbsent(String value) {
    assertThat(HeaderNumber.parse(value)).isEqualTo(HeaderNumber.ABSENT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"1", "10", "922337203685477579", "922337203685477581", "9223372036854775799"})
  void agreesWithExactArithmeticAroundTheEdge(String prefix) {
    for (int digit = 0; digit <= 9; digit++) {
      String value = prefix + digit;
      BigInteger exact = new BigInteger(value);
      long expected =
          exact.compareTo(BigInteger.valueOf(Long.MAX_VALUE)) > 0
              ? Long.MAX_VALUE
              : exact.longValueExact();
      assertThat(HeaderNumber.parse(value)).as(value).isEqualTo(expected);
    }
  }
}
