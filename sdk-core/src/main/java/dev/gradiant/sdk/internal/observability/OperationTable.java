package dev.gradiant.sdk.internal.observability;

import dev.gradiant.sdk.observability.Operation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The contract's operations by method and route template, read once from {@code operations.txt}
 * beside this class (one {@code operationId METHOD /template} per line, checked against the spec by
 * a contract test), so that no request has to name its own operation. A lookup is one hash lookup
 * of the template (a constant string, whose hash is cached) and a switch on the method; nothing is
 * allocated.
 */
public final class OperationTable {
  private static final String RESOURCE = "operations.txt";
  private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");

  private final Map<String, Operation[]> byTemplate;
  // Operations missing from the table (a contract newer than it): named "GET /template", once.
  private final ConcurrentHashMap<String, Operation> unknown = new ConcurrentHashMap<>();

  private OperationTable(Map<String, Operation[]> byTemplate) {
    this.byTemplate = byTemplate;
  }

  /** {@return the table of this release's contract} */
  public static OperationTable standard() {
    return Holder.STANDARD;
  }

  /**
   * {@return the operation for {@code method} on {@code routeTemplate}}; one the table does not
   * know is named by its method and template ({@code GET /users/{id}})
   *
   * @param method the upper-case HTTP method
   * @param routeTemplate the path template, e.g. {@code /users/{id}}
   */
  public Operation find(String method, String routeTemplate) {
    Operation[] operations = byTemplate.get(routeTemplate);
    int index = index(method);
    if (operations != null && index >= 0 && operations[index] != null) {
      return operations[index];
    }
    return unknown.computeIfAbsent(
        method + " " + routeTemplate, name -> Operation.of(name, method, routeTemplate));
  }

  /** {@return every operation of the table, for the contract test} */
  public List<Operation> operations() {
    return byTemplate.values().stream().flatMap(Arrays::stream).filter(Objects::nonNull).toList();
  }

  private static int index(String method) {
    return switch (method) {
      case "GET" -> 0;
      case "POST" -> 1;
      case "PUT" -> 2;
      case "DELETE" -> 3;
      case "PATCH" -> 4;
      default -> -1;
    };
  }

  private static OperationTable load() {
    Map<String, Operation[]> table = new HashMap<>();
    try (InputStream in = OperationTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the SDK's jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] parts = trimmed.split("\\s+");
        if (parts.length != 3 || index(parts[1]) < 0) {
          throw new IllegalStateException(RESOURCE + " has a malformed line: " + trimmed);
        }
        Operation[] operations =
            table.computeIfAbsent(parts[2], template -> new Operation[METHODS.size()]);
        operations[index(parts[1])] = Operation.of(parts[0], parts[1], parts[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new OperationTable(Map.copyOf(table));
  }

  private static final class Holder {
    static final OperationTable STANDARD = load();
  }
}
