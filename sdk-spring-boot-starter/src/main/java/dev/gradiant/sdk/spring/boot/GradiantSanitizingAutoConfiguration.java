package dev.gradiant.sdk.spring.boot;

import dev.gradiant.sdk.spring.boot.internal.SecretPropertiesSanitizer;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Masks {@code gradiant.api-token}, {@code gradiant.api-key} and {@code gradiant.webhooks.secrets}
 * in the actuator's {@code /env} and {@code /configprops} endpoints whenever the actuator is on the
 * class path. Spring Boot masks every value by default, but shows them all once an application sets
 * {@code management.endpoint.env.show-values} (or {@code configprops}) to {@code always} or {@code
 * when-authorized}; this keeps the SDK's secrets masked then too.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public class GradiantSanitizingAutoConfiguration {

  /** Created by Spring Boot. */
  public GradiantSanitizingAutoConfiguration() {}

  /**
   * The function that masks the SDK's secrets.
   *
   * @return the function
   */
  @Bean
  public SanitizingFunction gradiantSecretsSanitizingFunction() {
    return new SecretPropertiesSanitizer();
  }
}
