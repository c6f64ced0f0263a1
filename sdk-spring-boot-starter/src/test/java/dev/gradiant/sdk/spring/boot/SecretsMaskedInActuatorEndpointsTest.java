package dev.gradiant.sdk.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

/**
 * Spring Boot shows every value of {@code /env} and {@code /configprops} once an application sets
 * {@code show-values=always}; the SDK's secrets stay masked.
 */
class SecretsMaskedInActuatorEndpointsTest {
  private static final String TOKEN = "tok_secret_value_0123456789";
  private static final String WEBHOOK_SECRET = "whsec_c2VjcmV0LXZhbHVlLTAxMjM0NQ==";
  private static final String OTHER_WEBHOOK_SECRET = "plain_webhook_secret_0123456789";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  GradiantAutoConfiguration.class,
                  GradiantWebhooksAutoConfiguration.class,
                  GradiantSanitizingAutoConfiguration.class))
          .withPropertyValues(
              "gradiant.api-token=" + TOKEN,
              "gradiant.webhooks.secrets[0]=" + WEBHOOK_SECRET,
              "gradiant.webhooks.secrets[1]=" + OTHER_WEBHOOK_SECRET,
              "gradiant.read-timeout=12s");

  private static List<SanitizingFunction> functions(ApplicationContext context) {
    return context.getBeanProvider(SanitizingFunction.class).orderedStream().toList();
  }

  @Test
  void configpropsShowsTheOtherValuesButMasksTheSecrets() {
    runner.run(
        context -> {
          ConfigurationPropertiesReportEndpoint endpoint =
              new ConfigurationPropertiesReportEndpoint(functions(context), Show.ALWAYS);
          endpoint.setApplicationContext(context);

          String report =
              endpoint.configurationPropertiesWithPrefix("gradiant").getContexts().values().stream()
                  .flatMap(c -> c.getBeans().values().stream())
                  .map(bean -> bean.getProperties() + " " + bean.getInputs())
                  .toList()
                  .toString();

          assertThat(report).contains("12s", "******");
          assertThat(report).doesNotContain(TOKEN, WEBHOOK_SECRET, OTHER_WEBHOOK_SECRET);
        });
  }

  @Test
  void envMasksTheSecretsInEveryForm() {
    runner
        .withSystemProperties("GRADIANT_API_KEY=key_secret_value_0123456789")
        .run(
            context -> {
              EnvironmentEndpoint endpoint =
                  new EnvironmentEndpoint(
                      context.getEnvironment(), functions(context), Show.ALWAYS);

              List<String> values = new ArrayList<>();
              endpoint
                  .environment("(?i)gradiant.*")
                  .getPropertySources()
                  .forEach(
                      source -> {
                        for (Map.Entry<String, EnvironmentEndpoint.PropertyValueDescriptor> entry :
                            source.getProperties().entrySet()) {
                          values.add(entry.getKey() + "=" + entry.getValue().getValue());
                        }
                      });

              assertThat(values)
                  .contains(
                      "gradiant.api-token=******",
                      "gradiant.webhooks.secrets[0]=******",
                      "gradiant.webhooks.secrets[1]=******",
                      "GRADIANT_API_KEY=******",
                      "gradiant.read-timeout=12s");
            });
  }
}
