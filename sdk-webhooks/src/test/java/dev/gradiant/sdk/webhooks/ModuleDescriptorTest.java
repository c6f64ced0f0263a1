package dev.gradiant.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** sdk-webhooks is a named JPMS module exporting its public package and not its internals. */
class ModuleDescriptorTest {
  private final ModuleDescriptor module = descriptor();

  @Test
  void theModuleKeepsItsNameAndExportsOnlyThePublicPackage() {
    assertThat(module.name()).isEqualTo("dev.gradiant.sdk.webhooks");
    assertThat(module.isAutomatic()).isFalse();
    assertThat(module.packages()).contains("dev.gradiant.sdk.webhooks.internal");
    assertThat(module.exports().stream().map(Exports::source))
        .containsExactly("dev.gradiant.sdk.webhooks");
    assertThat(module.opens()).isEmpty();
  }

  @Test
  void noModuleIsReadTransitivelyBecauseNoJacksonTypeIsInTheApi() {
    assertThat(module.requires())
        .filteredOn(requires -> requires.modifiers().contains(Requires.Modifier.TRANSITIVE))
        .isEmpty();
    assertThat(module.requires())
        .extracting(Requires::name)
        .contains("com.fasterxml.jackson.databind", "com.fasterxml.jackson.core");
  }

  private static ModuleDescriptor descriptor() {
    try {
      Path classes =
          Path.of(
              WebhookVerifier.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return ModuleFinder.of(classes).findAll().stream()
          .findFirst()
          .orElseThrow(() -> new AssertionError("No module-info.class in " + classes))
          .descriptor();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
