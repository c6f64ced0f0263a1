package dev.gradiant.sdk.spring.boot.internal;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code gradiant.webhooks.secrets} holds at least one secret, in any form Spring
 * binds a list from: {@code secrets=a,b}, {@code secrets[0]=a}, a YAML list, {@code
 * GRADIANT_WEBHOOKS_SECRETS}. A property condition would miss the indexed forms.
 */
public final class WebhookSecretsCondition extends SpringBootCondition {
  static final String PROPERTY = "gradiant.webhooks.secrets";

  /** Created by Spring. */
  public WebhookSecretsCondition() {}

  @Override
  public ConditionOutcome getMatchOutcome(
      ConditionContext context, AnnotatedTypeMetadata metadata) {
    List<String> secrets =
        Binder.get(context.getEnvironment())
            .bind(PROPERTY, Bindable.listOf(String.class))
            .orElse(List.of());
    return secrets.isEmpty()
        ? ConditionOutcome.noMatch(PROPERTY + " is not set")
        : ConditionOutcome.match(PROPERTY + " is set");
  }
}
