package dev.gradiant.sdk.spring.boot.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an {@link InvalidGradiantPropertyException} into Spring Boot's start-up failure report: the
 * property and the reason, never its value. Registered in {@code META-INF/spring.factories}.
 */
public final class InvalidGradiantPropertyFailureAnalyzer
    extends AbstractFailureAnalyzer<InvalidGradiantPropertyException> {

  /** Created by Spring Boot. */
  public InvalidGradiantPropertyFailureAnalyzer() {}

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidGradiantPropertyException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Review the configuration property '"
            + cause.property()
            + "' (its value is not shown: it may be a secret).",
        cause);
  }
}
