package dev.gradiant.sdk.spring.boot.internal;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.GradiantClientBuilder;
import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.spring.boot.GradiantClientBuilderCustomizer;
import dev.gradiant.sdk.spring.boot.GradiantProperties;
import java.util.List;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.context.properties.source.MutuallyExclusiveConfigurationPropertiesException;
import org.springframework.util.unit.DataSize;

/**
 * Builds the auto-configured client: the {@code gradiant.*} properties, then the observers, then
 * the customizers, each in order. A property the SDK refuses fails with an exception that names it:
 * the value is shown for the non-secret ones (URLs, durations, numbers), never for the credentials.
 */
public final class GradiantClientFactory {
  static final String BASE_URL = "gradiant.base-url";
  static final String AUTH_BASE_URL = "gradiant.auth-base-url";
  static final String API_TOKEN = "gradiant.api-token";
  static final String API_KEY = "gradiant.api-key";

  private GradiantClientFactory() {}

  /**
   * Builds the client.
   *
   * @param properties the {@code gradiant.*} properties
   * @param observers the observer beans, in order
   * @param customizers the customizer beans, in order
   * @return the client
   * @throws InvalidConfigurationPropertyValueException if a non-secret property is invalid
   * @throws MutuallyExclusiveConfigurationPropertiesException if both an API token and a key are
   *     set
   * @throws InvalidGradiantPropertyException if a credential is invalid or none is set
   */
  public static GradiantClient create(
      GradiantProperties properties,
      List<CallObserver> observers,
      List<GradiantClientBuilderCustomizer> customizers) {
    GradiantClientBuilder builder = GradiantClient.builder();
    applyCredentials(properties, builder);
    apply(
        BASE_URL, properties.getBaseUrl(), () -> builder.baseUrl(nonNull(properties.getBaseUrl())));
    if (properties.getAuthBaseUrl() != null) {
      apply(
          AUTH_BASE_URL,
          properties.getAuthBaseUrl(),
          () -> builder.authBaseUrl(properties.getAuthBaseUrl()));
    }
    apply(
        "gradiant.connect-timeout",
        properties.getConnectTimeout(),
        () -> builder.connectTimeout(properties.getConnectTimeout()));
    apply(
        "gradiant.read-timeout",
        properties.getReadTimeout(),
        () -> builder.readTimeout(properties.getReadTimeout()));
    apply(
        "gradiant.write-timeout",
        properties.getWriteTimeout(),
        () -> builder.writeTimeout(properties.getWriteTimeout()));
    apply(
        "gradiant.call-timeout",
        properties.getCallTimeout(),
        () -> builder.callTimeout(properties.getCallTimeout()));
    apply(
        "gradiant.timeout",
        properties.getTimeout(),
        () -> builder.timeout(properties.getTimeout()));
    apply(
        "gradiant.max-retries",
        properties.getMaxRetries(),
        () -> builder.maxRetries(properties.getMaxRetries()));
    apply(
        "gradiant.retry-base-delay",
        properties.getRetryBaseDelay(),
        () -> builder.retryBackoff(properties.getRetryBaseDelay(), properties.getRetryBaseDelay()));
    apply(
        "gradiant.retry-max-delay",
        properties.getRetryMaxDelay(),
        () -> builder.retryBackoff(properties.getRetryBaseDelay(), properties.getRetryMaxDelay()));
    apply(
        "gradiant.max-retry-wait",
        properties.getMaxRetryWait(),
        () -> builder.maxRetryWait(properties.getMaxRetryWait()));
    Integer perMinute = properties.getRateLimitPerMinute();
    if (perMinute != null) {
      apply("gradiant.rate-limit-per-minute", perMinute, () -> builder.rateLimit(perMinute));
    }
    DataSize bodySize = properties.getMaxResponseBodySize();
    apply(
        "gradiant.max-response-body-size",
        bodySize,
        () -> builder.maxResponseBodySize(nonNull(bodySize).toBytes()));
    observers.forEach(builder::addObserver);
    customizers.forEach(customizer -> customizer.customize(builder));
    return build(builder, properties);
  }

  private static void applyCredentials(
      GradiantProperties properties, GradiantClientBuilder builder) {
    String token = blankToNull(properties.getApiToken());
    String key = blankToNull(properties.getApiKey());
    MutuallyExclusiveConfigurationPropertiesException.throwIfMultipleNonNullValuesIn(
        entries -> {
          entries.put(API_TOKEN, token);
          entries.put(API_KEY, key);
        });
    try {
      if (token != null) {
        builder.apiToken(token);
      } else if (key != null) {
        builder.apiKey(key);
      }
    } catch (IllegalArgumentException e) {
      // The SDK's messages never contain the credential; the property is named, not shown.
      throw new InvalidGradiantPropertyException(
          token != null ? API_TOKEN : API_KEY, e.getMessage());
    }
  }

  private static GradiantClient build(
      GradiantClientBuilder builder, GradiantProperties properties) {
    try {
      return builder.build();
    } catch (IllegalStateException e) {
      throw new InvalidGradiantPropertyException(
          API_TOKEN,
          "no credentials. Set "
              + API_TOKEN
              + " or "
              + API_KEY
              + " (GRADIANT_API_TOKEN or GRADIANT_API_KEY in the environment), or set them in a"
              + " GradiantClientBuilderCustomizer");
    } catch (IllegalArgumentException e) {
      // build() checks the two URLs only; the SDK's message names the builder method.
      String message = String.valueOf(e.getMessage());
      boolean auth = message.startsWith("authBaseUrl");
      throw new InvalidConfigurationPropertyValueException(
          auth ? AUTH_BASE_URL : BASE_URL,
          auth ? properties.getAuthBaseUrl() : properties.getBaseUrl(),
          message);
    }
  }

  private static void apply(String property, Object value, Runnable setter) {
    try {
      setter.run();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new InvalidConfigurationPropertyValueException(property, value, e.getMessage());
    }
  }

  private static <T> T nonNull(T value) {
    if (value == null) {
      throw new IllegalArgumentException("must be set");
    }
    return value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
