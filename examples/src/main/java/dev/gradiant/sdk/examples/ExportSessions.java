package dev.gradiant.sdk.examples;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.pagination.Page;
import dev.gradiant.sdk.sessions.Session;
import dev.gradiant.sdk.sessions.SessionListParams;
import dev.gradiant.sdk.testing.GradiantSandbox;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Streams every session to a CSV file through auto-pagination, one page of 100 in memory at a time,
 * with a progress bar on stderr. The columns hold ids, statuses and times only: no names or emails,
 * which are personal data.
 *
 * <p>With {@code GRADIANT_API_TOKEN} set it exports from the real API; without it, from the
 * embedded sandbox, started with 1,000 demo sessions.
 *
 * <pre>
 * mvn -q -Pquickstart -DskipTests -pl examples -am verify -Dexample=ExportSessions
 * mvn -q -Pquickstart -DskipTests -pl examples -am verify -Dexample=ExportSessions -Dexec.args=out.csv
 * </pre>
 */
public final class ExportSessions {
  /** The CSV header. */
  static final String HEADER =
      "id,userId,practitionerId,assessmentId,status,sessionType,createdAt,completedAt";

  private static final int PAGE_SIZE = 100;
  private static final int BAR_WIDTH = 30;

  private ExportSessions() {}

  /**
   * Runs the export.
   *
   * @param args optionally the output file; default {@code gradiant-sessions.csv} in the temporary
   *     directory
   */
  public static void main(String[] args) {
    Path output =
        args.length > 0
            ? Path.of(args[0])
            : Path.of(System.getProperty("java.io.tmpdir"), "gradiant-sessions.csv");
    run(System::getenv, output, System.out, System.err);
  }

  /**
   * Picks the real API or the sandbox from {@code environment}, then exports.
   *
   * @param environment looks up environment variables
   * @param output the CSV file to write
   * @param out where to print the summary
   * @param progress where to draw the progress bar
   */
  static void run(
      UnaryOperator<String> environment, Path output, PrintStream out, PrintStream progress) {
    String token = environment.apply(GradiantClient.ENV_API_TOKEN);
    if (token != null && !token.isBlank()) {
      String baseUrl = environment.apply(GradiantClient.ENV_BASE_URL);
      baseUrl = baseUrl == null || baseUrl.isBlank() ? GradiantClient.DEFAULT_BASE_URL : baseUrl;
      out.println(
          "Exporting from the Gradiant API at " + baseUrl + " (GRADIANT_API_TOKEN is set).");
      try (GradiantClient client =
          GradiantClient.builder().baseUrl(baseUrl).apiToken(token).build()) {
        exportTo(client, output, out, progress);
      }
      return;
    }
    try (GradiantSandbox sandbox = GradiantSandbox.builder().demoSessions(1000).start()) {
      out.println(
          "GRADIANT_API_TOKEN is not set: exporting from the embedded sandbox at "
              + sandbox.baseUrl()
              + ".");
      try (GradiantClient client =
          GradiantClient.builder()
              .baseUrl(sandbox.baseUrl())
              .apiToken(sandbox.apiToken())
              .build()) {
        exportTo(client, output, out, progress);
      }
    }
  }

  private static void exportTo(
      GradiantClient client, Path output, PrintStream out, PrintStream progress) {
    try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      long count = export(client, writer, progress);
      out.println("Exported " + count + " sessions to " + output.toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + output, e);
    }
  }

  /**
   * Writes the header and one line per session, fetching page after page as it goes.
   *
   * @param client the client
   * @param csv where the CSV goes
   * @param progress where the progress bar goes
   * @return how many sessions were written
   * @throws IOException if writing fails
   */
  static long export(GradiantClient client, Writer csv, PrintStream progress) throws IOException {
    BufferedWriter writer = csv instanceof BufferedWriter b ? b : new BufferedWriter(csv);
    writer.write(HEADER);
    writer.write('\n');
    Page<Session> first =
        client.sessions().list(SessionListParams.builder().limit(PAGE_SIZE).build());
    long total = first.total().orElse(-1L);
    long written = 0;
    for (Session session : first.autoPager()) {
      writer.write(row(session));
      writer.write('\n');
      written++;
      if (written % PAGE_SIZE == 0 || written == total) {
        drawProgress(progress, written, total);
      }
    }
    writer.flush();
    progress.println();
    return written;
  }

  static String row(Session session) {
    return String.join(
        ",",
        List.of(
            cell(session.id()),
            cell(session.userId().orElse(null)),
            cell(session.practitionerId().orElse(null)),
            cell(session.assessmentId().orElse(null)),
            cell(session.status().value()),
            cell(session.sessionType().map(SessionType::value).orElse(null)),
            cell(session.createdAt().map(Instant::toString).orElse(null)),
            cell(session.completedAt().map(Instant::toString).orElse(null))));
  }

  /** RFC 4180 quoting, and a leading quote for cells a spreadsheet would run as a formula. */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }

  private static void drawProgress(PrintStream progress, long done, long total) {
    if (total <= 0) {
      progress.print("\r" + done + " sessions");
      progress.flush();
      return;
    }
    int filled = (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / total);
    progress.print(
        "\r["
            + "#".repeat(filled)
            + ".".repeat(BAR_WIDTH - filled)
            + "] "
            + done
            + "/"
            + total
            + " sessions");
    progress.flush();
  }
}
