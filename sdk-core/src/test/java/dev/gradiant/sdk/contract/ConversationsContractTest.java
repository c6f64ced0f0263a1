package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.MultipartParts;
import dev.gradiant.sdk.conversations.FileUploadParams;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every conversations method sends what the spec allows (an upload's parts checked against {@code
 * FileUpload}, its encoding and {@code x-max-size}) and reads the spec's own examples.
 */
class ConversationsContractTest {
  private final ContractServer server = ContractServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<SdkCall> calls() {
    return Stream.concat(
            SdkCalls.conversations().stream(), SdkCalls.conversationsWithRawResponse().stream())
        .flatMap(SdkCall::onEachFace);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void sendsARequestTheSpecAllowsAndReadsTheDocumentedExample(SdkCall call) {
    ContractAssertions.assertConforms(server, call);
  }

  /** Every media type the SDK lets through is one the spec's encoding lists for the file part. */
  @Test
  void everyAllowedContentTypeIsOneTheSpecAccepts() {
    for (String type : FileUploadParams.ALLOWED_CONTENT_TYPES) {
      ContractAssertions.assertConforms(
          server,
          new SdkCall(
              "conversations().uploadFile(id, " + type + ")",
              "uploadConversationFile",
              "conv_123",
              FileUploadParams.builder()
                  .file(new byte[] {1})
                  .fileName("file")
                  .contentType(type)
                  .build()));
    }
    List<MultipartParts.Part> parts =
        MultipartParts.parse(
            server.onlyExchange().request().headers().get("Content-Type"),
            server.onlyExchange().request().body().toByteArray());
    assertThat(parts.get(0).contentType()).isEqualTo("text/plain");
  }
}
