package dev.gradiant.sdk.spring.boot;

import dev.gradiant.sdk.AsyncGradiantClient;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.spring.boot.internal.GradiantClientFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configures a {@link GradiantClient} and its {@link AsyncGradiantClient} face from the {@code
 * gradiant.*} properties ({@link GradiantProperties}), unless the application defines its own.
 *
 * <p>The client is built from the properties, then every {@link CallObserver} bean is added (the
 * hook for tracing, metrics or an audit trail), then every {@link GradiantClientBuilderCustomizer}
 * bean runs; observers and customizers in {@link org.springframework.core.annotation.Order @Order}
 * order. It is closed with the application context, after the beans that use it.
 *
 * <p>Start-up fails, naming the property, when a property is invalid (plain {@code http} to a host
 * that is not loopback, a timeout that is not positive...), when both {@code gradiant.api-token}
 * and {@code gradiant.api-key} are set, and when neither is set and no customizer set credentials:
 * a client that would fail every call is refused at start, not at the first call. An application
 * that wants no client excludes this class ({@code spring.autoconfigure.exclude}).
 */
@AutoConfiguration
@ConditionalOnClass(GradiantClient.class)
@EnableConfigurationProperties(GradiantProperties.class)
public class GradiantAutoConfiguration {

  /** Created by Spring Boot. */
  public GradiantAutoConfiguration() {}

  /**
   * The client.
   *
   * @param properties the {@code gradiant.*} properties
   * @param observers the observer beans
   * @param customizers the customizer beans
   * @return the client, closed with the context
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public GradiantClient gradiantClient(
      GradiantProperties properties,
      ObjectProvider<CallObserver> observers,
      ObjectProvider<GradiantClientBuilderCustomizer> customizers) {
    return GradiantClientFactory.create(
        properties, observers.orderedStream().toList(), customizers.orderedStream().toList());
  }

  /**
   * The asynchronous face of the client; it is closed with the client.
   *
   * @param client the client
   * @return {@code client.async()}
   */
  @Bean(destroyMethod = "")
  @ConditionalOnMissingBean
  public AsyncGradiantClient asyncGradiantClient(GradiantClient client) {
    return client.async();
  }
}
