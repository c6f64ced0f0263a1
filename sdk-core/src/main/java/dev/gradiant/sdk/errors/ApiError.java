package dev.gradiant.sdk.errors;

import dev.gradiant.sdk.internal.validation.JsonObjects;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an error response said, read from whichever shape the server used: the Gradiant {@code
 * {"error": {...}}} envelope, the JSON:API {@code {"errors": [...]}} list, the {@code {"detail":
 * ...}} form, an OAuth {@code {"error": "invalid_grant"}}, or a body that is not JSON at all.
 *
 * <p>Built with {@link #builder()}; new fields may be added in a minor release (see the README's
 * compatibility rules). Nothing it returns is null: a value that may be absent is an {@link
 * Optional}, the list of field errors is empty when the server named none.
 */
public final class ApiError {
  private final String code;
  private final String message;
  private final Object details;
  private final List<FieldError> fieldErrors;

  private ApiError(Builder builder) {
    this.code = builder.code;
    if (builder.message == null) {
      throw new IllegalStateException("ApiError.message is required");
    }
    this.message = builder.message;
    this.details = builder.details;
    this.fieldErrors = builder.fieldErrors;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this ApiError} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.code = code;
    builder.message = message;
    builder.details = details;
    builder.fieldErrors = fieldErrors;
    return builder;
  }

  /**
   * {@return the machine-readable error code ({@code BOOKING_CONFLICT}); empty when the body had
   * none (a {@code {"detail": ...}} body, a body that is not JSON)}
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** {@return the server's human-readable message, or the HTTP reason when it gave none} */
  public String message() {
    return message;
  }

  /**
   * {@return the server's free-form details as plain Java; empty when it sent none: a {@code
   * Map<String, Object>} for a JSON object (keys in the server's order), a {@code List<Object>} for
   * an array, a {@code String}, a {@code Number} or a {@code Boolean}; inside maps and lists values
   * are nested the same way and a JSON {@code null} is {@code null}; unmodifiable at every depth}
   */
  public Optional<Object> details() {
    return Optional.ofNullable(details);
  }

  /** {@return the invalid fields the server named; empty when none} */
  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApiError other
        && Objects.equals(code, other.code)
        && Objects.equals(message, other.message)
        && Objects.equals(details, other.details)
        && Objects.equals(fieldErrors, other.fieldErrors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, message, details, fieldErrors);
  }

  @Override
  public String toString() {
    return "ApiError[code="
        + code
        + ", message="
        + message
        + ", details="
        + details
        + ", fieldErrors="
        + fieldErrors
        + "]";
  }

  /**
   * Collects the fields of an {@link ApiError}; each method rejects {@code null}. The field errors
   * are empty unless set.
   */
  public static final class Builder {
    private String code;
    private String message;
    private Object details;
    private List<FieldError> fieldErrors = List.of();

    private Builder() {}

    /**
     * @param code the machine-readable error code ({@code BOOKING_CONFLICT})
     * @return this builder
     */
    public Builder code(String code) {
      this.code = Objects.requireNonNull(code, "code must not be null");
      return this;
    }

    /**
     * @param message the server's human-readable message, or the HTTP reason when it gave none
     * @return this builder
     */
    public Builder message(String message) {
      this.message = Objects.requireNonNull(message, "message must not be null");
      return this;
    }

    /**
     * Copies {@code details} (maps and lists at every depth), so the error stays immutable.
     *
     * @param details the server's free-form details as plain Java (maps with string keys, lists,
     *     strings, numbers, booleans; {@code null} only inside a map or list)
     * @return this builder
     */
    public Builder details(Object details) {
      this.details =
          JsonObjects.copyTree(
              "details", Objects.requireNonNull(details, "details must not be null"));
      return this;
    }

    /**
     * @param fieldErrors the invalid fields the server named (copied)
     * @return this builder
     */
    public Builder fieldErrors(List<FieldError> fieldErrors) {
      this.fieldErrors =
          List.copyOf(Objects.requireNonNull(fieldErrors, "fieldErrors must not be null"));
      return this;
    }

    /**
     * @return the ApiError
     * @throws IllegalStateException if {@code message} is unset
     */
    public ApiError build() {
      return new ApiError(this);
    }
  }
}
