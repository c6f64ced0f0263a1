package dev.gradiant.sdk.errors;

import dev.gradiant.sdk.core.HttpHeaders;
import dev.gradiant.sdk.core.RateLimit;
import dev.gradiant.sdk.core.ResponseMetadata;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The API answered with an error status. Subclasses name the common statuses; catch this type for
 * any of them. Every instance carries the status, the error code and message, the server's details
 * and field errors, the request id, the response headers and a bounded excerpt of the raw body.
 *
 * <p><b>Personal data.</b> The SDK builds {@link #rawBody()} from the body in redacted form when it
 * is JSON: only error codes and values under non-personal keys (ids, statuses, times, counters) are
 * kept, every other value reads {@code ***}. A body that is not JSON (an HTML page from a proxy, a
 * {@code text/plain} message) is kept as text with its email addresses and runs of six or more
 * digits (phone numbers, dates of birth) read {@code ***}. {@link #serverMessage()} and {@link
 * #fieldErrors()} are as the server sent them: the contract says they describe the problem ({@code
 * "Invalid email format"}), not the value sent, and {@link #getMessage()} is built from them.
 * {@link #details()} is free-form and may echo what the request sent (an email address, a health
 * field): read it, do not log it.
 *
 * <p><b>Serialization.</b> An instance survives Java serialization (app servers, RMI and caches
 * serialize exceptions): the copy answers every accessor with the same status, error code, message,
 * field errors, request id, attempts, retry reason and raw body excerpt. Two things are not
 * written: {@link #details()} (free-form, see above), which is empty on the copy, and every header
 * except {@code Content-Type}, {@code X-Request-ID}, {@code Retry-After} and {@code X-RateLimit-*},
 * so {@link #rateLimit()} and {@link RateLimitException#retryAfter()} still answer.
 */
public class ApiException extends GradiantException {
  private static final long serialVersionUID = 2L;

  /** Raw bodies are kept up to this many characters. */
  public static final int MAX_RAW_BODY_CHARS = 4096;

  /** Written as a {@link SerializedResponse}; assigned once, by the constructor or readObject. */
  private transient ApiError error;

  /** Written as a {@link SerializedResponse}; assigned once, by the constructor or readObject. */
  private transient ResponseMetadata metadata;

  /** The response body excerpt, redacted by the SDK when it is JSON. */
  private final String rawBody;

  /**
   * @param error what the error body said
   * @param metadata status, headers and request id of the response
   * @param rawBody the response body as text, in the redacted form described above when it holds
   *     personal data; truncated to {@link #MAX_RAW_BODY_CHARS}
   */
  public ApiException(ApiError error, ResponseMetadata metadata, String rawBody) {
    super(
        describe(error, metadata),
        null,
        Objects.requireNonNull(metadata, "metadata").attempts(),
        metadata.retryReason().orElse(null));
    this.error = Objects.requireNonNull(error, "error");
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    this.rawBody = truncate(rawBody);
  }

  /** {@return the HTTP status of the response} */
  public int statusCode() {
    return metadata.statusCode();
  }

  /**
   * {@return the machine-readable error code (e.g. {@code BOOKING_CONFLICT}); empty when the body
   * had none}
   */
  public Optional<String> errorCode() {
    return error.code();
  }

  /** {@return the server's message, or the HTTP reason phrase when it sent none} */
  public String serverMessage() {
    return error.message();
  }

  /**
   * {@return the server's free-form error details as plain Java (see {@link ApiError#details()}:
   * maps, lists, strings, numbers, booleans); empty when the server sent none, and on a
   * deserialized copy; may echo what the request sent, so do not log them}
   */
  public Optional<Object> details() {
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

  /** {@return the server's request id; empty when it sent none} */
  public Optional<String> requestId() {
    return metadata.requestId();
  }

  /**
   * {@return the response headers; on a deserialized copy only {@code Content-Type}, {@code
   * X-Request-ID}, {@code Retry-After} and {@code X-RateLimit-*}}
   */
  public HttpHeaders headers() {
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
   * {@return the response body as text, at most {@link #MAX_RAW_BODY_CHARS} characters; a JSON body
   * in redacted form (values outside the allow-list read {@code ***}), other text with email
   * addresses and long digit runs masked; may be empty}
   */
  public String rawBody() {
    return rawBody;
  }

  /**
   * Writes the error and the metadata as a {@link SerializedResponse}.
   *
   * @param out the stream
   * @throws IOException if writing fails
   */
  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    out.writeObject(SerializedResponse.of(error, metadata));
  }

  /**
   * Reads what {@link #writeObject} wrote.
   *
   * @param in the stream
   * @throws IOException if reading fails or the stream holds no response
   * @throws ClassNotFoundException if a class of the stream is missing
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    if (!(in.readObject() instanceof SerializedResponse saved)) {
      throw new InvalidObjectException("An ApiException must carry its response");
    }
    error = saved.error();
    metadata = saved.metadata(attempts(), retryReason().orElse(null));
  }

  private static String describe(ApiError error, ResponseMetadata metadata) {
    StringBuilder text = new StringBuilder("HTTP ").append(metadata.statusCode());
    error.code().ifPresent(code -> text.append(' ').append(code));
    text.append(": ").append(error.message());
    if (!error.fieldErrors().isEmpty()) {
      text.append(" [");
      for (int i = 0; i < error.fieldErrors().size(); i++) {
        FieldError field = error.fieldErrors().get(i);
        text.append(i == 0 ? "" : "; ")
            .append(field.field().orElse(null))
            .append(": ")
            .append(field.message());
      }
      text.append(']');
    }
    text.append(" (request id: ").append(metadata.requestId().orElse("none"));
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
