package dev.gradiant.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.testing.GradiantSandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuickstartTest {

  @Test
  void runsEveryStepAgainstTheEmbeddedSandboxWhenNoTokenIsSet() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      // Never the real API in tests: the environment is empty whatever the machine's is.
      Quickstart.run(name -> null, out);
    }

    String printed = buffer.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .containsPattern(
            "GRADIANT_API_TOKEN is not set: using the embedded sandbox at http://127\\.0\\.0\\.1:\\d+/v1")
        .contains("1. health: healthy (version 1.0.0)")
        .containsPattern("2\\. created user user_[0-9a-f]{12}")
        .containsPattern("3\\. scheduled session sess_[0-9a-f]{12} \\(invited, video_call\\)")
        .contains("4. found 3 yoga practitioners offering video calls")
        .containsPattern(
            "5\\. booked Jane Smith \\(prac_101\\) at \\S+Z: booking_[0-9a-f]{12}, pending, 75 USD")
        .containsPattern(
            "6\\. booking the same slot again: handled BookingConflictException: BOOKING_CONFLICT"
                + " \\(request id req_[0-9a-f]{12}\\)")
        .containsPattern(
            "7\\. walked 41 sessions \\(10 per page, at most 200\\): \\{[a-z_=0-9, ]+\\}")
        .containsPattern(
            "8\\. last 30 days: \\d+ sessions, \\d+ completed, average [0-9.]+ min, in [45] weekly points")
        .contains("9. cleaned up: cancelled the booking and deleted the session")
        .endsWith("Done." + System.lineSeparator())
        .doesNotContain("@example.com")
        .doesNotContain("sst_");
  }

  @Test
  void usesTheApiNamedByTheEnvironmentWhenATokenIsSet() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (GradiantSandbox api = GradiantSandbox.start();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      // Stands in for the real API: the token branch, without the network.
      Map<String, String> environment =
          Map.of("GRADIANT_API_TOKEN", api.apiToken(), "GRADIANT_BASE_URL", api.baseUrl());
      Quickstart.run(environment::get, out);

      assertThat(buffer.toString(StandardCharsets.UTF_8))
          .startsWith(
              "Using the Gradiant API at " + api.baseUrl() + " (GRADIANT_API_TOKEN is set).")
          .contains("7. walked 1 session (10 per page, at most 200)")
          .endsWith("Done." + System.lineSeparator())
          .doesNotContain(api.apiToken());
    }
  }
}
