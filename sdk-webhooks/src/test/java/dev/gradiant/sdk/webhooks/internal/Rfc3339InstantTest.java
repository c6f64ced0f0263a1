package dev.gradiant.sdk.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The webhook reader's timestamps: the same instant as {@link OffsetDateTime#parse}, or the same
 * refusal, for the API's form and for everything around it.
 */
class Rfc3339InstantTest {
  @Test
  void readsTheApisFormAsOffsetDateTimeDoes() {
    assertThat(Rfc3339Instant.parse("2026-03-21T10:30:00Z"))
        .isEqualTo(Instant.parse("2026-03-21T10:30:00Z"));
    assertThat(Rfc3339Instant.parse("2024-02-29T23:59:59.123456789+05:30"))
        .isEqualTo(OffsetDateTime.parse("2024-02-29T23:59:59.123456789+05:30").toInstant());
  }

  @Test
  void edgesGetTheSameInstantOrTheSameRefusal() {
    List<String> edges =
        List.of(
            "2026-03-21T10:30:00Z",
            "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999999Z",
            "1970-01-01T00:00:00-00:00",
            "2023-02-29T00:00:00Z",
            "2000-02-29T00:00:00Z",
            "1900-02-29T00:00:00Z",
            "2026-03-21T24:00:00Z",
            "2026-03-21T23:59:60Z",
            "2026-03-21t10:30:00z",
            "2026-03-21T10:30Z",
            "2026-03-21T10:30:00.Z",
            "2026-03-21T10:30:00.1234567891Z",
            "2026-03-21T10:30:00+18:00",
            "2026-03-21T10:30:00-18:00",
            "2026-03-21T10:30:00+18:01",
            "2026-03-21T10:30:00+17:59",
            "2026-03-21T10:30:00+05:30:15",
            "2026-03-21T10:30:00+0530",
            "2026-13-01T00:00:00Z",
            "2026-00-10T00:00:00Z",
            "2026-04-31T00:00:00Z",
            "+2026-03-21T10:30:00Z",
            "2026-03-21 10:30:00Z",
            "2026-03-21T10:30:00",
            "");
    for (String text : edges) {
      assertSameAsOffsetDateTime(text);
    }
  }

  @Test
  void generatedStringsGetTheSameInstantOrTheSameRefusal() {
    Random random = new Random(20261205);
    String digits = "0123456789";
    String[] tails = {
      "Z", "z", "+00:00", "-00:00", "+05:30", "-11:59", "+18:00", "+19:00", "", "+5"
    };
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      text.append(random.nextInt(3) == 0 ? random.nextInt(10_000) : 1970 + random.nextInt(100));
      while (text.length() < 4) {
        text.insert(0, '0');
      }
      text.append('-').append(two(random, 14)).append('-').append(two(random, 32));
      text.append(random.nextInt(20) == 0 ? 't' : 'T');
      text.append(two(random, 26)).append(':').append(two(random, 61)).append(':');
      text.append(two(random, 62));
      if (random.nextBoolean()) {
        text.append('.');
        for (int d = random.nextInt(11); d > 0; d--) {
          text.append(digits.charAt(random.nextInt(10)));
        }
      }
      text.append(tails[random.nextInt(tails.length)]);
      assertSameAsOffsetDateTime(text.toString());
    }
  }

  private static String two(Random random, int bound) {
    int value = random.nextInt(bound);
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  private static void assertSameAsOffsetDateTime(String text) {
    Instant expected;
    try {
      expected = OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException refused) {
      assertThatThrownBy(() -> Rfc3339Instant.parse(text))
          .as(text)
          .isInstanceOf(DateTimeParseException.class);
      return;
    }
    assertThat(Rfc3339Instant.parse(text)).as(text).isEqualTo(expected);
  }
}
