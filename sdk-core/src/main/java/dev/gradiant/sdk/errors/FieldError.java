package dev.gradiant.sdk.errors;

/**
 * One invalid field reported by the server.
 *
 * @param field the field's name or dotted path ({@code email}, {@code address.city}); may be {@code
 *     null} when the server did not say which field
 * @param message what is wrong with it
 */
public record FieldError(String field, String message) {}
