package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks query parameters against an operation's parameter list, collecting every issue; {@link
 * #done()} answers {@code 400} with all of them. Unknown parameters are ignored, as OpenAPI allows.
 */
public final class QueryReader {
  private final Call call;
  private final List<ObjectNode> issues = new ArrayList<>();

  /**
   * @param call the request whose query is read
   */
  public QueryReader(Call call) {
    this.call = call;
  }

  private void issue(String name, String issue) {
    issues.add(ApiError.issue(name, issue));
  }

  /** {@return a text parameter of at least one character, or null} */
  public String text(String name) {
    String value = call.query(name);
    if (value != null && value.isEmpty()) {
      issue(name, "Must not be empty");
      return null;
    }
    return value;
  }

  /** {@return an integer parameter in [{@code min}, {@code max}], or {@code fallback}} */
  public int integer(String name, int min, int max, int fallback) {
    String value = call.query(name);
    if (value == null) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    issue(
        name,
        max == Integer.MAX_VALUE
            ? "Must be an integer of at least " + min
            : "Must be between " + min + " and " + max);
    return fallback;
  }

  /** {@return {@code limit}: 1 to 100, default {@code fallback}} */
  public int limit(int fallback) {
    return integer("limit", 1, 100, fallback);
  }

  /** {@return {@code offset}: at least 0, default 0} */
  public int offset() {
    return integer("offset", 0, Integer.MAX_VALUE, 0);
  }

  /** {@return a parameter that must be one of {@code allowed}, or null} */
  public String oneOf(String name, Set<String> allowed) {
    String value = call.query(name);
    if (value != null && !allowed.contains(value)) {
      issue(name, "Must be one of " + String.join(", ", Spec.sorted(allowed)));
      return null;
    }
    return value;
  }

  /** {@return a {@code date} parameter, or null} */
  public LocalDate date(String name, boolean required) {
    String value = call.query(name);
    if (value == null) {
      if (required) {
        issue(name, "Required");
      }
      return null;
    }
    LocalDate date = Times.parseDate(value);
    if (date == null) {
      issue(name, "Must be a date (YYYY-MM-DD)");
    }
    return date;
  }

  /** {@return a {@code date-time} parameter, or null} */
  public Instant dateTime(String name) {
    String value = call.query(name);
    if (value == null) {
      return null;
    }
    Instant instant = Times.parseDateTime(value);
    if (instant == null) {
      issue(name, "Must be a date-time (RFC 3339, e.g. 2024-01-01T10:00:00Z)");
    }
    return instant;
  }

  /** {@return a number parameter in [{@code min}, {@code max}] ({@code max} may be null)} */
  public BigDecimal number(String name, BigDecimal min, BigDecimal max) {
    String value = call.query(name);
    if (value == null) {
      return null;
    }
    try {
      BigDecimal number = new BigDecimal(value);
      if (number.compareTo(min) >= 0 && (max == null || number.compareTo(max) <= 0)) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    issue(
        name,
        max == null
            ? "Must be a number of at least " + min.toPlainString()
            : "Must be a number between " + min.toPlainString() + " and " + max.toPlainString());
    return null;
  }

  /** Records an issue found by the caller. */
  public void issueAbout(String name, String issue) {
    issue(name, issue);
  }

  /** Answers {@code 400} with every issue found, if any. */
  public void done() {
    if (!issues.isEmpty()) {
      throw ApiError.invalid(400, issues);
    }
  }
}
