package dev.gradiant.sdk.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SDK's timestamp reader against jackson-datatype-jsr310's: on every input, the same instant or
 * the same refusal; and the fast path really is the one the SDK's mapper uses.
 */
class TimestampDeserializerTest {
  private static final ObjectMapper STOCK =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .build();

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  /** A field of each kind the models have: a bare value and one inside a record. */
  record Holder(Instant at) {}

  @Test
  void theSdkMapperReadsInstantsWithTheFastPath() throws Exception {
    ObjectMapper mapper = Json.mapper();
    DefaultDeserializationContext context =
        ((DefaultDeserializationContext) mapper.getDeserializationContext())
            .createDummyInstance(mapper.getDeserializationConfig());

    JsonDeserializer<Object> used =
        context.findRootValueDeserializer(mapper.constructType(Instant.class));

    assertThat(used).isInstanceOf(TimestampDeserializer.class);
    BeanDeserializerBase holder =
        (BeanDeserializerBase)
            context.findRootValueDeserializer(mapper.constructType(Holder.class));
    assertThat(holder.findProperty("at").getValueDeserializer())
        .isInstanceOf(TimestampDeserializer.class);
    assertThat(mapper.readValue("{\"at\":\"2026-03-21T10:30:00Z\"}", Holder.class).at())
        .isEqualTo(Instant.parse("2026-03-21T10:30:00Z"));
  }

  /** A field with a format of its own. */
  record Formatted(@JsonFormat(pattern = "yyyy-MM-dd HH:mm", timezone = "UTC") Instant at) {}

  @Test
  void aFieldWithItsOwnFormatIsReadByTheStockParserAlone() throws Exception {
    assertThat(Json.mapper().readValue("{\"at\":\"2026-03-21 10:30\"}", Formatted.class).at())
        .isEqualTo(Instant.parse("2026-03-21T10:30:00Z"));
    assertThatThrownBy(
            () ->
                Json.mapper()
                    .readValue("{\"at\":\"2026-03-21T10:30:00.123+01:00\"}", Formatted.class))
        .isInstanceOf(InvalidFormatException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-03-21T10:30:00Z",
        "1970-01-01T00:00:00Z",
        "1969-12-31T23:59:59Z",
        "0000-01-01T00:00:00Z",
        "0000-02-29T12:00:00Z",
        "9999-12-31T23:59:59.999999999Z",
        "2024-02-29T00:00:00Z",
        "2000-02-29T00:00:00Z",
        "2026-03-21T10:30:00.1Z",
        "2026-03-21T10:30:00.12Z",
        "2026-03-21T10:30:00.123Z",
        "2026-03-21T10:30:00.123456Z",
        "2026-03-21T10:30:00.000000001Z",
        "2026-03-21T10:30:00+01:00",
        "2026-03-21T10:30:00-05:30",
        "2026-03-21T10:30:00.5+14:00",
        "2026-03-21T10:30:00+17:59",
        "2026-03-21T10:30:00-00:00",
        "2026-03-21T10:30:00+00:00",
        "2026-01-01T00:30:00+01:00",
      })
  void readsWhatTheStockParserReads(String text) throws Exception {
    char[] chars = ("  " + text + "  ").toCharArray();

    Instant fast = TimestampDeserializer.parse(chars, 2, text.length());

    assertThat(fast).isNotNull().isEqualTo(stock(text));
    assertThat(sdk(text)).isEqualTo(fast);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-03-21T24:00:00Z",
        "2026-03-21T23:59:60Z",
        "2026-03-21T10:30:00.Z",
        "2026-03-21T10:30:00.1234567890Z",
        "2026-03-21T10:30:00+18:00",
        "2026-03-21T10:30:00+0100",
        "2026-03-21T10:30:00+01",
        "2026-03-21T10:30:00+01:00:00",
        "2026-03-21t10:30:00Z",
        "2026-03-21T10:30:00z",
        "2026-03-21 10:30:00Z",
        "2026-03-21T10:30Z",
        " 2026-03-21T10:30:00Z",
        "+2026-03-21T10:30:00Z",
        "12026-03-21T10:30:00Z",
        "2023-02-29T00:00:00Z",
        "1900-02-29T00:00:00Z",
        "2026-04-31T00:00:00Z",
        "2026-13-01T00:00:00Z",
        "2026-00-01T00:00:00Z",
        "2026-03-00T00:00:00Z",
        "2026-03-21T10:60:00Z",
        "2026-03-21T10:30:00",
        "1774089000",
        "1774089000.5",
        "",
        "not a timestamp",
      })
  void leavesEverythingElseToTheStockParserWhichDecidesAsBefore(String text) {
    char[] chars = text.toCharArray();

    assertThat(TimestampDeserializer.parse(chars, 0, chars.length)).isNull();
    assertSameOutcome(text);
  }

  @Test
  void agreesWithTheStockParserOnGeneratedTimestamps() throws Exception {
    Random random = new Random(20261122);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      long second = random.nextLong(-62_167_219_200L, 253_402_300_800L); // years 0000 to 9999
      String text = SECONDS.format(Instant.ofEpochSecond(second).atOffset(ZoneOffset.UTC));
      int digits = random.nextInt(11) - 1; // -1: no fraction; 0 and 10: malformed
      if (digits >= 0) {
        StringBuilder fraction = new StringBuilder(".");
        for (int d = 0; d < digits; d++) {
          fraction.append((char) ('0' + random.nextInt(10)));
        }
        text += fraction;
      }
      text +=
          switch (random.nextInt(4)) {
            case 0 -> "Z";
            case 1 -> String.format("+%02d:%02d", random.nextInt(20), random.nextInt(62));
            case 2 -> String.format("-%02d:%02d", random.nextInt(20), random.nextInt(62));
            default -> "";
          };
      texts.add(text);
    }
    texts.add("2026-02-29T00:00:00Z");

    int fast = 0;
    for (String text : texts) {
      if (TimestampDeserializer.parse(text.toCharArray(), 0, text.length()) != null) {
        fast++;
      }
      assertSameOutcome(text);
    }
    assertThat(fast).as("inputs the fast path read").isGreaterThan(10_000);
  }

  @Test
  void nonStringTokensGoToTheStockParser() throws Exception {
    assertThat(Json.mapper().readValue("1774089000", Instant.class))
        .isEqualTo(STOCK.readValue("1774089000", Instant.class));
    assertThat(Json.mapper().readValue("1774089000.25", Instant.class))
        .isEqualTo(Instant.ofEpochSecond(1_774_089_000L, 250_000_000));
    assertThat(Json.mapper().readValue("null", Instant.class)).isNull();
    assertThat(Json.mapper().readValue("{\"at\":null}", Holder.class).at()).isNull();
  }

  @Test
  void aMalformedTimestampFailsWithTheStockMessage() {
    assertThatThrownBy(
            () -> Json.mapper().readValue("{\"at\":\"2026-02-30T00:00:00Z\"}", Holder.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("java.time.Instant")
        .hasMessageContaining("2026-02-30T00:00:00Z");
  }

  private static void assertSameOutcome(String text) {
    Object expected;
    try {
      expected = stock(text);
    } catch (Exception e) {
      expected = e.getClass();
    }
    Object actual;
    try {
      actual = sdk(text);
    } catch (Exception e) {
      actual = e.getClass();
    }
    assertThat(actual).as(text).isEqualTo(expected);
  }

  private static Instant stock(String text) throws Exception {
    return STOCK.readValue(quoted(text), Instant.class);
  }

  private static Instant sdk(String text) throws Exception {
    return Json.mapper().readValue(quoted(text), Instant.class);
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }
}
