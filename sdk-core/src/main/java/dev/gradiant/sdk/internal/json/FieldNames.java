package dev.gradiant.sdk.internal.json;

/**
 * The contract's rule for field names written in snake_case by other documents: {@code first_name}
 * is {@code firstName}, {@code practitioner_id} is {@code practitionerId}.
 */
final class FieldNames {
  private FieldNames() {}

  /** {@return whether {@code name} is written in snake_case, i.e. has an underscore} */
  static boolean isSnakeCase(String name) {
    return name.indexOf('_') >= 0;
  }

  /**
   * {@return {@code name} in camelCase: each underscore dropped and the letter after it
   * upper-cased, except at the start} A name without underscores, or with nothing but underscores,
   * comes back unchanged.
   */
  static String camelCase(String name) {
    StringBuilder camel = new StringBuilder(name.length());
    boolean upper = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_') {
        upper = camel.length() > 0;
      } else {
        camel.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return camel.length() == 0 ? name : camel.toString();
  }

  /** {@return {@code name} in snake_case: {@code practitionerId} is {@code practitioner_id}} */
  static String snakeCase(String name) {
    StringBuilder snake = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        snake.append('_').append(Character.toLowerCase(c));
      } else {
        snake.append(c);
      }
    }
    return snake.toString();
  }
}
