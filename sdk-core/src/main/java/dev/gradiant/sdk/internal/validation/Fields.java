package dev.gradiant.sdk.internal.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Checks for optional request fields: at least one set, no blank strings, no null list items. */
public final class Fields {
  private Fields() {}

  /** Fails unless at least one of {@code values} is non-null. */
  public static void requireAny(String what, Object... values) {
    for (Object value : values) {
      if (value != null) {
        return;
      }
    }
    throw new IllegalArgumentException(what + " must set at least one field");
  }

  /** Returns {@code value} if null or not blank. */
  public static String notBlank(String field, String value) {
    if (value != null && value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank (leave it unset instead)");
    }
    return value;
  }

  /** An unmodifiable copy of {@code values}, or null; fails on a null or blank item. */
  public static List<String> items(String field, List<String> values) {
    if (values == null) {
      return null;
    }
    List<String> copy = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      String item = values.get(i);
      if (item == null || item.isBlank()) {
        throw new IllegalArgumentException(field + "[" + i + "] must not be null or blank");
      }
      copy.add(item);
    }
    return Collections.unmodifiableList(copy);
  }
}
