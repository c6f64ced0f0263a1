package dev.gradiant.sdk.sessions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep, unmodifiable copies of free-form JSON objects ({@code deliverableState}, event {@code
 * data}): nested maps and lists are copied too, key order and {@code null} values are kept.
 */
final class JsonObjects {
  private JsonObjects() {}

  /**
   * @param field the argument's name, used in the exception message
   * @param object the object to copy, or {@code null}
   * @return an unmodifiable deep copy, or {@code null}
   * @throws IllegalArgumentException if a key, at any depth, is not a string
   */
  static Map<String, Object> copy(String field, Map<String, ?> object) {
    return object == null ? null : copyMap(field, object);
  }

  /** A read-only view typed for a record component; the component's constructor copies it. */
  static Map<String, Object> view(Map<String, ?> object) {
    return object == null ? null : Collections.unmodifiableMap(object);
  }

  private static Map<String, Object> copyMap(String path, Map<?, ?> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String key)) {
        throw new IllegalArgumentException(
            path + " must have string keys (a JSON object), found " + entry.getKey());
      }
      copy.put(key, copyValue(path + "." + key, entry.getValue()));
    }
    return Collections.unmodifiableMap(copy);
  }

  private static Object copyValue(String path, Object value) {
    if (value instanceof Map<?, ?> map) {
      return copyMap(path, map);
    }
    if (value instanceof Collection<?> items) {
      List<Object> copy = new ArrayList<>(items.size());
      int i = 0;
      for (Object item : items) {
        copy.add(copyValue(path + "[" + i++ + "]", item));
      }
      return Collections.unmodifiableList(copy);
    }
    return value;
  }

  /** {@code N entries} or {@code null}: the size of a personal object, never its content. */
  static String describe(Map<String, Object> object) {
    return object == null ? "null" : object.size() + " entries";
  }
}
