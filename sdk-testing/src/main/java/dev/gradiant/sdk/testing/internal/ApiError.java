package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An answer in the contract's error envelope, thrown by a handler: status, {@code error.code},
 * {@code error.message}, optional {@code error.details} and extra headers.
 */
public final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final transient JsonNode details;
  private final transient Map<String, String> headers = new LinkedHashMap<>();

  /**
   * @param status the HTTP status
   * @param code the error code
   * @param message the human-readable message
   * @param details the details, or null
   */
  public ApiError(int status, String code, String message, JsonNode details) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** {@return a 400 {@code VALIDATION_ERROR} about one query, path or header parameter} */
  public static ApiError badRequest(String field, String issue) {
    return new ApiError(400, "VALIDATION_ERROR", "Invalid input parameters", issue(field, issue));
  }

  /** {@return a 400 or 422 {@code VALIDATION_ERROR} listing every issue} */
  public static ApiError invalid(int status, List<ObjectNode> issues) {
    JsonNode details;
    if (issues.size() == 1) {
      details = issues.get(0);
    } else {
      ArrayNode array = Json.array();
      issues.forEach(array::add);
      details = array;
    }
    return new ApiError(status, "VALIDATION_ERROR", "Invalid input parameters", details);
  }

  /** {@return a 422 {@code VALIDATION_ERROR} about one body field} */
  public static ApiError unprocessable(String field, String issue) {
    return invalid(422, List.of(issue(field, issue)));
  }

  /** {@return a 404 {@code RESOURCE_NOT_FOUND}} */
  public static ApiError notFound(String what) {
    return new ApiError(404, "RESOURCE_NOT_FOUND", what + " not found", null);
  }

  /** {@return a 409 with the given code} */
  public static ApiError conflict(String code, String message, JsonNode details) {
    return new ApiError(409, code, message, details);
  }

  /** {@return a 402 {@code PAYMENT_REQUIRED}: a declined payment} */
  public static ApiError paymentRequired(String message, JsonNode details) {
    return new ApiError(402, "PAYMENT_REQUIRED", message, details);
  }

  /** {@return a {@code {"field", "issue"}} validation issue} */
  public static ObjectNode issue(String field, String issue) {
    return Json.object().put("field", field).put("issue", issue);
  }

  /** Adds a response header; returns this error. */
  ApiError header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** {@return the HTTP status} */
  public int status() {
    return status;
  }

  /** {@return the error code} */
  public String code() {
    return code;
  }

  /** {@return the details, or null} */
  public JsonNode details() {
    return details;
  }

  /** {@return extra response headers} */
  Map<String, String> headers() {
    return headers;
  }
}
