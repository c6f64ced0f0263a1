package dev.gradiant.sdk.errors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What an error response said, read from whichever shape the server used: the Gradiant {@code
 * {"error": {...}}} envelope, the JSON:API {@code {"errors": [...]}} list, the {@code {"detail":
 * ...}} form, an OAuth {@code {"error": "invalid_grant"}}, or a body that is not JSON at all.
 *
 * @param code the machine-readable error code ({@code BOOKING_CONFLICT}), or {@code null}
 * @param message the server's human-readable message, or the HTTP reason when it gave none
 * @param details the server's free-form details, or {@code null}
 * @param fieldErrors the invalid fields the server named; empty when none
 */
public record ApiError(
    String code, String message, JsonNode details, List<FieldError> fieldErrors) {

  /**
   * Copies {@code fieldErrors} and {@code details}, so the record stays immutable.
   *
   * @param code the machine-readable error code ({@code BOOKING_CONFLICT}), or {@code null}
   * @param message the server's human-readable message, or the HTTP reason when it gave none
   * @param details the server's free-form details, or {@code null}
   * @param fieldErrors the invalid fields the server named; empty when none
   */
  public ApiError {
    fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    details = details == null ? null : details.deepCopy();
  }

  /** {@return the details, copied so callers cannot change this error} */
  @Override
  public JsonNode details() {
    return details == null ? null : details.deepCopy();
  }
}
