package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * sdk-testing is a named JPMS module exporting its public package, not its internals, and needing
 * JUnit only where the extension is used.
 */
class ModuleDescriptorTest {
  private final ModuleDescriptor module = descriptor();

  @Test
  void theModuleKeepsItsNameAndExportsOnlyThePublicPackage() {
    assertThat(module.name()).isEqualTo("dev.gradiant.sdk.testing");
    assertThat(module.isAutomatic()).isFalse();
    assertThat(module.packages()).contains("dev.gradiant.sdk.testing.internal");
    assertThat(module.exports().stream().map(Exports::source))
        .containsExactly("dev.gradiant.sdk.testing");
  }

  @Test
  void junitIsOptionalAndTheClientIsNotRequired() {
    assertThat(module.requires())
        .filteredOn(requires -> requires.name().equals("org.junit.jupiter.api"))
        .singleElement()
        .satisfies(
            junit -> assertThat(junit.modifiers()).containsExactly(Requires.Modifier.STATIC));
    assertThat(module.requires().stream().map(Requires::name))
        .contains("dev.gradiant.sdk.webhooks", "jdk.httpserver")
        .doesNotContain("dev.gradiant.sdk");
  }

  @Test
  void theLiveFeedsServerIsARunTimeRequirement() {
    assertThat(module.requires())
        .filteredOn(requires -> Set.of("mockwebserver3", "okhttp3").contains(requires.name()))
        .hasSize(2)
        .allSatisfy(requires -> assertThat(requires.modifiers()).isEmpty());
  }

  private static ModuleDescriptor descriptor() {
    try {
      Path classes =
          Path.of(
              GradiantSandbox.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return ModuleFinder.of(classes).findAll().stream()
          .findFirst()
          .orElseThrow(() -> new AssertionError("No module-info.class in " + classes))
          .descriptor();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
