package dev.gradiant.sdk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Opens;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * sdk-core is a named JPMS module that keeps the name consumers already require, exports its public
 * packages and no internal one, and opens only what Jackson reads by reflection.
 */
class ModuleDescriptorTest {
  private static final Set<String> RESOURCES =
      Set.of(
          "dev.gradiant.sdk.analytics",
          "dev.gradiant.sdk.auth",
          "dev.gradiant.sdk.bookings",
          "dev.gradiant.sdk.health",
          "dev.gradiant.sdk.practitioners",
          "dev.gradiant.sdk.sessions",
          "dev.gradiant.sdk.users",
          "dev.gradiant.sdk.webhookendpoints",
          "dev.gradiant.sdk.healthrecords",
          "dev.gradiant.sdk.apikeys",
          "dev.gradiant.sdk.payments",
          "dev.gradiant.sdk.grants",
          "dev.gradiant.sdk.wearables",
          "dev.gradiant.sdk.conversations");

  private final ModuleDescriptor module = descriptor();

  @Test
  void theModuleKeepsTheNameOfTheFormerAutomaticModule() {
    assertThat(module.name()).isEqualTo("dev.gradiant.sdk");
    assertThat(module.isAutomatic()).isFalse();
    assertThat(module.isOpen()).isFalse();
  }

  @Test
  void everyPublicPackageIsExportedToAllAndNoInternalOne() {
    Set<String> publicPackages =
        module.packages().stream()
            .filter(name -> !name.contains(".internal"))
            .collect(Collectors.toSet());

    assertThat(module.exports()).allMatch(exports -> !exports.isQualified());
    assertThat(module.exports().stream().map(Exports::source))
        .containsExactlyInAnyOrderElementsOf(publicPackages)
        .contains("dev.gradiant.sdk", "dev.gradiant.sdk.core", "dev.gradiant.sdk.errors")
        .noneMatch(name -> name.contains(".internal"));
  }

  @Test
  void onlyOkHttpIsReadTransitivelyForTheHttpClientExtensionPoint() {
    Set<String> transitive =
        module.requires().stream()
            .filter(requires -> requires.modifiers().contains(Requires.Modifier.TRANSITIVE))
            .map(Requires::name)
            .collect(Collectors.toSet());

    assertThat(transitive).containsExactly("okhttp3");
    assertThat(module.requires().stream().map(Requires::name))
        .contains(
            "com.fasterxml.jackson.databind",
            "com.fasterxml.jackson.datatype.jsr310",
            "io.github.resilience4j.retry",
            "org.slf4j")
        .doesNotContain("kotlin.stdlib");
  }

  @Test
  void theModelPackagesAreOpenedToJacksonDatabindAlone() {
    assertThat(module.opens())
        .allMatch(opens -> opens.targets().equals(Set.of("com.fasterxml.jackson.databind")));
    assertThat(module.opens().stream().map(Opens::source))
        .containsAll(RESOURCES)
        .contains("dev.gradiant.sdk.core", "dev.gradiant.sdk.internal.json")
        .doesNotContain(
            "dev.gradiant.sdk", "dev.gradiant.sdk.errors", "dev.gradiant.sdk.credentials");
  }

  /** Reads module-info.class from the compiled main classes (tests run on the class path). */
  private static ModuleDescriptor descriptor() {
    try {
      Path classes =
          Path.of(GradiantClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return ModuleFinder.of(classes).findAll().stream()
          .findFirst()
          .orElseThrow(() -> new AssertionError("No module-info.class in " + classes))
          .descriptor();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
