package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a JSON request body against one request schema of the contract, collecting every issue:
 * unknown fields ({@code additionalProperties: false}), required fields, types, formats, enums and
 * bounds. {@link #done()} answers {@code 422} with all of them.
 */
public final class BodyReader {
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private final ObjectNode body;
  private final String prefix;
  private final List<ObjectNode> issues;

  private BodyReader(ObjectNode body, String prefix, List<ObjectNode> issues) {
    this.body = body;
    this.prefix = prefix;
    this.issues = issues;
  }

  /**
   * Reads a body whose fields must all be among {@code allowed}.
   *
   * @param body the body object
   * @param allowed the schema's properties
   * @return the reader
   */
  public static BodyReader of(ObjectNode body, Set<String> allowed) {
    BodyReader reader = new BodyReader(body, "", new ArrayList<>());
    reader.onlyFields(allowed);
    return reader;
  }

  /** {@return a reader of the nested object {@code field}, sharing this reader's issues} */
  BodyReader nested(String field, ObjectNode value, Set<String> allowed) {
    BodyReader reader = new BodyReader(value, name(field) + ".", issues);
    if (allowed != null) {
      reader.onlyFields(allowed);
    }
    return reader;
  }

  private void onlyFields(Set<String> allowed) {
    Iterator<String> names = body.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        issue(name, "Unknown field");
      }
    }
  }

  /** {@return whether the body has {@code field}, even as null} */
  public boolean has(String field) {
    return body.has(field);
  }

  /** Requires at least one field ({@code minProperties: 1}). */
  public void atLeastOneField() {
    if (body.isEmpty()) {
      issues.add(
          ApiError.issue(prefix.isEmpty() ? "body" : prefix, "At least one field is required"));
    }
  }

  /** Records an issue about {@code field}. */
  public void issue(String field, String issue) {
    issues.add(ApiError.issue(name(field), issue));
  }

  private String name(String field) {
    return prefix + field;
  }

  private JsonNode value(String field, boolean required) {
    JsonNode value = body.get(field);
    if (value == null) {
      if (required) {
        issue(field, "Required");
      }
      return null;
    }
    return value;
  }

  /** {@return a string field of at least {@code minLength} characters, or null} */
  public String string(String field, boolean required, int minLength) {
    JsonNode value = value(field, required);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      issue(field, "Must be a string");
      return null;
    }
    if (value.asText().length() < minLength) {
      issue(
          field,
          minLength == 1 ? "Must not be empty" : "Must be at least " + minLength + " characters");
      return null;
    }
    return value.asText();
  }

  /** {@return an {@code email} field, or null} */
  public String email(String field, boolean required) {
    String value = string(field, required, 0);
    if (value != null && !EMAIL.matcher(value).matches()) {
      issue(field, "Invalid email format");
      return null;
    }
    return value;
  }

  /** {@return a {@code date} field, or null} */
  public LocalDate date(String field, boolean required) {
    String value = string(field, required, 0);
    if (value == null) {
      return null;
    }
    LocalDate date = Times.parseDate(value);
    if (date == null) {
      issue(field, "Must be a date (YYYY-MM-DD)");
    }
    return date;
  }

  /** {@return a {@code date-time} field, or null (also for an explicit null when allowed)} */
  public Instant dateTime(String field, boolean required, boolean nullable) {
    JsonNode node = body.get(field);
    if (nullable && node != null && node.isNull()) {
      return null;
    }
    String value = string(field, required, 0);
    if (value == null) {
      return null;
    }
    Instant instant = Times.parseDateTime(value);
    if (instant == null) {
      issue(field, "Must be a date-time (RFC 3339, e.g. 2024-01-01T10:00:00Z)");
    }
    return instant;
  }

  /** {@return an integer field of at least {@code minimum}, or null} */
  public Integer integer(String field, boolean required, int minimum) {
    JsonNode value = value(field, required);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber()
        && !(value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0)) {
      issue(field, "Must be an integer");
      return null;
    }
    if (!value.canConvertToInt() || value.intValue() < minimum) {
      issue(field, "Must be at least " + minimum);
      return null;
    }
    return value.intValue();
  }

  /** {@return a boolean field, or null} */
  public Boolean bool(String field) {
    JsonNode value = value(field, false);
    if (value == null) {
      return null;
    }
    if (!value.isBoolean()) {
      issue(field, "Must be a boolean");
      return null;
    }
    return value.booleanValue();
  }

  /** {@return a string field that must be one of {@code allowed}, or null} */
  public String oneOf(String field, boolean required, Set<String> allowed) {
    String value = string(field, required, 0);
    if (value != null && !allowed.contains(value)) {
      issue(field, "Must be one of " + String.join(", ", Spec.sorted(allowed)));
      return null;
    }
    return value;
  }

  /** {@return an object field, or null} */
  public ObjectNode object(String field, boolean required) {
    JsonNode value = value(field, required);
    if (value == null) {
      return null;
    }
    if (!value.isObject()) {
      issue(field, "Must be an object");
      return null;
    }
    return (ObjectNode) value;
  }

  /**
   * An array of strings.
   *
   * @param field the field
   * @param required whether it must be present
   * @param minItems the fewest items allowed
   * @param unique whether items must be unique
   * @param allowed the allowed values, or null for any string
   * @return the items, or null
   */
  public List<String> strings(
      String field, boolean required, int minItems, boolean unique, Set<String> allowed) {
    JsonNode value = value(field, required);
    if (value == null) {
      return null;
    }
    if (!value.isArray()) {
      issue(field, "Must be an array");
      return null;
    }
    if (value.size() < minItems) {
      issue(field, "Must have at least " + minItems + " item" + (minItems == 1 ? "" : "s"));
      return null;
    }
    List<String> items = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      String name = field + "[" + i + "]";
      if (!item.isTextual()) {
        issue(name, "Must be a string");
      } else if (allowed != null && !allowed.contains(item.asText())) {
        issue(name, "Must be one of " + String.join(", ", Spec.sorted(allowed)));
      } else if (unique && !seen.add(item.asText())) {
        issue(name, "Repeats " + item.asText() + "; items must be unique");
      } else {
        items.add(item.asText());
        continue;
      }
      return null;
    }
    return items;
  }

  /** Answers {@code 422} with every issue found, if any. */
  public void done() {
    if (!issues.isEmpty()) {
      throw ApiError.invalid(422, issues);
    }
  }
}
