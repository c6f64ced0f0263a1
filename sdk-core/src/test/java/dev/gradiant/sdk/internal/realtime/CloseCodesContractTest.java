package dev.gradiant.sdk.internal.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gradiant.sdk.realtime.CloseReason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Every close code of the AsyncAPI document's {@code x-close-codes} has a kind of its own in the
 * SDK, and the SDK reconnects after exactly those for which the contract says the client does.
 */
class CloseCodesContractTest {
  private static final Path CONTRACT = Path.of("..", "openapi", "gradiant-realtime.asyncapi.yaml");

  @Test
  void everyCloseCodeOfTheContractIsMappedWithTheContractsReconnectBehaviour() throws IOException {
    JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(CONTRACT));
    List<JsonNode> codes =
        StreamSupport.stream(
                document.path("channels").path("feed").path("x-close-codes").spliterator(), false)
            .toList();

    assertThat(codes).hasSizeGreaterThanOrEqualTo(13);
    for (JsonNode entry : codes) {
      int code = entry.path("code").asInt();
      String client = entry.path("client").asText();
      CloseCodes.Rule rule = CloseCodes.of(code);
      assertThat(rule.kind()).as("kind of " + code).isNotEqualTo(CloseReason.Kind.UNKNOWN);
      assertThat(rule.kind().name().toLowerCase(java.util.Locale.ROOT))
          .as("kind of " + code + " is named as the contract names it")
          .isEqualTo(
              entry.path("name").asText().equals("internal_error")
                  ? "server_error"
                  : entry.path("name").asText());
      boolean stops = client.startsWith("no reconnect") || client.contains("stop");
      assertThat(
              rule.action() == CloseCodes.Action.STOP
                  || rule.action() == CloseCodes.Action.RENEW_ONCE)
          .as(code + ": " + client)
          .isEqualTo(stops);
    }
    assertThat(CloseCodes.of(4401).action()).isEqualTo(CloseCodes.Action.RENEW_ONCE);
    assertThat(CloseCodes.of(1013).action()).isEqualTo(CloseCodes.Action.BACKOFF_FROM_5S);
    assertThat(CloseCodes.of(4429).action()).isEqualTo(CloseCodes.Action.AFTER_RETRY_AFTER);
    assertThat(CloseCodes.of(1001).action()).isEqualTo(CloseCodes.Action.AT_ONCE);
    assertThat(CloseCodes.of(4999).kind()).isEqualTo(CloseReason.Kind.UNKNOWN);
  }
}
