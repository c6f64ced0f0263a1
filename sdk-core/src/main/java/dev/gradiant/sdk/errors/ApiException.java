package dev.gradiant.sdk.errors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.RateLimit;
import dev.gradiant.sdk.ResponseMetadata;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Headers;

/**
 * The API answered with an error status. Subclasses name the common statuses; catch this type for
 * any of them. Every instance carries the status, the error code and message, the server's details
 * and field errors, the request id, the response headers and a bounded excerpt of the raw body.
 */
public class ApiException extends GradiantException {
  private static final long serialVersionUID = 1L;

  /** Raw bodies are kept up to this many characters. */
  public static final int MAX_RAW_BODY_CHARS = 4096;

  private final transient ApiError error;
  private final transient ResponseMetadata metadata;

  /** The response body excerpt; the only state kept when an exception is serialized. */
  private final String rawBody;

  /**
   * @param error what the error body said
   * @param metadata status, headers and request id of the response
   * @param rawBody the response body as text; truncated to {@link #MAX_RAW_BODY_CHARS}
   */
  public ApiException(ApiError error, ResponseMetadata metadata, String rawBody) {
    super(
        describe(error, metadata),
        null,
        Objects.requireNonNull(metadata, "metadata").attempts(),
        metadata.retryReason());
    this.error = Objects.requireNonNull(error, "error");
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    this.rawBody = truncate(rawBody);
  }

  /** {@return the HTTP status of the response} */
  public int statusCode() {
    return metadata.statusCode();
  }

  /** {@return the machine-readable error code (e.g. {@code BOOKING_CONFLICT}), or {@code null}} */
  public String errorCode() {
    return error.code();
  }

  /** {@return the server's message, or the HTTP reason phrase when it sent none} */
  public String serverMessage() {
    return error.message();
  }

  /** {@return the server's free-form error details, or {@code null}} */
  public JsonNode details() {
    return error.details();
  }

  /** {@return the invalid fields the server reported; empty when none} */
  public List<FieldError> fieldErrors() {
    return error.fieldErrors();
  }

  /** {@return everything the error body said} */
  public ApiError error() {
    return error;
  }

  /** {@return the server's request id, or {@code null} when it sent none} */
  public String requestId() {
    return metadata.requestId();
  }

  /** {@return the response headers} */
  public Headers headers() {
    return metadata.headers();
  }

  /** {@return status, headers and request id together} */
  public ResponseMetadata metadata() {
    return metadata;
  }

  /** {@return the rate-limit budget the error response reported, if any} */
  public Optional<RateLimit> rateLimit() {
    return metadata.rateLimit();
  }

  /**
   * {@return the response body as text, at most {@link #MAX_RAW_BODY_CHARS} characters; may be
   * empty}
   */
  public String rawBody() {
    return rawBody;
  }

  private static String describe(ApiError error, ResponseMetadata metadata) {
    StringBuilder text = new StringBuilder("HTTP ").append(metadata.statusCode());
    if (error.code() != null) {
      text.append(' ').append(error.code());
    }
    text.append(": ").append(error.message());
    if (!error.fieldErrors().isEmpty()) {
      text.append(" [");
      for (int i = 0; i < error.fieldErrors().size(); i++) {
        FieldError field = error.fieldErrors().get(i);
        text.append(i == 0 ? "" : "; ").append(field.field()).append(": ").append(field.message());
      }
      text.append(']');
    }
    text.append(" (request id: ")
        .append(metadata.requestId() == null ? "none" : metadata.requestId());
    if (metadata.attempts() > 1) {
      text.append(", after ").append(metadata.attempts()).append(" attempts");
    }
    text.append(')');
    return text.toString();
  }

  private static String truncate(String body) {
    if (body == null) {
      return "";
    }
    return body.length() <= MAX_RAW_BODY_CHARS ? body : body.substring(0, MAX_RAW_BODY_CHARS);
  }
}
