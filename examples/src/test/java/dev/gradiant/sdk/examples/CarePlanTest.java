package dev.gradiant.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.core.Money;
import dev.gradiant.sdk.testing.GradiantSandbox;
import dev.gradiant.sdk.testing.RecordedRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CarePlanTest {
  private static final String DONE =
      "CarePlan done: booked, paid USD 75.00, sent report.pdf, shared for 30 days, revoked.";

  @Test
  void runsTheCarePlanAgainstTheEmbeddedSandboxWhenNoTokenIsSet() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      // Never the real API in tests: the environment is empty whatever the machine's is.
      CarePlan.run(name -> null, out);
    }

    assertThat(buffer.toString(StandardCharsets.UTF_8))
        .containsPattern(
            "GRADIANT_API_TOKEN is not set: using the embedded sandbox at http://127\\.0\\.0\\.1:\\d+/v1")
        .containsPattern(
            "1\\. booked Jane Smith \\(prac_101\\) at \\S+Z: booking_[0-9a-f]{12}, pending, USD 75\\.00")
        .containsPattern(
            "2\\. paid USD 75\\.00 \\(7500 minor units\\): payment intent pi_[0-9a-f]{12} is"
                + " completed; the booking's payment is completed")
        .containsPattern(
            "3\\. sent report\\.pdf \\((\\d+) bytes, \\1 streamed\\) to conversation conv_demo_1:"
                + " message msg_[0-9a-f]{12}, SHA-256 matches the file")
        .containsPattern(
            "4\\. shared conditions and medications with prac_101 until \\S+Z \\(30 days\\):"
                + " (share_[0-9a-f]{12})")
        .containsPattern("5\\. active shares: 1 \\[share_[0-9a-f]{12}\\]")
        .containsPattern("6\\. revoked share_[0-9a-f]{12}; active shares: 0")
        .contains("7. cleaned up: cancelled the booking; its payment is refunded")
        .endsWith(DONE + System.lineSeparator())
        .doesNotContain("My latest report");
  }

  @Test
  void usesTheApiNamedByTheEnvironmentWhenATokenIsSetAndSendsAValidPdf() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (GradiantSandbox api = GradiantSandbox.start();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      // Stands in for the real API: the token branch, without the network.
      Map<String, String> environment =
          Map.of("GRADIANT_API_TOKEN", api.apiToken(), "GRADIANT_BASE_URL", api.baseUrl());
      CarePlan.run(environment::get, out);

      assertThat(buffer.toString(StandardCharsets.UTF_8))
          .startsWith(
              "Using the Gradiant API at " + api.baseUrl() + " (GRADIANT_API_TOKEN is set).")
          .endsWith(DONE + System.lineSeparator())
          .doesNotContain(api.apiToken());
      List<RecordedRequest> uploads =
          api.requests().stream().filter(r -> r.path().endsWith("/files")).toList();
      assertThat(uploads).singleElement().extracting(RecordedRequest::status).isEqualTo(201);
      assertThat(uploads.get(0).body())
          .contains("filename=\"report.pdf\"")
          .contains("Content-Type: application/pdf");
      assertThat(
              api.requests().stream()
                  .filter(r -> r.path().equals("/health-records/shares"))
                  .map(RecordedRequest::body))
          .singleElement()
          .asString()
          .contains("\"recordTypes\":[\"conditions\",\"medications\"]");
    }
  }

  @Test
  void aGeneratedReportIsAWellFormedPdf() {
    byte[] pdf = ReportPdf.of(List.of("Line (one)", "Line \\ two"));
    String text = new String(pdf, StandardCharsets.US_ASCII);

    assertThat(text).startsWith("%PDF-1.4\n").endsWith("%%EOF\n").contains("(Line \\(one\\)) Tj");
    int startxref = Integer.parseInt(text.split("startxref\n")[1].split("\n")[0]);
    assertThat(text.substring(startxref)).startsWith("xref\n0 6\n");
    for (int object = 1; object <= 5; object++) {
      String entry = text.substring(startxref).split("\n")[2 + object];
      int offset = Integer.parseInt(entry.substring(0, 10));
      assertThat(text.substring(offset)).startsWith(object + " 0 obj\n");
    }
  }

  @Test
  void amountsShowAsManyDecimalsAsTheirCurrencyHas() {
    assertThat(CarePlan.exact(new Money(new BigDecimal("75"), "USD"))).isEqualTo("USD 75.00");
    assertThat(CarePlan.exact(new Money(new BigDecimal("1200"), "JPY"))).isEqualTo("JPY 1200");
    assertThat(CarePlan.exact(new Money(new BigDecimal("1.5"), "BHD"))).isEqualTo("BHD 1.500");
  }
}
