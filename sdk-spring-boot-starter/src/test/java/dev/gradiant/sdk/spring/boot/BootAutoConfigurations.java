package dev.gradiant.sdk.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Objects;
import org.springframework.boot.autoconfigure.AutoConfigurations;

/**
 * Spring Boot's own auto-configurations that the starter's come after, whose names differ between
 * Boot 3.5 and 4.0: the tests run on both lines, and take those of the line on the class path.
 */
final class BootAutoConfigurations {
  private BootAutoConfigurations() {}

  /** {@return the auto-configuration that defines the OpenTelemetry bean} */
  static AutoConfigurations openTelemetry() {
    return present(
        "org.springframework.boot.actuate.autoconfigure.opentelemetry.OpenTelemetryAutoConfiguration",
        "org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration");
  }

  /** {@return the auto-configurations that define the MeterRegistry bean} */
  static AutoConfigurations metrics() {
    return present(
        "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration");
  }

  private static AutoConfigurations present(String... names) {
    Class<?>[] classes =
        Arrays.stream(names)
            .map(BootAutoConfigurations::load)
            .filter(Objects::nonNull)
            .toArray(Class<?>[]::new);
    assertThat(classes)
        .as("Spring Boot's auto-configurations among %s", Arrays.asList(names))
        .isNotEmpty();
    return AutoConfigurations.of(classes);
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, BootAutoConfigurations.class.getClassLoader());
    } catch (ClassNotFoundException absent) {
      return null;
    }
  }
}
