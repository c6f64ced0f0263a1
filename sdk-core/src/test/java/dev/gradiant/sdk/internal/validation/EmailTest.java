package dev.gradiant.sdk.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SDK accepts no address the contract's {@code format: email} would reject. */
class EmailTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "user@example.com",
        "new.patient@clinic.example",
        "o'brien+intake@st-mary.health.example",
        "x@a.io",
        "  padded@example.com  "
      })
  void wellFormedAddressesPass(String address) {
    assertThat(Email.require("email", address)).isEqualTo(address.strip());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a..b@example.com",
        ".a@example.com",
        "a.@example.com",
        "a\"b@example.com",
        "a(b@example.com",
        "a,b@example.com",
        "user@exa_mple.com",
        "a@-x.com",
        "a@x-.com",
        "a@1.2.3.4",
        "user@localhost",
        "bücher@example.com",
        "user@bücher.example"
      })
  void addressesTheContractRejectsAreRefusedWithoutEchoingThem(String address) {
    assertThatThrownBy(() -> Email.require("email", address))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("email is not a valid email address (expected name@domain.tld)");
  }

  @ParameterizedTest
  @ValueSource(ints = {65, 200})
  void overlongLocalPartIsRefused(int length) {
    assertThatThrownBy(() -> Email.require("email", "a".repeat(length) + "@example.com"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
