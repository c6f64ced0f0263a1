package dev.gradiant.sdk.conversations;

import static dev.gradiant.sdk.Payloads.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.MultipartParts;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.errors.ClientFailureException;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.errors.RateLimitException;
import dev.gradiant.sdk.pagination.AsyncPage;
import dev.gradiant.sdk.pagination.Page;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationsClientTest {
  private static final byte[] PDF = "%PDF-1.7 report".getBytes(StandardCharsets.US_ASCII);

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @TempDir Path dir;

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @Test
  void listForUserGetsTheUsersConversationsWithPaging() {
    api.enqueueJson(200, Payloads.list(ConversationPayloads.CONVERSATION, 1, 10, 20));

    Page<Conversation> page =
        client
            .conversations()
            .listForUser("user_123", ConversationListParams.builder().limit(10).offset(20).build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "GET", "/v1/users/user_123/conversations?limit=10&offset=20");
    Wire.assertStandardHeaders(request);
    Wire.assertNoBody(request);
    Conversation conversation = page.items().get(0);
    assertThat(conversation.id()).isEqualTo("conv_123");
    assertThat(conversation.participantIds()).containsExactly("user_123", "user_456");
    assertThat(conversation.lastMessageAt()).contains(Instant.parse("2024-01-01T10:05:00Z"));
    assertThat(conversation.createdAt()).isEqualTo(Instant.parse("2024-01-01T09:00:00Z"));
  }

  @Test
  void listMessagesReadsTextAndFileMessages() throws Exception {
    api.enqueueJson(
        200,
        Payloads.list(
            ConversationPayloads.TEXT_MESSAGE + "," + ConversationPayloads.FILE_MESSAGE, 2, 20, 0));

    AsyncPage<Message> page = client.async().conversations().listMessages("conv_123").get();

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/conversations/conv_123/messages");
    Message text = page.items().get(0);
    assertThat(text.messageType()).isEqualTo(MessageType.TEXT);
    assertThat(text.content()).contains("Hello, I'm looking forward to our session tomorrow.");
    assertThat(text.attachment()).isEmpty();
    Message file = page.items().get(1);
    assertThat(file.messageType()).isEqualTo(MessageType.FILE);
    Attachment attachment = file.attachment().orElseThrow();
    assertThat(attachment.fileName()).isEqualTo("document.pdf");
    assertThat(attachment.contentType()).isEqualTo("application/pdf");
    assertThat(attachment.size()).isEqualTo(182044L);
    assertThat(attachment.sha256()).startsWith("9f86d081");
  }

  @Test
  void sendMessagePostsTheTextAsTextWithAnIdempotencyKey() {
    api.enqueueJson(201, envelope(ConversationPayloads.TEXT_MESSAGE));

    Message message =
        client
            .conversations()
            .sendMessage(
                "conv_123",
                MessageCreateParams.builder()
                    .content("Hello, I'm looking forward to our session tomorrow.")
                    .build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "POST", "/v1/conversations/conv_123/messages");
    Wire.assertStandardHeaders(request);
    Wire.assertIdempotencyKey(request);
    Wire.assertJsonBody(
        request,
        """
        {"content": "Hello, I'm looking forward to our session tomorrow.", "messageType": "text"}""");
    assertThat(message.id()).isEqualTo("msg_123");
  }

  @Test
  void uploadFromAPathSendsTheFilePartNamedAndTypedFromThePathAndTheMessagePart() throws Exception {
    Path report = Files.write(dir.resolve("document.pdf"), PDF);
    api.enqueueJson(201, envelope(ConversationPayloads.FILE_MESSAGE));

    Message message =
        client
            .conversations()
            .uploadFile(
                "conv_123",
                FileUploadParams.builder()
                    .file(report)
                    .message("Here's the health report we discussed")
                    .build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "POST", "/v1/conversations/conv_123/files");
    Wire.assertStandardHeaders(request);
    Wire.assertIdempotencyKey(request);
    List<MultipartParts.Part> parts = parts(request);
    assertThat(parts).extracting(MultipartParts.Part::name).containsExactly("file", "message");
    assertThat(parts.get(0).fileName()).isEqualTo("document.pdf");
    assertThat(parts.get(0).contentType()).isEqualTo("application/pdf");
    assertThat(parts.get(0).bytes()).isEqualTo(PDF);
    assertThat(parts.get(1).text()).isEqualTo("Here's the health report we discussed");
    assertThat(request.getHeaders().get("Content-Length"))
        .isEqualTo(String.valueOf(request.getBodySize()));
    assertThat(message.attachment().orElseThrow().id()).isEqualTo("att_123");
  }

  @Test
  void uploadFromBytesNeedsANameAndTakesAnExplicitType() {
    api.enqueueJson(201, envelope(ConversationPayloads.FILE_MESSAGE));

    client
        .conversations()
        .uploadFile(
            "conv_123",
            FileUploadParams.builder()
                .file("notes".getBytes(StandardCharsets.UTF_8))
                .fileName("notes.md")
                .contentType("text/plain; charset=utf-8")
                .build());

    List<MultipartParts.Part> parts = parts(api.takeRequest());
    assertThat(parts).extracting(MultipartParts.Part::name).containsExactly("file");
    assertThat(parts.get(0).fileName()).isEqualTo("notes.md");
    assertThat(parts.get(0).contentType()).isEqualTo("text/plain; charset=utf-8");
    assertThat(parts.get(0).text()).isEqualTo("notes");
  }

  @Test
  void uploadFromAStreamOfUnknownLengthIsSentChunkedAndWhole() throws Exception {
    api.enqueueJson(201, envelope(ConversationPayloads.FILE_MESSAGE));
    byte[] image = new byte[100_000];
    for (int i = 0; i < image.length; i++) {
      image[i] = (byte) i;
    }
    List<long[]> progress = new ArrayList<>();

    client
        .async()
        .conversations()
        .uploadFile(
            "conv_123",
            FileUploadParams.builder()
                .file(new ByteArrayInputStream(image))
                .fileName("scan.png")
                .progressListener((sent, total) -> progress.add(new long[] {sent, total}))
                .build())
        .get();

    RecordedRequest request = api.takeRequest();
    assertThat(request.getHeaders().get("Transfer-Encoding")).isEqualTo("chunked");
    List<MultipartParts.Part> parts = parts(request);
    assertThat(parts.get(0).contentType()).isEqualTo("image/png");
    assertThat(parts.get(0).bytes()).isEqualTo(image);
    assertThat(progress).isNotEmpty();
    assertThat(progress.get(progress.size() - 1)).containsExactly(100_000L, -1L);
    assertThat(progress).allMatch(step -> step[1] == -1L);
  }

  @Test
  void progressReportsEachChunkUpToTheDeclaredTotal() {
    api.enqueueJson(201, envelope(ConversationPayloads.FILE_MESSAGE));
    List<Long> sent = new ArrayList<>();

    client
        .conversations()
        .uploadFile(
            "conv_123",
            FileUploadParams.builder()
                .file(new ByteArrayInputStream(new byte[20_000]), 20_000)
                .fileName("scan.jpg")
                .progressListener(
                    (bytes, total) -> {
                      assertThat(total).isEqualTo(20_000L);
                      sent.add(bytes);
                    })
                .build());

    assertThat(sent).containsExactly(8192L, 16384L, 20_000L);
    RecordedRequest request = api.takeRequest();
    assertThat(request.getHeaders().get("Content-Length")).isNotNull();
    assertThat(parts(request).get(0).contentType()).isEqualTo("image/jpeg");
  }

  @Test
  void aThrowingProgressListenerFailsTheUploadOnceWithItsExceptionAsTheCause() {
    IllegalStateException thrown = new IllegalStateException("listener broke");

    assertThatThrownBy(
            () ->
                client
                    .conversations()
                    .uploadFile(
                        "conv_123",
                        FileUploadParams.builder()
                            .file(new byte[50_000])
                            .fileName("report.pdf")
                            .progressListener(
                                (bytes, total) -> {
                                  throw thrown;
                                })
                            .build()))
        .isInstanceOf(ClientFailureException.class)
        .hasMessageContaining("POST /conversations/{id}/files")
        .hasMessageContaining("progress listener threw")
        .hasCause(thrown);
    // the attempt stopped while writing its body: the server has no whole request, and none more
    // was sent (a byte array could have been replayed, but a client failure is never retried)
    assertThat(api.requestCount()).isLessThanOrEqualTo(1);
  }

  @Test
  void theUploadRateLimitSurfacesAs429WithRetryAfter() {
    api.enqueueJson(
        429,
        """
        {"error": {"code": "RATE_LIMIT_EXCEEDED",
                   "message": "File upload rate limit exceeded (50 requests per hour)"}}""",
        "Retry-After",
        "1800",
        "X-RateLimit-Limit",
        "50",
        "X-RateLimit-Remaining",
        "0");

    RateLimitException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            RateLimitException.class,
            () ->
                client
                    .conversations()
                    .uploadFile(
                        "conv_123",
                        FileUploadParams.builder().file(PDF).fileName("document.pdf").build()));

    assertThat(e.statusCode()).isEqualTo(429);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(1800));
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void anUnknownConversationIsNotFound() {
    api.enqueueJson(
        404, "{\"error\": {\"code\": \"RESOURCE_NOT_FOUND\", \"message\": \"Not found\"}}");

    assertThatThrownBy(() -> client.conversations().listMessages("conv_missing"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void paramsFromAStreamServeOneCall() {
    api.enqueueJson(201, envelope(ConversationPayloads.FILE_MESSAGE));
    FileUploadParams params =
        FileUploadParams.builder()
            .file(new ByteArrayInputStream(PDF))
            .fileName("document.pdf")
            .build();
    client.conversations().uploadFile("conv_123", params);

    assertThatThrownBy(() -> client.conversations().uploadFile("conv_123", params))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("build new params");
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void paramsCopiedWithToBuilderShareTheStreamsOneRead() {
    api.enqueueJson(201, envelope(ConversationPayloads.FILE_MESSAGE));
    api.enqueueJson(201, envelope(ConversationPayloads.FILE_MESSAGE));
    FileUploadParams params =
        FileUploadParams.builder()
            .file(new ByteArrayInputStream(PDF))
            .fileName("document.pdf")
            .build();
    client.conversations().uploadFile("conv_123", params);
    FileUploadParams copy = params.toBuilder().message("the same report again").build();

    assertThatThrownBy(() -> client.conversations().uploadFile("conv_123", copy))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("build new params");
    assertThat(api.requestCount()).isEqualTo(1);
    assertThat(parts(api.takeRequest()).get(0).bytes()).isEqualTo(PDF);
  }

  private static List<MultipartParts.Part> parts(RecordedRequest request) {
    assertThat(request.getHeaders().get("Content-Type")).startsWith("multipart/form-data");
    return MultipartParts.parse(
        request.getHeaders().get("Content-Type"), request.getBody().toByteArray());
  }
}
