package dev.gradiant.sdk.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MultipartParts;
import dev.gradiant.sdk.conversations.FileUploadParams;
import dev.gradiant.sdk.conversations.Message;
import dev.gradiant.sdk.errors.ClientFailureException;
import dev.gradiant.sdk.errors.ConnectionException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An upload's body is sent again only when it can be sent whole: a {@code Path} or {@code byte[]}
 * is retried like any {@code POST} (same {@code Idempotency-Key}, whole body), an {@code
 * InputStream} only while none of it has been read (the connection was refused). A server that
 * reads part of an upload and drops the connection never gets a second, truncated or empty one;
 * nothing past the size limit is ever sent; and a large stream is read as the wire takes it, not
 * ahead of it.
 */
class UploadRetrySafetyTest {
  private static final int ONE_MIB = 1024 * 1024;

  private final FakeTime time = new FakeTime(Instant.parse("2026-11-22T10:00:00Z"));

  @TempDir Path dir;

  private GradiantClient client(Face face, String baseUrl, Runnable beforeEachWait) {
    return face.builder(baseUrl, time, beforeEachWait).apiKey("key_live").build();
  }

  private static Message upload(Face face, GradiantClient client, FileUploadParams params) {
    return face.call(
        client,
        c -> c.conversations().uploadFile("conv_123", params),
        a -> a.conversations().uploadFile("conv_123", params));
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aStreamCutShortByTheServerIsNotSentAgain(Face face) throws IOException {
    LazyBytes file = new LazyBytes(ONE_MIB);
    try (UploadServer server =
            new UploadServer(0, file::produced, UploadServer.Mode.DROP_MID_BODY);
        GradiantClient client = client(face, server.baseUrl(), () -> {})) {
      FileUploadParams params =
          FileUploadParams.builder().file(file, ONE_MIB).fileName("report.pdf").build();

      ConnectionException e =
          catchThrowableOfType(ConnectionException.class, () -> upload(face, client, params));

      assertThat(e.attempts()).isEqualTo(1);
      assertThat(server.seen()).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aStreamOfUnknownLengthCutShortIsNotSentAgain(Face face) throws IOException {
    LazyBytes file = new LazyBytes(ONE_MIB);
    try (UploadServer server =
            new UploadServer(0, file::produced, UploadServer.Mode.DROP_MID_BODY);
        GradiantClient client = client(face, server.baseUrl(), () -> {})) {
      FileUploadParams params =
          FileUploadParams.builder().file(file).fileName("report.pdf").build();

      catchThrowableOfType(ConnectionException.class, () -> upload(face, client, params));

      assertThat(server.seen()).hasSize(1);
      assertThat(time.sleeps()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aByteArrayCutShortIsRetriedWholeWithTheSameIdempotencyKey(Face face) throws IOException {
    byte[] bytes = new byte[ONE_MIB];
    try (UploadServer server =
            new UploadServer(
                0, () -> 0, UploadServer.Mode.DROP_MID_BODY, UploadServer.Mode.ANSWER);
        GradiantClient client = client(face, server.baseUrl(), () -> {})) {
      Message message =
          upload(
              face, client, FileUploadParams.builder().file(bytes).fileName("report.pdf").build());

      assertThat(message.id()).isEqualTo("msg_124");
      assertWholeRetry(server.seen(), bytes);
    }
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aPathCutShortIsRetriedWholeWithTheSameIdempotencyKey(Face face) throws IOException {
    byte[] bytes = new byte[ONE_MIB];
    Path report = Files.write(dir.resolve("report.pdf"), bytes);
    try (UploadServer server =
            new UploadServer(
                0, () -> 0, UploadServer.Mode.DROP_MID_BODY, UploadServer.Mode.ANSWER);
        GradiantClient client = client(face, server.baseUrl(), () -> {})) {
      upload(face, client, FileUploadParams.builder().file(report).build());

      assertWholeRetry(server.seen(), bytes);
    }
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aStreamIsRetriedWhenTheConnectionWasRefusedBeforeAnyOfItWasRead(Face face)
      throws IOException {
    int port = freePort();
    LazyBytes file = new LazyBytes(ONE_MIB);
    AtomicReference<UploadServer> server = new AtomicReference<>();
    Runnable startServer =
        () -> {
          if (server.get() == null) {
            server.set(new UploadServer(port, file::produced, UploadServer.Mode.ANSWER));
          }
        };
    try (GradiantClient client = client(face, "http://127.0.0.1:" + port + "/v1", startServer)) {
      Message message =
          upload(
              face,
              client,
              FileUploadParams.builder().file(file, ONE_MIB).fileName("report.pdf").build());

      assertThat(message.id()).isEqualTo("msg_124");
      List<UploadServer.Seen> seen = server.get().seen();
      assertThat(seen).hasSize(1);
      assertThat(fileBytes(seen.get(0))).hasSize(ONE_MIB);
      assertThat(time.sleeps()).hasSize(1);
    } finally {
      if (server.get() != null) {
        server.get().close();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aStreamLongerThanTheLimitIsStoppedBeforeTheLimitAndNotRetried(Face face)
      throws IOException, InterruptedException {
    LazyBytes file = new LazyBytes(FileUploadParams.MAX_FILE_SIZE + 1);
    try (UploadServer server = new UploadServer(0, file::produced, UploadServer.Mode.DRAIN);
        GradiantClient client = client(face, server.baseUrl(), () -> {})) {
      FileUploadParams params = FileUploadParams.builder().file(file).fileName("big.pdf").build();

      ClientFailureException e =
          catchThrowableOfType(ClientFailureException.class, () -> upload(face, client, params));

      assertThat(e).hasMessageContaining("26214400-byte upload limit");
      List<UploadServer.Seen> seen = server.awaitSeen(1);
      assertThat(seen).hasSize(1);
      long fileBytesSent = count(seen.get(0).body(), LazyBytes.BYTE);
      assertThat(fileBytesSent).isLessThanOrEqualTo(FileUploadParams.MAX_FILE_SIZE);
    }
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aLargeStreamIsReadAsTheWireTakesItNotAheadOfIt(Face face) throws IOException {
    long size = 24L * ONE_MIB;
    LazyBytes file = new LazyBytes(size);
    try (UploadServer server = new UploadServer(0, file::produced, UploadServer.Mode.ANSWER);
        GradiantClient client = client(face, server.baseUrl(), () -> {})) {
      upload(
          face, client, FileUploadParams.builder().file(file, size).fileName("scan.png").build());

      UploadServer.Seen seen = server.seen().get(0);
      // When the first body byte arrived, the server had read nothing more: the client can have
      // produced only what the socket buffers (a few MiB on loopback) and one chunk hold. A client
      // that read the file into memory first would have produced all of it.
      assertThat(seen.producedAtFirstByte()).isLessThan(8L * ONE_MIB);
      assertThat(count(seen.body(), LazyBytes.BYTE)).isEqualTo(size);
    }
  }

  private static void assertWholeRetry(List<UploadServer.Seen> seen, byte[] bytes) {
    assertThat(seen).hasSize(2);
    String key = seen.get(0).header("Idempotency-Key");
    assertThat(key).isNotNull();
    assertThat(seen.get(1).header("Idempotency-Key")).isEqualTo(key);
    assertThat(seen.get(0).body().length).isLessThan(bytes.length);
    assertThat(fileBytes(seen.get(1))).isEqualTo(bytes);
  }

  private static byte[] fileBytes(UploadServer.Seen seen) {
    List<MultipartParts.Part> parts =
        MultipartParts.parse(seen.header("Content-Type"), seen.body());
    assertThat(parts.get(0).name()).isEqualTo("file");
    return parts.get(0).bytes();
  }

  private static long count(byte[] bytes, byte wanted) {
    long n = 0;
    for (byte b : bytes) {
      if (b == wanted) {
        n++;
      }
    }
    return n;
  }

  private static int freePort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return probe.getLocalPort();
    }
  }
}
