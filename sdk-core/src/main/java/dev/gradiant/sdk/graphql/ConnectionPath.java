package dev.gradiant.sdk.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A dotted path of field names (or aliases) from the root of {@code data}: {@code user.bookings}.
 *
 * @param names the field names, at least one
 */
record ConnectionPath(List<String> names) {
  private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");

  /**
   * @param path the dotted path
   * @return it, parsed
   * @throws IllegalArgumentException if a segment is not a GraphQL name
   */
  static ConnectionPath parse(String path) {
    List<String> names = List.of(path.split("\\.", -1));
    for (String name : names) {
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "'" + path + "' is not a dotted path of GraphQL field names (user.bookings)");
      }
    }
    return new ConnectionPath(names);
  }

  /**
   * {@return the value at this path in {@code data}, or {@code null} if absent or null on the way}
   */
  JsonNode find(JsonNode data) {
    JsonNode node = data;
    for (String name : names) {
      if (node == null || !node.isObject()) {
        return null;
      }
      node = node.get(name);
    }
    return node == null || node.isNull() ? null : node;
  }

  @Override
  public String toString() {
    return String.join(".", names);
  }
}
