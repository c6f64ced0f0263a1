package dev.gradiant.sdk.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells which kind of operation a GraphQL document runs, at the level of its tokens: it skips white
 * space, commas, comments and strings (block strings too), follows the nesting of braces,
 * parentheses and brackets, and reads the keyword (and name) that starts each top-level definition:
 * {@code query}, {@code mutation}, {@code subscription}, a bare selection set ({@code { … }}, a
 * query) or a {@code fragment}. It does not validate the document: the server does.
 *
 * <p>The operation run is the one {@code operationName} names, or the document's only operation.
 * When that cannot be told (no such name, several operations and no name, a document that does not
 * lex), the answer is empty and the caller treats the request as a mutation: never repeated without
 * an idempotency key.
 */
final class OperationScanner {
  private final String text;
  private int at;

  private OperationScanner(String text) {
    this.text = text;
  }

  /**
   * @param document the GraphQL document
   * @param operationName the operation to run, or {@code null}
   * @return its kind, or empty when it cannot be told
   */
  static Optional<OperationType> typeOf(String document, String operationName) {
    List<Operation> operations = new OperationScanner(document).operations();
    if (operations == null) {
      return Optional.empty();
    }
    Operation chosen = null;
    for (Operation operation : operations) {
      if (operationName == null ? operations.size() == 1 : operationName.equals(operation.name)) {
        if (chosen != null) {
          return Optional.empty(); // two operations of that name: the server refuses it
        }
        chosen = operation;
      }
    }
    return chosen == null ? Optional.empty() : Optional.of(chosen.type);
  }

  private record Operation(OperationType type, String name) {}

  /** {@return the operations defined at the top level, or {@code null} if the text does not lex} */
  private List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    int depth = 0;
    boolean definitionStart = true;
    String token;
    while ((token = next()) != null) {
      if (token.isEmpty()) {
        return null; // an unterminated string or a character GraphQL does not have
      }
      if (definitionStart && depth == 0) {
        definitionStart = false;
        if (token.equals("{")) {
          operations.add(new Operation(OperationType.QUERY, null));
        } else if (!token.equals("fragment")) {
          OperationType type = keyword(token);
          if (type == null) {
            return null;
          }
          String name = peekName();
          operations.add(new Operation(type, name));
          continue;
        }
      }
      switch (token) {
        case "{", "(", "[" -> depth++;
        case "}", ")", "]" -> {
          depth--;
          if (depth < 0) {
            return null;
          }
          definitionStart = depth == 0 && token.equals("}");
        }
        default -> {}
      }
    }
    return depth == 0 ? operations : null;
  }

  private static OperationType keyword(String token) {
    return switch (token) {
      case "query" -> OperationType.QUERY;
      case "mutation" -> OperationType.MUTATION;
      case "subscription" -> OperationType.SUBSCRIPTION;
      default -> null;
    };
  }

  /** {@return the name right after the keyword, consumed, or {@code null} when none follows} */
  private String peekName() {
    int saved = at;
    String token = next();
    if (token != null && !token.isEmpty() && isNameStart(token.charAt(0))) {
      return token;
    }
    at = saved;
    return null;
  }

  /**
   * {@return the next token: a name, a punctuator, a number, or a whole string; {@code null} at the
   * end; empty for text that is not GraphQL}
   */
  private String next() {
    skipIgnored();
    if (at >= text.length()) {
      return null;
    }
    char c = text.charAt(at);
    if (c == '"') {
      return string() ? "\"" : "";
    }
    if (isNameStart(c) || isDigit(c) || c == '-') {
      int start = at++;
      while (at < text.length() && isNamePart(text.charAt(at))) {
        at++;
      }
      return text.substring(start, at);
    }
    if (text.startsWith("...", at)) {
      at += 3;
      return "...";
    }
    if ("{}()[]:=@$!|&.+".indexOf(c) >= 0) {
      at++;
      return String.valueOf(c);
    }
    return "";
  }

  /** Skips white space, line terminators, commas, the byte order mark and {@code #} comments. */
  private void skipIgnored() {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == '\uFEFF') {
        at++;
      } else if (c == '#') {
        while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
          at++;
        }
      } else {
        return;
      }
    }
  }

  /** Consumes a string or block string; {@return whether it was terminated} */
  private boolean string() {
    if (text.startsWith("\"\"\"", at)) {
      at += 3;
      while (at < text.length()) {
        if (text.startsWith("\\\"\"\"", at)) {
          at += 4;
        } else if (text.startsWith("\"\"\"", at)) {
          at += 3;
          return true;
        } else {
          at++;
        }
      }
      return false;
    }
    at++;
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '\\') {
        at++;
      } else if (c == '"') {
        return true;
      } else if (c == '\n' || c == '\r') {
        return false;
      }
    }
    return false;
  }

  private static boolean isNameStart(char c) {
    return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || isDigit(c) || c == '.' || c == '+' || c == '-';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
