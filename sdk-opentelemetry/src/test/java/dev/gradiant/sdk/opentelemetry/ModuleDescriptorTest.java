package dev.gradiant.sdk.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * sdk-opentelemetry is a named JPMS module exporting its public package and not its internals, and
 * reads OpenTelemetry's API (never its SDK).
 */
class ModuleDescriptorTest {
  private final ModuleDescriptor module = descriptor();

  @Test
  void theModuleExportsOnlyThePublicPackage() {
    assertThat(module.name()).isEqualTo("dev.gradiant.sdk.opentelemetry");
    assertThat(module.isAutomatic()).isFalse();
    assertThat(module.packages()).contains("dev.gradiant.sdk.opentelemetry.internal");
    assertThat(module.exports().stream().map(Exports::source))
        .containsExactly("dev.gradiant.sdk.opentelemetry");
    assertThat(module.opens()).isEmpty();
  }

  @Test
  void itReadsTheSdkAndTheOpenTelemetryApiTransitivelyBecauseItsApiNamesThem() {
    assertThat(module.requires())
        .filteredOn(requires -> requires.modifiers().contains(Requires.Modifier.TRANSITIVE))
        .extracting(Requires::name)
        .containsExactlyInAnyOrder("dev.gradiant.sdk", "io.opentelemetry.api");
    assertThat(module.requires())
        .extracting(Requires::name)
        .noneMatch(name -> name.startsWith("io.opentelemetry.sdk"));
  }

  private static ModuleDescriptor descriptor() {
    try {
      Path classes =
          Path.of(
              GradiantTracing.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return ModuleFinder.of(classes).findAll().stream()
          .findFirst()
          .orElseThrow(() -> new AssertionError("No module-info.class in " + classes))
          .descriptor();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
