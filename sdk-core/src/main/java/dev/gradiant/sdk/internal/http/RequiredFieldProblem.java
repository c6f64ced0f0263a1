package dev.gradiant.sdk.internal.http;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a response model that could not be built because the body left out a field the
 * contract requires: the model's builder throws {@code IllegalStateException("<Type>.<field> is
 * required")}, which Jackson wraps. The message names the field, never a value.
 */
final class RequiredFieldProblem {
  private static final Pattern REQUIRED =
      Pattern.compile("([A-Z][A-Za-z0-9]*)\\.([a-z][A-Za-z0-9]*) is required");

  private RequiredFieldProblem() {}

  /**
   * @param e what Jackson threw
   * @param path where, e.g. {@code data} or {@code data[2]}
   * @return e.g. {@code the required field data.email is missing (User.email)}; empty if {@code e}
   *     is about something else
   */
  static Optional<String> describe(JsonMappingException e, String path) {
    Matcher matcher = null;
    for (Throwable cause = e.getCause();
        cause != null && matcher == null;
        cause = cause.getCause()) {
      if (cause instanceof IllegalStateException missing && missing.getMessage() != null) {
        Matcher candidate = REQUIRED.matcher(missing.getMessage());
        matcher = candidate.matches() ? candidate : null;
      }
    }
    if (matcher == null) {
      return Optional.empty();
    }
    String field = "(root)".equals(path) ? matcher.group(2) : path + "." + matcher.group(2);
    return Optional.of(
        "the required field "
            + field
            + " is missing ("
            + matcher.group(1)
            + "."
            + matcher.group(2)
            + ")");
  }
}
