package dev.gradiant.sdk.spring.boot;

import dev.gradiant.sdk.spring.boot.internal.WebhookSecretsCondition;
import dev.gradiant.sdk.spring.boot.internal.WebhookVerifierFactory;
import dev.gradiant.sdk.webhooks.SeenEventStore;
import dev.gradiant.sdk.webhooks.WebhookVerifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Auto-configures a {@link WebhookVerifier} from {@code gradiant.webhooks.*} ({@link
 * GradiantWebhooksProperties}) when {@code gradiant-sdk-webhooks} is on the class path and at least
 * one secret is set, unless the application defines its own. A {@link SeenEventStore} bean, if
 * there is one, is where accepted deliveries are remembered (share one between the instances of the
 * application); otherwise the verifier keeps its own in memory. Does not need the client.
 */
@AutoConfiguration
@ConditionalOnClass(WebhookVerifier.class)
@Conditional(WebhookSecretsCondition.class)
@EnableConfigurationProperties(GradiantWebhooksProperties.class)
public class GradiantWebhooksAutoConfiguration {

  /** Created by Spring Boot. */
  public GradiantWebhooksAutoConfiguration() {}

  /**
   * The verifier.
   *
   * @param properties the {@code gradiant.webhooks.*} properties
   * @param store the application's store of accepted deliveries, if it has one
   * @return the verifier
   */
  @Bean
  @ConditionalOnMissingBean
  public WebhookVerifier gradiantWebhookVerifier(
      GradiantWebhooksProperties properties, ObjectProvider<SeenEventStore> store) {
    return WebhookVerifierFactory.create(properties, store.getIfUnique());
  }
}
