package dev.gradiant.sdk.errors;

import java.util.Objects;
import java.util.Optional;

/**
 * One invalid field reported by the server.
 *
 * <p>Built with {@link #builder()}; new fields may be added in a minor release (see the README's
 * compatibility rules). Nothing it returns is null: a value that may be absent is an {@link
 * Optional}.
 */
public final class FieldError {
  private final String field;
  private final String message;
  private final String code;

  private FieldError(Builder builder) {
    this.field = builder.field;
    this.code = builder.code;
    if (builder.message == null) {
      throw new IllegalStateException("FieldError.message is required");
    }
    this.message = builder.message;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this FieldError} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.field = field;
    builder.message = message;
    builder.code = code;
    return builder;
  }

  /**
   * {@return the field's name or dotted path ({@code email}, {@code address.city}); empty when the
   * server did not say which field}
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** {@return what is wrong with the field} */
  public String message() {
    return message;
  }

  /**
   * {@return the machine-readable code of the problem ({@code BOOKING_CONFLICT}, {@code
   * VALIDATION_ERROR}; an open list) when the server gave one, as a GraphQL mutation's payload
   * {@code errors} do; empty otherwise}
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldError other
        && Objects.equals(field, other.field)
        && Objects.equals(message, other.message)
        && Objects.equals(code, other.code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, message, code);
  }

  @Override
  public String toString() {
    return "FieldError[field="
        + field
        + ", message="
        + message
        + (code == null ? "" : ", code=" + code)
        + "]";
  }

  /** Collects the fields of a {@link FieldError}; each method rejects {@code null}. */
  public static final class Builder {
    private String field;
    private String message;
    private String code;

    private Builder() {}

    /**
     * @param field the field's name or dotted path ({@code email}, {@code address.city}); leave
     *     unset when the server did not say which field
     * @return this builder
     */
    public Builder field(String field) {
      this.field = Objects.requireNonNull(field, "field must not be null");
      return this;
    }

    /**
     * @param message what is wrong with the field
     * @return this builder
     */
    public Builder message(String message) {
      this.message = Objects.requireNonNull(message, "message must not be null");
      return this;
    }

    /**
     * @param code the machine-readable code of the problem ({@code BOOKING_CONFLICT})
     * @return this builder
     */
    public Builder code(String code) {
      this.code = Objects.requireNonNull(code, "code must not be null");
      return this;
    }

    /**
     * @return the FieldError
     * @throws IllegalStateException if {@code message} is unset
     */
    public FieldError build() {
      return new FieldError(this);
    }
  }
}
