package dev.gradiant.sdk.errors;

import dev.gradiant.sdk.internal.validation.JsonObjects;
import java.util.List;

/**
 * What an error response said, read from whichever shape the server used: the Gradiant {@code
 * {"error": {...}}} envelope, the JSON:API {@code {"errors": [...]}} list, the {@code {"detail":
 * ...}} form, an OAuth {@code {"error": "invalid_grant"}}, or a body that is not JSON at all.
 *
 * @param code the machine-readable error code ({@code BOOKING_CONFLICT}), or {@code null}
 * @param message the server's human-readable message, or the HTTP reason when it gave none
 * @param details the server's free-form details as plain Java, or {@code null}: a {@code
 *     Map<String, Object>} for a JSON object (keys in the server's order), a {@code List<Object>}
 *     for an array, a {@code String}, a {@code Number}, a {@code Boolean}, or {@code null}, nested
 *     the same way; unmodifiable at every depth
 * @param fieldErrors the invalid fields the server named; empty when none
 */
public record ApiError(String code, String message, Object details, List<FieldError> fieldErrors) {

  /**
   * Copies {@code fieldErrors} and {@code details} (maps and lists at every depth), so the record
   * stays immutable.
   *
   * @param code the machine-readable error code ({@code BOOKING_CONFLICT}), or {@code null}
   * @param message the server's human-readable message, or the HTTP reason when it gave none
   * @param details the server's free-form details as plain Java (maps with string keys, lists,
   *     strings, numbers, booleans, {@code null}), or {@code null}
   * @param fieldErrors the invalid fields the server named; empty when none
   */
  public ApiError {
    fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    details = JsonObjects.copyTree("details", details);
  }
}
