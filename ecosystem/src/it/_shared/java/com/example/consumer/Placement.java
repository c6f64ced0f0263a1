package com.example.consumer;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.testing.GradiantSandbox;
import dev.gradiant.sdk.webhooks.WebhookVerifier;
import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where the build put the app and the SDK, checked at run time: on the class path everything is in
 * the unnamed module; on the module path the app and each SDK artifact are named modules, and an
 * SDK module with a real {@code module-info} exports no {@code internal} package.
 */
enum Placement {
  CLASS_PATH {
    @Override
    void check() {
      for (Class<?> type :
          List.of(ConsumerApp.class, GradiantClient.class, WebhookVerifier.class)) {
        Expect.that(
            !type.getModule().isNamed(),
            type.getName() + " should be on the class path but is in module " + type.getModule());
      }
    }
  },
  MODULE_PATH {
    @Override
    void check() {
      Expect.that(ConsumerApp.class.getModule().isNamed(), "the app did not run as a module");
      sdkModule(GradiantClient.class, "dev.gradiant.sdk");
      sdkModule(WebhookVerifier.class, "dev.gradiant.sdk.webhooks");
      sdkModule(GradiantSandbox.class, "dev.gradiant.sdk.testing");
    }

    private void sdkModule(Class<?> type, String name) {
      Module module = type.getModule();
      Expect.equal(name, module.getName(), "module of " + type.getName());
      ModuleDescriptor descriptor = module.getDescriptor();
      String exported =
          descriptor.exports().stream()
              .map(ModuleDescriptor.Exports::source)
              .sorted()
              .collect(Collectors.joining(", "));
      String kind = descriptor.isAutomatic() ? "automatic module" : "module";
      System.out.println(
          kind
              + " "
              + name
              + " exports "
              + (descriptor.isAutomatic() ? "every package" : exported));
      if (!descriptor.isAutomatic()) {
        Expect.that(
            descriptor.exports().stream().noneMatch(e -> e.source().contains(".internal")),
            name + " exports an internal package: " + exported);
      }
    }
  };

  abstract void check();

  static Placement of(String argument) {
    return switch (argument) {
      case "class-path" -> CLASS_PATH;
      case "module-path" -> MODULE_PATH;
      default ->
          throw new IllegalArgumentException(
              "expected class-path or module-path, got <" + argument + ">");
    };
  }
}
