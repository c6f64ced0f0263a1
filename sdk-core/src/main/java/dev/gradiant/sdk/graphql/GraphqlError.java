package dev.gradiant.sdk.graphql;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a GraphQL response's {@code errors}: a field that failed (with its {@link #path()}),
 * or a request that could not run (a parse or validation error, with {@link #locations()} only).
 *
 * <p>{@link #message()} is the server's text: it may quote what the request sent (graphql-java's
 * messages for variables that do not coerce do), so read it, do not log it; {@link #toString()}
 * leaves it out. Machines read {@link #code()}.
 *
 * <p>Serializable, for {@link GraphqlException}: a deserialized copy keeps the message, locations,
 * path and code; {@link #extensions()} (free-form) is empty on it.
 */
public final class GraphqlError implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** The server's message. */
  private final String message;

  /** Where in the document. */
  private final List<Location> locations;

  /** The failed field's path: names and list indexes. */
  private final List<Object> path;

  /** {@code extensions.code}, or {@code null}. */
  private final String code;

  private final transient Map<String, Object> extensions;

  /** A place in the GraphQL document: a line and a column, both from 1. */
  public static final class Location implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    /** The line, from 1. */
    private final int line;

    /** The column, from 1. */
    private final int column;

    /**
     * @param line the line, from 1
     * @param column the column, from 1
     */
    public Location(int line, int column) {
      this.line = line;
      this.column = column;
    }

    /** {@return the line, from 1} */
    public int line() {
      return line;
    }

    /** {@return the column, from 1} */
    public int column() {
      return column;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Location that && line == that.line && column == that.column;
    }

    @Override
    public int hashCode() {
      return 31 * line + column;
    }

    @Override
    public String toString() {
      return line + ":" + column;
    }
  }

  /**
   * @param message the server's message; may quote the request, so not for logs
   * @param locations where in the document, possibly empty
   * @param path the failed field's path from the root of {@code data}: field names ({@code String})
   *     and list indexes ({@code Integer}); empty for a request error
   * @param extensions the error's {@code extensions}, as plain Java (maps, lists, strings, numbers,
   *     booleans); {@code code} is read from it
   */
  public GraphqlError(
      String message, List<Location> locations, List<Object> path, Map<String, Object> extensions) {
    this.message = Objects.requireNonNull(message, "message must not be null");
    this.locations = List.copyOf(locations);
    this.path = List.copyOf(path);
    // a copy that keeps JSON nulls, which Map.copyOf refuses
    this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    this.code = extensions.get("code") instanceof String text ? text : null;
  }

  /** {@return the server's message: it may quote what the request sent, so do not log it} */
  public String message() {
    return message;
  }

  /** {@return where in the document the error is; empty when the server did not say} */
  public List<Location> locations() {
    return locations;
  }

  /**
   * {@return the failed field's path from the root of {@code data}: names ({@code String}) and list
   * indexes ({@code Integer}); empty for an error of the whole request}
   */
  public List<Object> path() {
    return path;
  }

  /** {@return the path as text, {@code user.bookings.edges[0].node}; empty for a request error} */
  public String pathText() {
    StringBuilder text = new StringBuilder();
    for (Object segment : path) {
      if (segment instanceof Integer index) {
        text.append('[').append(index).append(']');
      } else {
        text.append(text.length() == 0 ? "" : ".").append(segment);
      }
    }
    return text.toString();
  }

  /**
   * {@return {@code extensions.code}: {@code GRAPHQL_PARSE_FAILED}, {@code
   * GRAPHQL_VALIDATION_FAILED}, {@code BAD_USER_INPUT} or a REST error code ({@code
   * RESOURCE_NOT_FOUND}, {@code INSUFFICIENT_PERMISSIONS}, …); an open list}
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /**
   * {@return the error's raw {@code extensions} as plain Java; empty when absent and on a
   * deserialized copy; free-form, so do not log it}
   */
  public Map<String, Object> extensions() {
    return extensions == null ? Map.of() : extensions;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GraphqlError that
        && message.equals(that.message)
        && locations.equals(that.locations)
        && path.equals(that.path)
        && extensions().equals(that.extensions());
  }

  @Override
  public int hashCode() {
    return Objects.hash(message, locations, path, extensions());
  }

  /** {@return the code, path and locations; never the message, which may quote the request} */
  @Override
  public String toString() {
    return "GraphqlError[code="
        + code
        + ", path="
        + pathText()
        + ", locations="
        + locations
        + ", message=***]";
  }
}
