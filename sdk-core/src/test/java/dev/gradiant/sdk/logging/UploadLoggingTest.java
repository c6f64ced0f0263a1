package dev.gradiant.sdk.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.conversations.FileUploadParams;
import dev.gradiant.sdk.conversations.MessageCreateParams;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With every logger at TRACE, an upload's multipart body is described (parts, media type, size),
 * never printed: neither the file's bytes, nor its name, nor the message sent with it; and a
 * message's text, sent or received, is masked.
 */
class UploadLoggingTest {
  private static final String TEXT = "my HIV test came back positive";
  private static final String FILE_NAME = "jane-roe-results.pdf";
  private static final String FILE_BYTES = "%PDF-1.7 viral load 1200 copies";

  private final MockApi api = MockApi.start();

  @BeforeEach
  void clear() {
    CapturedLogs.clear();
  }

  @AfterEach
  void tearDown() {
    api.close();
  }

  @Test
  void traceLogsDescribeTheUploadWithoutItsContent() {
    String message =
        "{\"id\": \"msg_124\", \"conversationId\": \"conv_123\", \"senderId\": \"user_123\","
            + " \"messageType\": \"file\", \"content\": \""
            + TEXT
            + "\", \"attachment\": {\"id\": \"att_123\", \"fileName\": \""
            + FILE_NAME
            + "\", \"contentType\": \"application/pdf\", \"size\": 31, \"sha256\": \""
            + "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"},"
            + " \"createdAt\": \"2024-01-01T10:05:00Z\"}";
    api.enqueueJson(201, Payloads.envelope(message)).enqueueJson(201, Payloads.envelope(message));

    try (GradiantClient client = api.client()) {
      client
          .conversations()
          .uploadFile(
              "conv_123",
              FileUploadParams.builder()
                  .file(FILE_BYTES.getBytes(StandardCharsets.UTF_8))
                  .fileName(FILE_NAME)
                  .message(TEXT)
                  .build());
      client
          .conversations()
          .sendMessage("conv_123", MessageCreateParams.builder().content(TEXT).build());
    }

    List<String> lines = CapturedLogs.lines();
    assertThat(lines)
        .anyMatch(
            line ->
                line.startsWith("TRACE")
                    && line.contains("POST /conversations/{id}/files")
                    && line.contains("multipart/form-data: file application/pdf, 31 bytes")
                    && line.contains("content not logged"));
    for (String secret : List.of("HIV", "jane-roe", "viral load", "%PDF", MockApi.TOKEN)) {
      assertThat(lines).as("log lines containing " + secret).noneMatch(l -> l.contains(secret));
    }
  }
}
