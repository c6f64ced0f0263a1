package dev.gradiant.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.testing.GradiantSandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportSessionsTest {

  @Test
  void exportsEverySessionOfTheSandboxWithAProgressBar(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("sessions.csv");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      ExportSessions.run(name -> null, csv, stdout, stderr);
    }

    List<String> lines = Files.readAllLines(csv);
    assertThat(lines).hasSize(1001);
    assertThat(lines.get(0)).isEqualTo(ExportSessions.HEADER);
    assertThat(lines.get(1))
        .matches("sess_demo00001,user_demo,prac_101,,completed,video_call,\\S+Z,\\S+Z");
    assertThat(String.join("\n", lines)).doesNotContain("@").doesNotContain("sst_");
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("GRADIANT_API_TOKEN is not set: exporting from the embedded sandbox")
        .contains("Exported 1000 sessions to " + csv.toAbsolutePath());
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("\r[###...........................] 100/1000 sessions")
        .contains("\r[##############################] 1000/1000 sessions");
  }

  @Test
  void exportsFromTheApiNamedByTheEnvironmentWhenATokenIsSet(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("sessions.csv");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GradiantSandbox api = GradiantSandbox.builder().demoSessions(7).start();
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stderr =
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)) {
      java.util.Map<String, String> environment =
          java.util.Map.of(
              "GRADIANT_API_TOKEN", api.apiToken(), "GRADIANT_BASE_URL", api.baseUrl());
      ExportSessions.run(environment::get, csv, stdout, stderr);

      assertThat(out.toString(StandardCharsets.UTF_8))
          .startsWith("Exporting from the Gradiant API at " + api.baseUrl())
          .contains("Exported 7 sessions");
      assertThat(Files.readAllLines(csv)).hasSize(8);
    }
  }

  @Test
  void fetchesOnePageAtATime() throws Exception {
    try (GradiantSandbox sandbox = GradiantSandbox.builder().demoSessions(250).start();
        GradiantClient client =
            GradiantClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiToken(sandbox.apiToken())
                .build()) {
      StringWriter csv = new StringWriter();
      long count =
          ExportSessions.export(
              client,
              csv,
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

      assertThat(count).isEqualTo(250);
      assertThat(sandbox.requests())
          .extracting(r -> r.queryParam("offset").orElse(null))
          .containsExactly(null, "100", "200");
      assertThat(sandbox.requests())
          .allMatch(r -> r.queryParam("limit").equals(Optional.of("100")));
    }
  }

  @Test
  void cellsAreQuotedAndFormulasDefused() {
    assertThat(ExportSessions.cell(null)).isEmpty();
    assertThat(ExportSessions.cell("sess_1")).isEqualTo("sess_1");
    assertThat(ExportSessions.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(ExportSessions.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(ExportSessions.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(ExportSessions.cell("-1")).isEqualTo("'-1");
  }
}
