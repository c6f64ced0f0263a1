package dev.gradiant.sdk.internal.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep, unmodifiable copies of free-form JSON values in plain Java ({@code deliverableState}, event
 * {@code data}, error {@code details}): nested maps and lists are copied too, key order and {@code
 * null} values are kept.
 */
public final class JsonObjects {
  private JsonObjects() {}

  /**
   * @param field the argument's name, used in the exception message
   * @param object the object to copy, or {@code null}
   * @return an unmodifiable deep copy, or {@code null}
   * @throws IllegalArgumentException if a key, at any depth, is not a string
   */
  public static Map<String, Object> copy(String field, Map<String, ?> object) {
    return object == null ? null : copyMap(field, object);
  }

  /**
   * A read-only view typed for a record component; the component's constructor copies it.
   *
   * @param object the object, or {@code null}
   * @return a read-only view of it, or {@code null}
   */
  public static Map<String, Object> view(Map<String, ?> object) {
    return object == null ? null : Collections.unmodifiableMap(object);
  }

  private static Map<String, Object> copyMap(String path, Map<?, ?> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String key)) {
        throw new IllegalArgumentException(
            path + " must have string keys (a JSON object), found " + entry.getKey());
      }
      copy.put(key, copyTree(path + "." + key, entry.getValue()));
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * @param path the argument's name, used in the exception message
   * @param value any JSON value in plain Java: a map, a list (any collection), a string, a number,
   *     a boolean, or {@code null}
   * @return an unmodifiable deep copy of a map or collection; any other value as it is
   * @throws IllegalArgumentException if a key, at any depth, is not a string
   */
  public static Object copyTree(String path, Object value) {
    if (value instanceof Map<?, ?> map) {
      return copyMap(path, map);
    }
    if (value instanceof Collection<?> items) {
      List<Object> copy = new ArrayList<>(items.size());
      int i = 0;
      for (Object item : items) {
        copy.add(copyTree(path + "[" + i++ + "]", item));
      }
      return Collections.unmodifiableList(copy);
    }
    return value;
  }

  /**
   * {@code N entries} or {@code null}: the size of a personal object, never its content.
   *
   * @param object the object, or {@code null}
   * @return its size in words
   */
  public static String describe(Map<String, Object> object) {
    return object == null ? "null" : object.size() + " entries";
  }
}
