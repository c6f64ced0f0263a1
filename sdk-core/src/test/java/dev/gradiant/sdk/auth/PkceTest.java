package dev.gradiant.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PkceTest {

  @Test
  void challengeMatchesRfc7636AppendixB() {
    Pkce pkce = Pkce.fromVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

    assertThat(pkce.challenge()).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    assertThat(pkce.challengeMethod()).isEqualTo("S256");
    assertThat(pkce.verifier()).isEqualTo("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
  }

  @Test
  void generatedVerifiersAre43UnpaddedBase64UrlCharactersAndNeverRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      Pkce pkce = Pkce.generate();
      assertThat(pkce.verifier()).matches("[A-Za-z0-9_-]{43}");
      assertThat(pkce.challenge()).matches("[A-Za-z0-9_-]{43}");
      assertThat(Pkce.fromVerifier(pkce.verifier()).challenge()).isEqualTo(pkce.challenge());
      seen.add(pkce.verifier());
    }
    assertThat(seen).hasSize(200);
  }

  @Test
  void verifierLengthBoundsAreInclusive() {
    assertThat(Pkce.fromVerifier("a".repeat(43)).verifier()).hasSize(43);
    assertThat(Pkce.fromVerifier("~._-".repeat(32)).verifier()).hasSize(128);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 42, 129})
  void verifierOfTheWrongLengthIsRejected(int length) {
    assertThatThrownBy(() -> Pkce.fromVerifier("a".repeat(length)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("codeVerifier must be 43 to 128 characters long (RFC 7636), got " + length);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+", "/", "=", " ", "é", "\n"})
  void verifierWithCharactersOutsideTheRfcAlphabetIsRejectedWithoutEchoingIt(String bad) {
    String verifier = "secretverifier".repeat(3) + bad;

    assertThatThrownBy(() -> Pkce.fromVerifier(verifier))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("codeVerifier may only contain A-Z, a-z, 0-9, '-', '.', '_' and '~' (RFC 7636)")
        .hasMessageNotContaining("secretverifier");
  }

  @Test
  void nullVerifierIsRejected() {
    assertThatThrownBy(() -> Pkce.fromVerifier(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("codeVerifier must not be null");
  }

  @Test
  void toStringShowsTheChallengeButNotTheVerifier() {
    Pkce pkce = Pkce.fromVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

    assertThat(pkce.toString())
        .contains("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
        .doesNotContain("dBjftJeZ4CVP");
  }
}
