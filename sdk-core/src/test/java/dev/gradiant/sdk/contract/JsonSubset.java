package dev.gradiant.sdk.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Whether everything in an expected JSON value is also in an actual one: every field of every
 * object (the actual one may have more), arrays element by element, numbers by value ({@code 75}
 * equals {@code 75.00}), everything else exactly.
 */
final class JsonSubset {
  private JsonSubset() {}

  /**
   * {@return one line per difference, such as {@code /data/firstName: expected "John", got "Jon"}}
   */
  static List<String> differences(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    compare("", expected, actual, out);
    return out;
  }

  private static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
    if (expected.isNull() && (actual == null || actual.isMissingNode() || actual.isNull())) {
      return;
    }
    if (actual == null || actual.isMissingNode()) {
      out.add(where(path) + ": expected " + expected + ", but it is missing");
    } else if (expected.isObject() && actual.isObject()) {
      for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        compare(path + "/" + name, expected.get(name), actual.get(name), out);
      }
    } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
      for (int i = 0; i < expected.size(); i++) {
        compare(path + "/" + i, expected.get(i), actual.get(i), out);
      }
    } else if (!same(expected, actual)) {
      out.add(where(path) + ": expected " + expected + ", got " + actual);
    }
  }

  private static boolean same(JsonNode expected, JsonNode actual) {
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
    return expected.equals(actual);
  }

  private static String where(String path) {
    return path.isEmpty() ? "(root)" : path;
  }
}
