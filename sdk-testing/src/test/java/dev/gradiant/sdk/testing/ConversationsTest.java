package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.conversations.Attachment;
import dev.gradiant.sdk.conversations.Conversation;
import dev.gradiant.sdk.conversations.FileUploadParams;
import dev.gradiant.sdk.conversations.Message;
import dev.gradiant.sdk.conversations.MessageCreateParams;
import dev.gradiant.sdk.conversations.MessageType;
import dev.gradiant.sdk.errors.GradiantException;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.errors.RateLimitException;
import dev.gradiant.sdk.pagination.Page;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox's conversations, driven through the SDK: conversations opened by bookings, messages,
 * and file uploads read as a stream ({@code multipart/form-data}), with the contract's size, type
 * and rate limits, and idempotent replays.
 */
class ConversationsTest {
  private static final String DEMO = "conv_demo_1";
  private static final byte[] PDF =
      "%PDF-1.4\n% a tiny test file\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private final MutableClock clock =
      new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  private final GradiantSandbox sandbox = GradiantSandbox.builder().clock(clock).start();
  private final GradiantClient client = TestSupport.client(sandbox);

  @TempDir Path dir;

  @AfterEach
  void close() {
    client.close();
    sandbox.close();
  }

  private static FileUploadParams bytes(String name) {
    return FileUploadParams.builder().file(PDF).fileName(name).build();
  }

  private List<Message> messages() {
    return client.conversations().listMessages(DEMO).autoPager().stream().toList();
  }

  private List<RecordedRequest> uploads() {
    return sandbox.requests().stream().filter(r -> r.path().endsWith("/files")).toList();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void theDemoUserTalksWithPrac101AndAFirstBookingWithAnotherPractitionerOpensAConversation() {
    Page<Conversation> before = client.conversations().listForUser(sandbox.demoUserId());
    assertThat(before.items()).extracting(Conversation::id).containsExactly(DEMO);
    assertThat(before.items().get(0).participantIds())
        .containsExactly(sandbox.demoUserId(), "user_prac_101");
    assertThat(messages())
        .extracting(Message::id, Message::senderId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("msg_demo_1", "user_prac_101"),
            org.assertj.core.groups.Tuple.tuple("msg_demo_2", sandbox.demoUserId()));

    clock.advance(Duration.ofMinutes(1));
    for (int day = 0; day < 2; day++) {
      client
          .bookings()
          .create(
              BookingCreateParams.builder()
                  .practitionerId("prac_102")
                  .scheduledAt(TestSupport.nextWednesday(10).plusDays(day).toInstant())
                  .duration(60)
                  .sessionType(SessionType.VIDEO_CALL)
                  .build());
    }

    List<Conversation> after = client.conversations().listForUser(sandbox.demoUserId()).items();
    assertThat(after).hasSize(2);
    assertThat(after.get(0).participantIds())
        .containsExactly(sandbox.demoUserId(), "user_prac_102");
    assertThat(after.get(0).lastMessageAt()).isEmpty();
    assertThat(after.get(0).createdAt()).isEqualTo(clock.instant());
    assertThat(client.conversations().listMessages(after.get(0).id()).items()).isEmpty();
    assertThatThrownBy(() -> client.conversations().listMessages("conv_nobody"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aMessageIsSentAsTheCallerAndPutsItsConversationFirst() {
    client
        .bookings()
        .create(
            BookingCreateParams.builder()
                .practitionerId("prac_102")
                .scheduledAt(TestSupport.nextWednesday(10).toInstant())
                .duration(60)
                .sessionType(SessionType.VIDEO_CALL)
                .build());
    clock.advance(Duration.ofMinutes(1));

    Message sent =
        client
            .conversations()
            .sendMessage(DEMO, MessageCreateParams.builder().content("See you Wednesday").build());

    assertThat(sent.id()).startsWith("msg_");
    assertThat(sent.senderId()).isEqualTo(sandbox.demoUserId());
    assertThat(sent.messageType()).isEqualTo(MessageType.TEXT);
    assertThat(sent.content()).contains("See you Wednesday");
    assertThat(sent.createdAt()).isEqualTo(clock.instant());
    assertThat(messages()).last().isEqualTo(sent);
    List<Conversation> conversations =
        client.conversations().listForUser(sandbox.demoUserId()).items();
    assertThat(conversations.get(0).id()).isEqualTo(DEMO);
    assertThat(conversations.get(0).lastMessageAt()).contains(clock.instant());
  }

  @Test
  void filesFromAPathABytesArrayAndAStreamAreStoredWithTheirSizeAndSha256() throws Exception {
    Path report = Files.write(dir.resolve("report.pdf"), PDF);
    byte[] note = "Blood pressure 120/80".getBytes(StandardCharsets.UTF_8);

    Message fromPath =
        client
            .conversations()
            .uploadFile(
                DEMO, FileUploadParams.builder().file(report).message("Here is my report").build());
    Message fromBytes = client.conversations().uploadFile(DEMO, bytes("copy.pdf"));
    Message fromStream =
        client
            .conversations()
            .uploadFile(
                DEMO,
                FileUploadParams.builder()
                    .file(new ByteArrayInputStream(note))
                    .fileName("note.txt")
                    .build());

    Attachment pdf = fromPath.attachment().orElseThrow();
    assertThat(fromPath.messageType()).isEqualTo(MessageType.FILE);
    assertThat(fromPath.content()).contains("Here is my report");
    assertThat(pdf.id()).startsWith("att_");
    assertThat(pdf.fileName()).isEqualTo("report.pdf");
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    assertThat(pdf.size()).isEqualTo(PDF.length);
    assertThat(pdf.sha256()).isEqualTo(sha256(PDF));
    assertThat(fromBytes.content()).isEmpty();
    assertThat(fromBytes.attachment().orElseThrow().sha256()).isEqualTo(sha256(PDF));
    Attachment text = fromStream.attachment().orElseThrow();
    assertThat(text.contentType()).isEqualTo("text/plain");
    assertThat(text.size()).isEqualTo(note.length);
    assertThat(text.sha256()).isEqualTo(sha256(note));
    assertThat(messages()).endsWith(fromPath, fromBytes, fromStream);
    assertThat(uploads().get(0).body())
        .contains("name=\"file\"; filename=\"report.pdf\"")
        .contains("[" + PDF.length + " bytes]")
        .contains("Here is my report")
        .doesNotContain("%PDF");
  }

  @Test
  void aFileOfExactly25MiBIsReadAsAStreamAndNotKept() {
    Message message =
        client
            .conversations()
            .uploadFile(
                DEMO,
                FileUploadParams.builder()
                    .file(UploadStreams.generated(UploadStreams.LIMIT), UploadStreams.LIMIT)
                    .fileName("scan.pdf")
                    .build());

    Attachment attachment = message.attachment().orElseThrow();
    assertThat(attachment.size()).isEqualTo(UploadStreams.LIMIT);
    assertThat(attachment.sha256()).isEqualTo(UploadStreams.sha256(UploadStreams.LIMIT));
    RecordedRequest recorded = uploads().get(0);
    assertThat(recorded.status()).isEqualTo(201);
    assertThat(recorded.body()).contains("[" + UploadStreams.LIMIT + " bytes]");
    assertThat(recorded.body().length()).isLessThan(1000);
  }

  @Test
  void oneBytePastTheLimitIs413AndNothingIsStored() throws Exception {
    UploadStreams.RawAnswer answer = UploadStreams.upload(sandbox, DEMO, UploadStreams.LIMIT + 1);

    assertThat(answer.status()).isEqualTo(413);
    assertThat(
            SpecResponses.get()
                .check(
                    "POST",
                    "/conversations/" + DEMO + "/files",
                    413,
                    answer.httpHeaders(),
                    answer.body()))
        .isEmpty();
    JsonNode error = TestSupport.JSON.readTree(answer.body()).get("error");
    assertThat(error.get("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    assertThat(error.at("/details/field").asText()).isEqualTo("file");
    assertThat(error.at("/details/limit").asLong()).isEqualTo(UploadStreams.LIMIT);
    assertThat(messages()).hasSize(2);
    assertThat(uploads().get(0).status()).isEqualTo(413);
    assertThat(uploads().get(0).body()).contains("[the rest was not read]");
  }

  @Test
  void aMuchLargerFileIsRefusedOnceTheLimitIsPassedWithoutReadingTheRest() throws Exception {
    long hundredMiB = 100L << 20;

    UploadStreams.RawAnswer answer = UploadStreams.upload(sandbox, DEMO, hundredMiB);

    assertThat(answer.status()).isEqualTo(413);
    // the server answered and closed while the client still had most of the file to send
    assertThat(answer.wroteAll()).isFalse();
    assertThat(answer.bytesWritten()).isLessThan(hundredMiB);
    assertThat(messages()).hasSize(2);
  }

  @Test
  void aTypeOutsideTheContractsListIs422AndNothingIsStored() {
    String form =
        "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"tool.exe\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\nMZ\r\n--b--\r\n";

    HttpResponse<String> response =
        TestSupport.send(
            sandbox,
            "POST",
            "/conversations/" + DEMO + "/files",
            form,
            "Content-Type",
            "multipart/form-data; boundary=b");

    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode details = TestSupport.json(response).at("/error/details");
    assertThat(details.get("field").asText()).isEqualTo("file");
    assertThat(details.get("issue").asText())
        .isEqualTo(
            "Content-Type must be one of application/pdf, image/jpeg, image/png, text/plain");
    assertThat(messages()).hasSize(2);
  }

  @Test
  void the51stUploadInAnHourIs429WithRetryAfterOnTheSandboxesClock() {
    for (int i = 0; i < 25; i++) {
      client.conversations().uploadFile(DEMO, bytes("a" + i + ".pdf"));
    }
    clock.advance(Duration.ofMinutes(30));
    for (int i = 0; i < 25; i++) {
      client.conversations().uploadFile(DEMO, bytes("b" + i + ".pdf"));
    }

    RateLimitException limited =
        catchThrowableOfType(
            RateLimitException.class,
            () -> client.conversations().uploadFile(DEMO, bytes("c.pdf")));

    assertThat(limited.errorCode()).contains("RATE_LIMIT_EXCEEDED");
    assertThat(limited.retryAfter()).contains(Duration.ofMinutes(30));
    assertThat(uploads()).hasSize(51);
    // other calls are not limited by it
    client.conversations().sendMessage(DEMO, MessageCreateParams.builder().content("hi").build());
    clock.advance(limited.retryAfter().orElseThrow());
    assertThat(client.conversations().uploadFile(DEMO, bytes("d.pdf")).attachment()).isPresent();
    assertThat(messages()).hasSize(2 + 50 + 1 + 1);
  }

  @Test
  void aRetryAfterALostAnswerRepeatsTheKeyAndGetsTheFirstUploadBack() throws Exception {
    Path report = Files.write(dir.resolve("report.pdf"), PDF);
    sandbox.dropResponseOfNext(1);

    Message message =
        client.conversations().uploadFile(DEMO, FileUploadParams.builder().file(report).build());

    List<RecordedRequest> sent = uploads();
    assertThat(sent).extracting(RecordedRequest::status).containsExactly(0, 201);
    assertThat(sent.get(1).header("Idempotency-Key"))
        .isEqualTo(sent.get(0).header("Idempotency-Key"));
    assertThat(sent.get(0).body()).contains("[" + PDF.length + " bytes]");
    assertThat(messages()).hasSize(3).last().isEqualTo(message);
  }

  @Test
  void aStreamIsNotSentTwiceSoALostAnswerFailsTheCallAfterTheUploadWasStored() {
    sandbox.dropResponseOfNext(1);

    assertThatThrownBy(
            () ->
                client
                    .conversations()
                    .uploadFile(
                        DEMO,
                        FileUploadParams.builder()
                            .file(new ByteArrayInputStream(PDF))
                            .fileName("once.pdf")
                            .build()))
        .isInstanceOf(GradiantException.class);

    assertThat(uploads()).extracting(RecordedRequest::status).containsExactly(0);
    assertThat(messages()).hasSize(3);
  }
}
