package dev.gradiant.sdk.internal.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the mask of text that is not JSON hides, and what it leaves for the reader. */
class PlainTextMaskTest {
  @Test
  void emailAddressesAreMaskedWithOrWithoutADotInTheDomain() {
    assertThat(PlainTextMask.mask("to jane.doe+gp@clinic.example, cc: ops@localhost."))
        .isEqualTo("to ***, cc: ***.");
  }

  @Test
  void runsOfSixDigitsOrMoreAreMaskedWhateverSeparatesThem() {
    assertThat(PlainTextMask.mask("tel 0612345678, +44 20 7946 0958, (555) 123-4567"))
        .isEqualTo("tel ***, +***, (***");
    assertThat(PlainTextMask.mask("born 1990-01-02 or 02/01/1990 or 02.01.1990"))
        .isEqualTo("born *** or *** or ***");
  }

  @Test
  void whatAProxyPageNeedsToSayStays() {
    String page = "<h1>502 Bad Gateway</h1> at 10:30:05, ray 7d1f3c2e9a8b1234 @media screen";

    assertThat(PlainTextMask.mask(page)).isEqualTo(page);
  }
}
