package dev.gradiant.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickstartTest {

  @Test
  void quickstartRunsEveryStepAgainstTheDemoServer() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (DemoApiServer demo = DemoApiServer.start();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      Quickstart.run(demo.baseUrl(), DemoApiServer.DEMO_TOKEN, out);
    }

    String printed = buffer.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains("1. health: healthy")
        .containsPattern("2\\. created user user_[0-9a-f]{8}")
        .containsPattern(
            "3\\. fetched user_[0-9a-f]{8} \\(request id req_[0-9a-f]{8}, 99 calls left\\)")
        .contains("4. walked 6 users, 2 per page (total reported: 6)")
        .containsPattern("5\\. handled NotFoundException: RESOURCE_NOT_FOUND \\(request id req_")
        .endsWith("Done." + System.lineSeparator())
        .doesNotContain("new.patient@clinic.example");
  }
}
