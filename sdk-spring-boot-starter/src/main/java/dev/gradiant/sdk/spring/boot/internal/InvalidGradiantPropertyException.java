package dev.gradiant.sdk.spring.boot.internal;

import java.util.Objects;

/**
 * A {@code gradiant.*} property that stops the application from starting, for properties whose
 * value must not be shown (credentials, webhook secrets): unlike Spring Boot's {@code
 * InvalidConfigurationPropertyValueException}, whose failure report prints the value, it carries
 * the property's name and the reason only.
 */
public final class InvalidGradiantPropertyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The property's name. */
  private final String property;

  /**
   * @param property the property's name, e.g. {@code gradiant.webhooks.secrets}
   * @param reason why it is refused; never containing a secret
   */
  public InvalidGradiantPropertyException(String property, String reason) {
    super("Invalid configuration property '" + property + "': " + reason);
    this.property = Objects.requireNonNull(property, "property");
  }

  /** {@return the property's name} */
  public String property() {
    return property;
  }
}
