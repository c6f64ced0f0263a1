package dev.gradiant.sdk.spring.boot.internal;

import dev.gradiant.sdk.spring.boot.GradiantWebhooksProperties;
import dev.gradiant.sdk.webhooks.SeenEventStore;
import dev.gradiant.sdk.webhooks.SignatureScheme;
import dev.gradiant.sdk.webhooks.WebhookVerifier;
import java.util.List;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Builds the auto-configured verifier from {@code gradiant.webhooks.*}. A refused secret is named
 * by its index, never shown.
 */
public final class WebhookVerifierFactory {
  private WebhookVerifierFactory() {}

  /**
   * Builds the verifier.
   *
   * @param properties the {@code gradiant.webhooks.*} properties
   * @param store the application's shared store of accepted deliveries, or null for the verifier's
   *     own in-memory one
   * @return the verifier
   * @throws InvalidGradiantPropertyException if a secret is invalid
   * @throws InvalidConfigurationPropertyValueException if another property is
   */
  public static WebhookVerifier create(
      GradiantWebhooksProperties properties, SeenEventStore store) {
    WebhookVerifier.Builder builder = WebhookVerifier.builder();
    try {
      builder.secrets(properties.getSecrets());
    } catch (IllegalArgumentException | NullPointerException e) {
      // The verifier's message names the secret's index, never the secret.
      throw new InvalidGradiantPropertyException(WebhookSecretsCondition.PROPERTY, e.getMessage());
    }
    try {
      builder.tolerance(properties.getTolerance());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidConfigurationPropertyValueException(
          "gradiant.webhooks.tolerance", properties.getTolerance(), e.getMessage());
    }
    if (properties.getReplayWindow() != null) {
      try {
        builder.replayWindow(properties.getReplayWindow());
      } catch (IllegalArgumentException e) {
        throw invalidReplayWindow(properties, e);
      }
    }
    List<SignatureScheme> schemes = properties.getSchemes();
    if (!schemes.isEmpty()) {
      builder.schemes(
          schemes.get(0), schemes.subList(1, schemes.size()).toArray(SignatureScheme[]::new));
    }
    if (store != null) {
      builder.seenEventStore(store);
    }
    try {
      return builder.build();
    } catch (IllegalStateException e) {
      if (String.valueOf(e.getMessage()).startsWith("replayWindow")) {
        throw invalidReplayWindow(properties, e);
      }
      throw new InvalidGradiantPropertyException(WebhookSecretsCondition.PROPERTY, e.getMessage());
    }
  }

  private static InvalidConfigurationPropertyValueException invalidReplayWindow(
      GradiantWebhooksProperties properties, RuntimeException e) {
    return new InvalidConfigurationPropertyValueException(
        "gradiant.webhooks.replay-window", properties.getReplayWindow(), e.getMessage());
  }
}
