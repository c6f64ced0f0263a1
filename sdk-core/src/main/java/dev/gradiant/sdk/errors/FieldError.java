package dev.gradiant.sdk.errors;

import java.io.Serializable;

/**
 * One invalid field reported by the server. Serializable, so an {@link ApiException} keeps its
 * field errors when it is serialized.
 *
 * @param field the field's name or dotted path ({@code email}, {@code address.city}); may be {@code
 *     null} when the server did not say which field
 * @param message what is wrong with it
 */
public record FieldError(String field, String message) implements Serializable {
  private static final long serialVersionUID = 1L;
}
