package dev.gradiant.sdk.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;

/**
 * Reads an {@link Instant} from the one form the API writes, {@code 2026-03-21T10:30:00Z} (RFC
 * 3339: four-digit year, optional fraction of up to nine digits, {@code Z} or a {@code ±HH:MM}
 * offset), straight from the parser's characters; anything else goes to jackson-datatype-jsr310's
 * own {@link InstantDeserializer}, which then decides exactly as it would have alone.
 *
 * <p>Why: the stock deserializer parses every timestamp with {@code DateTimeFormatter.ISO_INSTANT},
 * which builds a field map and resolves it; that was 41 % of the time to read one session. Every
 * string this class accepts is one the stock parser accepts too, and to the same instant (a test
 * checks both on generated and edge-case input).
 */
final class TimestampDeserializer extends JsonDeserializer<Instant>
    implements ContextualDeserializer {
  private static final long SECONDS_PER_DAY = 86_400;
  private static final int[] POWERS_OF_TEN = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000
  };

  private final JsonDeserializer<Instant> fallback;

  TimestampDeserializer() {
    this.fallback = InstantDeserializer.INSTANT;
  }

  /**
   * A property or type with its own format ({@code @JsonFormat}, a config override) gets the stock
   * deserializer alone, so that its pattern, zone and leniency decide every input; the fast path
   * serves only the default ISO form.
   */
  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
      throws JsonMappingException {
    JsonDeserializer<?> contextual = fallback;
    if (fallback instanceof ContextualDeserializer stock) {
      contextual = stock.createContextual(context, property);
    }
    return contextual == fallback ? this : contextual;
  }

  @Override
  public LogicalType logicalType() {
    return LogicalType.DateTime;
  }

  @Override
  public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.hasToken(JsonToken.VALUE_STRING)) {
      Instant instant =
          parse(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
      if (instant != null) {
        return instant;
      }
    }
    return fallback.deserialize(parser, context);
  }

  @Override
  public Class<?> handledType() {
    return Instant.class;
  }

  /**
   * {@return the instant {@code text[offset, offset + length)} denotes, or null if it is not in the
   * form this class reads (the caller then asks the stock parser)}
   */
  static Instant parse(char[] text, int offset, int length) {
    // yyyy-MM-ddTHH:mm:ss is 19 characters, then [.f{1,9}], then Z or ±HH:MM.
    if (length < 20 || length > 35) {
      return null;
    }
    int end = offset + length;
    int year = digits(text, offset, 4);
    int month = digits(text, offset + 5, 2);
    int day = digits(text, offset + 8, 2);
    int hour = digits(text, offset + 11, 2);
    int minute = digits(text, offset + 14, 2);
    int second = digits(text, offset + 17, 2);
    if ((year | month | day | hour | minute | second) < 0
        || text[offset + 4] != '-'
        || text[offset + 7] != '-'
        || text[offset + 10] != 'T'
        || text[offset + 13] != ':'
        || text[offset + 16] != ':'
        || month < 1
        || month > 12
        || day < 1
        || day > daysIn(month, year)
        || hour > 23
        || minute > 59
        || second > 59) {
      return null;
    }
    int at = offset + 19;
    int nanos = 0;
    if (text[at] == '.') {
      int start = ++at;
      while (at < end && at - start < 10 && text[at] >= '0' && text[at] <= '9') {
        nanos = nanos * 10 + (text[at++] - '0');
      }
      int count = at - start;
      if (count == 0 || count > 9) {
        return null;
      }
      nanos *= POWERS_OF_TEN[9 - count];
    }
    int offsetSeconds;
    if (at == end - 1 && text[at] == 'Z') {
      offsetSeconds = 0;
    } else if (at == end - 6 && (text[at] == '+' || text[at] == '-') && text[at + 3] == ':') {
      int offsetHours = digits(text, at + 1, 2);
      int offsetMinutes = digits(text, at + 4, 2);
      if (offsetHours < 0 || offsetMinutes < 0 || offsetHours > 17 || offsetMinutes > 59) {
        return null;
      }
      offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (text[at] == '-' ? -1 : 1);
    } else {
      return null;
    }
    long epochSecond =
        epochDay(year, month, day) * SECONDS_PER_DAY
            + hour * 3600L
            + minute * 60L
            + second
            - offsetSeconds;
    return Instant.ofEpochSecond(epochSecond, nanos);
  }

  /** {@return the value of {@code count} decimal digits at {@code at}, or -1 if one is not} */
  private static int digits(char[] text, int at, int count) {
    int value = 0;
    for (int i = at; i < at + count; i++) {
      int digit = text[i] - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private static int daysIn(int month, int year) {
    return switch (month) {
      case 2 -> isLeap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static boolean isLeap(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  }

  /**
   * Days from 1970-01-01 to a proleptic Gregorian date, by counting in eras of 400 years that start
   * on 1 March (so that the leap day ends its year), for years 0 to 9999.
   */
  private static long epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468;
  }
}
