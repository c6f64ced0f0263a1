package dev.gradiant.sdk.examples;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-page PDF 1.4 document with a few lines of text, written from scratch (objects, the
 * cross-reference table with each object's byte offset, the trailer): the report {@link CarePlan}
 * sends. Only ASCII text; parentheses and backslashes are escaped.
 */
final class ReportPdf {
  private ReportPdf() {}

  /**
   * @param lines the text, one line each, top to bottom
   * @return the PDF's bytes
   */
  static byte[] of(List<String> lines) {
    StringBuilder text = new StringBuilder("BT /F1 12 Tf 72 760 Td 16 TL");
    for (String line : lines) {
      text.append(" (").append(escape(line)).append(") Tj T*");
    }
    text.append(" ET");
    String stream = text.toString();
    List<String> objects =
        List.of(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
                + " /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream");
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    write(pdf, "%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.size());
      write(pdf, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
    }
    int xref = pdf.size();
    write(pdf, "xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
    for (int offset : offsets) {
      write(pdf, String.format("%010d 00000 n \n", offset));
    }
    write(
        pdf,
        "trailer\n<< /Size "
            + (objects.size() + 1)
            + " /Root 1 0 R >>\nstartxref\n"
            + xref
            + "\n%%EOF\n");
    return pdf.toByteArray();
  }

  private static String escape(String line) {
    StringBuilder escaped = new StringBuilder();
    for (char c : line.toCharArray()) {
      if (c == '(' || c == ')' || c == '\\') {
        escaped.append('\\');
      }
      escaped.append(c < 32 || c > 126 ? '?' : c);
    }
    return escaped.toString();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
  }
}
