package dev.gradiant.sdk.errors;

import dev.gradiant.sdk.core.HttpHeaders;
import dev.gradiant.sdk.core.RateLimit;
import dev.gradiant.sdk.core.ResponseMetadata;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an {@link ApiException} writes when it is serialized, in place of its {@link ApiError} and
 * {@link ResponseMetadata} (neither is serializable). It keeps the status, code, message, request
 * id and field errors, and only the headers in {@link #KEPT}: the free-form {@code details} may
 * echo what the request sent, and other headers (cookies) are not the exception's to copy into
 * caches and session stores.
 *
 * @param statusCode the HTTP status
 * @param code the error code, or null
 * @param message the server's message
 * @param requestId the request id, or null
 * @param fields the field errors' fields, in order (entries may be null)
 * @param fieldMessages the field errors' messages, in the same order
 * @param headers the kept headers, as name, value, name, value, ...
 */
record SerializedResponse(
    int statusCode,
    String code,
    String message,
    String requestId,
    List<String> fields,
    List<String> fieldMessages,
    List<String> headers)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The headers that survive serialization (lower case): ids, content type, rate limits. */
  static final Set<String> KEPT =
      Set.of(
          "content-type",
          "x-request-id",
          RateLimitException.RETRY_AFTER_HEADER.toLowerCase(Locale.ROOT),
          RateLimit.LIMIT_HEADER.toLowerCase(Locale.ROOT),
          RateLimit.REMAINING_HEADER.toLowerCase(Locale.ROOT),
          RateLimit.RESET_HEADER.toLowerCase(Locale.ROOT));

  /** Copies the lists, so a stream cannot hand in shared or null ones. */
  SerializedResponse {
    fields = copy(fields);
    fieldMessages = copy(fieldMessages);
    headers = copy(headers);
  }

  static SerializedResponse of(ApiError error, ResponseMetadata metadata) {
    List<String> kept = new ArrayList<>();
    for (Map.Entry<String, List<String>> header : metadata.headers().toMap().entrySet()) {
      if (KEPT.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        for (String value : header.getValue()) {
          kept.add(header.getKey());
          kept.add(value);
        }
      }
    }
    List<String> fields = new ArrayList<>();
    List<String> fieldMessages = new ArrayList<>();
    for (FieldError field : error.fieldErrors()) {
      fields.add(field.field().orElse(null));
      fieldMessages.add(field.message());
    }
    return new SerializedResponse(
        metadata.statusCode(),
        error.code().orElse(null),
        error.message(),
        metadata.requestId().orElse(null),
        fields,
        fieldMessages,
        kept);
  }

  ApiError error() {
    List<FieldError> fieldErrors = new ArrayList<>();
    for (int i = 0; i < Math.min(fields.size(), fieldMessages.size()); i++) {
      FieldError.Builder field = FieldError.builder().message(orEmpty(fieldMessages.get(i)));
      if (fields.get(i) != null) {
        field.field(fields.get(i));
      }
      fieldErrors.add(field.build());
    }
    ApiError.Builder error = ApiError.builder().message(orEmpty(message)).fieldErrors(fieldErrors);
    if (code != null) {
      error.code(code);
    }
    return error.build();
  }

  /** A stream written by hand may hold nulls where the SDK writes text. */
  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  /** A copy that may hold nulls (a field error may name no field), unlike {@link List#copyOf}. */
  private static List<String> copy(List<String> values) {
    return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
  }

  ResponseMetadata metadata(int attempts, String retryReason) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i + 1 < headers.size(); i += 2) {
      if (headers.get(i) != null && headers.get(i + 1) != null) {
        kept.add(headers.get(i));
        kept.add(headers.get(i + 1));
      }
    }
    ResponseMetadata.Builder metadata =
        ResponseMetadata.builder()
            .statusCode(statusCode)
            .headers(HttpHeaders.of(kept.toArray(new String[0])))
            .attempts(attempts);
    if (requestId != null) {
      metadata.requestId(requestId);
    }
    if (retryReason != null) {
      metadata.retryReason(retryReason);
    }
    return metadata.build();
  }
}
