package dev.gradiant.sdk.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** sdk-micrometer is a named JPMS module exporting its public package and not its internals. */
class ModuleDescriptorTest {
  private final ModuleDescriptor module = descriptor();

  @Test
  void theModuleExportsOnlyThePublicPackage() {
    assertThat(module.name()).isEqualTo("dev.gradiant.sdk.micrometer");
    assertThat(module.isAutomatic()).isFalse();
    assertThat(module.packages()).contains("dev.gradiant.sdk.micrometer.internal");
    assertThat(module.exports().stream().map(Exports::source))
        .containsExactly("dev.gradiant.sdk.micrometer");
    assertThat(module.opens()).isEmpty();
  }

  @Test
  void itReadsTheSdkAndMicrometerTransitivelyBecauseItsApiNamesThem() {
    assertThat(module.requires())
        .filteredOn(requires -> requires.modifiers().contains(Requires.Modifier.TRANSITIVE))
        .extracting(Requires::name)
        .containsExactlyInAnyOrder("dev.gradiant.sdk", "micrometer.core");
  }

  private static ModuleDescriptor descriptor() {
    try {
      Path classes =
          Path.of(
              GradiantMetrics.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return ModuleFinder.of(classes).findAll().stream()
          .findFirst()
          .orElseThrow(() -> new AssertionError("No module-info.class in " + classes))
          .descriptor();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
