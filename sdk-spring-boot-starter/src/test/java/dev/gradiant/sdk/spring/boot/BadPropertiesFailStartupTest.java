package dev.gradiant.sdk.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.spring.boot.internal.InvalidGradiantPropertyException;
import dev.gradiant.sdk.spring.boot.internal.InvalidGradiantPropertyFailureAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.context.properties.source.MutuallyExclusiveConfigurationPropertiesException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** Bad {@code gradiant.*} properties stop the start-up with an error that names the property. */
class BadPropertiesFailStartupTest {
  private static final String TOKEN = "tok_do_not_print_0123456789";
  private static final String KEY = "key_do_not_print_0123456789";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  GradiantAutoConfiguration.class, GradiantWebhooksAutoConfiguration.class));

  private static Throwable rootCause(AssertableApplicationContext context) {
    Throwable failure = context.getStartupFailure();
    assertThat(failure).as("start-up failure").isNotNull();
    while (failure.getCause() != null) {
      failure = failure.getCause();
    }
    return failure;
  }

  private static InvalidConfigurationPropertyValueException invalidValue(
      AssertableApplicationContext context) {
    Throwable root = rootCause(context);
    assertThat(root).isInstanceOf(InvalidConfigurationPropertyValueException.class);
    return (InvalidConfigurationPropertyValueException) root;
  }

  @Test
  void plainHttpToAHostThatIsNotLoopbackIsRefusedNamingTheBaseUrl() {
    runner
        .withPropertyValues("gradiant.api-token=" + TOKEN, "gradiant.base-url=http://example.com")
        .run(
            context -> {
              InvalidConfigurationPropertyValueException e = invalidValue(context);
              assertThat(e.getName()).isEqualTo("gradiant.base-url");
              assertThat(e.getMessage())
                  .contains("gradiant.base-url", "http://example.com", "plain http")
                  .doesNotContain(TOKEN);
            });
  }

  @Test
  void plainHttpForTheAuthHostIsRefusedNamingTheAuthBaseUrl() {
    runner
        .withPropertyValues(
            "gradiant.api-token=" + TOKEN, "gradiant.auth-base-url=http://auth.example.com")
        .run(
            context -> {
              InvalidConfigurationPropertyValueException e = invalidValue(context);
              assertThat(e.getName()).isEqualTo("gradiant.auth-base-url");
              assertThat(e.getMessage()).contains("plain http");
            });
  }

  @Test
  void aTokenAndAKeyTogetherAreRefusedWithoutShowingEither() {
    runner
        .withPropertyValues("gradiant.api-token=" + TOKEN, "gradiant.api-key=" + KEY)
        .run(
            context -> {
              Throwable root = rootCause(context);
              assertThat(root)
                  .isInstanceOf(MutuallyExclusiveConfigurationPropertiesException.class);
              assertThat(
                      ((MutuallyExclusiveConfigurationPropertiesException) root)
                          .getConfiguredNames())
                  .containsExactlyInAnyOrder("gradiant.api-token", "gradiant.api-key");
              assertThat(context.getStartupFailure())
                  .hasStackTraceContaining("gradiant.api-token")
                  .satisfies(f -> assertThat(stackTrace(f)).doesNotContain(TOKEN, KEY));
            });
  }

  @Test
  void noCredentialsAtAllIsRefusedNamingBothProperties() {
    runner.run(
        context -> {
          Throwable root = rootCause(context);
          assertThat(root).isInstanceOf(InvalidGradiantPropertyException.class);
          assertThat(root.getMessage())
              .contains(
                  "gradiant.api-token", "gradiant.api-key", "GradiantClientBuilderCustomizer");
        });
  }

  @Test
  void aCustomizerThatSetsCredentialsStandsInForTheProperties() {
    runner
        .withBean(GradiantClientBuilderCustomizer.class, () -> builder -> builder.apiKey(KEY))
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(GradiantClient.class));
  }

  @ParameterizedTest
  @CsvSource({
    "gradiant.connect-timeout, -1s",
    "gradiant.read-timeout, 0s",
    "gradiant.write-timeout, -5ms",
    "gradiant.call-timeout, 0ms",
    "gradiant.timeout, -1m",
    "gradiant.max-retry-wait, 0s",
    "gradiant.max-retries, -1",
    "gradiant.retry-base-delay, -1s",
    "gradiant.retry-max-delay, 100ms",
    "gradiant.rate-limit-per-minute, 0",
    "gradiant.max-response-body-size, 0B",
    "gradiant.max-response-body-size, 4GB",
    "gradiant.base-url, ''",
  })
  void anInvalidValueIsRefusedNamingTheProperty(String property, String value) {
    runner
        .withPropertyValues("gradiant.api-token=" + TOKEN, property + "=" + value)
        .run(
            context -> {
              InvalidConfigurationPropertyValueException e = invalidValue(context);
              assertThat(e.getName()).isEqualTo(property);
              assertThat(e.getMessage()).contains(property).doesNotContain(TOKEN);
            });
  }

  @Test
  void anInvalidWebhookSecretIsRefusedNamingThePropertyNotTheSecret() {
    String secret = "whsec_not*base64*do_not_print";
    runner
        .withPropertyValues("gradiant.api-token=" + TOKEN, "gradiant.webhooks.secrets=" + secret)
        .run(
            context -> {
              Throwable root = rootCause(context);
              assertThat(root).isInstanceOf(InvalidGradiantPropertyException.class);
              assertThat(((InvalidGradiantPropertyException) root).property())
                  .isEqualTo("gradiant.webhooks.secrets");
              assertThat(stackTrace(context.getStartupFailure()))
                  .contains("gradiant.webhooks.secrets")
                  .doesNotContain("do_not_print");
            });
  }

  @Test
  void aReplayWindowShorterThanTwiceTheToleranceIsRefusedNamingIt() {
    runner
        .withPropertyValues(
            "gradiant.api-token=" + TOKEN,
            "gradiant.webhooks.secrets=whsec_c2VjcmV0",
            "gradiant.webhooks.tolerance=10m",
            "gradiant.webhooks.replay-window=15m")
        .run(
            context ->
                assertThat(invalidValue(context).getName())
                    .isEqualTo("gradiant.webhooks.replay-window"));
  }

  @Test
  void theFailureReportNamesThePropertyAndNotItsValue() {
    List<FailureAnalyzer> analyzers =
        SpringFactoriesLoader.forDefaultResourceLocation()
            .load(FailureAnalyzer.class, (type, name, failure) -> {});
    assertThat(analyzers).hasAtLeastOneElementOfType(InvalidGradiantPropertyFailureAnalyzer.class);

    FailureAnalysis analysis =
        new InvalidGradiantPropertyFailureAnalyzer()
            .analyze(
                new BeanCreationException(
                    "gradiantWebhookVerifier",
                    "failed",
                    new InvalidGradiantPropertyException(
                        "gradiant.webhooks.secrets", "secrets[1] is not base64")));

    assertThat(analysis.getDescription())
        .isEqualTo(
            "Invalid configuration property 'gradiant.webhooks.secrets': secrets[1] is not"
                + " base64");
    assertThat(analysis.getAction()).contains("gradiant.webhooks.secrets", "not shown");
  }

  private static String stackTrace(Throwable failure) {
    java.io.StringWriter out = new java.io.StringWriter();
    failure.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }
}
