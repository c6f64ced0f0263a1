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

  private FieldError(Builder builder) {
    this.field = builder.field;
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

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldError other
        && Objects.equals(field, other.field)
        && Objects.equals(message, other.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, message);
  }

  @Override
  public String toString() {
    return "FieldError[field=" + field + ", message=" + message + "]";
  }

  /** Collects the fields of a {@link FieldError}; each method rejects {@code null}. */
  public static final class Builder {
    private String field;
    private String message;

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
     * @return the FieldError
     * @throws IllegalStateException if {@code message} is unset
     */
    public FieldError build() {
      return new FieldError(this);
    }
  }
}
