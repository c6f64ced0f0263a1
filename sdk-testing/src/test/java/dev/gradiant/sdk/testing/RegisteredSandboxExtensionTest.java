package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RegisteredSandboxExtensionTest {
  @RegisterExtension
  static final GradiantSandboxExtension SANDBOX =
      new GradiantSandboxExtension(GradiantSandbox.builder().apiToken("registered-token"));

  private static GradiantSandbox seen;

  @Test
  void usesTheBuilderItWasGiven(GradiantSandbox sandbox) {
    assertThat(sandbox.apiToken()).isEqualTo("registered-token");
    assertThat(TestSupport.send(sandbox, "GET", "/health", null).statusCode()).isEqualTo(200);
    seen = sandbox;
  }

  @AfterAll
  static void stillRunningUntilTheClassEnds() {
    assertThat(TestSupport.send(seen, "GET", "/health", null).statusCode()).isEqualTo(200);
  }
}
