package dev.gradiant.sdk.spring.boot;

import dev.gradiant.sdk.GradiantClientBuilder;

/**
 * Adjusts the builder of the auto-configured {@link dev.gradiant.sdk.GradiantClient}: declare beans
 * of this type to set what properties cannot (your own {@link okhttp3.OkHttpClient}, an {@code
 * asyncExecutor}, custom {@code credentials}). Customizers run in {@link
 * org.springframework.core.annotation.Order @Order} (or {@link org.springframework.core.Ordered})
 * order, after the {@code gradiant.*} properties and the {@link
 * dev.gradiant.sdk.observability.CallObserver} beans were applied, so what they set wins.
 */
@FunctionalInterface
public interface GradiantClientBuilderCustomizer {

  /**
   * Customizes the builder.
   *
   * @param builder the builder, with the properties applied
   */
  void customize(GradiantClientBuilder builder);
}
