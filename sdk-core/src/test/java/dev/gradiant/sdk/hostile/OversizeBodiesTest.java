package dev.gradiant.sdk.hostile;

import static dev.gradiant.sdk.AsyncResults.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.AsyncResults;
import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.GradiantClientBuilder;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.TestClients;
import dev.gradiant.sdk.errors.ResponseTooLargeException;
import dev.gradiant.sdk.hostile.FloodingServer.Framing;
import dev.gradiant.sdk.users.User;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A response body has a size cap ({@code maxResponseBodySize}): past it the call fails with a
 * {@link ResponseTooLargeException}, is not retried, and the rest of the body is not read, however
 * the body's length is told (declared, chunked, until the connection closes, gzip-compressed) and
 * whatever the status.
 */
class OversizeBodiesTest {
  private static final long CAP = 64 * 1024;
  private static final String USER_BODY = Payloads.envelope(Payloads.USER);
  private static final int USER_BYTES = USER_BODY.getBytes(StandardCharsets.UTF_8).length;

  private final FakeTime time = new FakeTime(Instant.parse("2026-11-22T10:00:00Z"));

  /** A client with the small cap, and retries left so that a retry would show. */
  private GradiantClient client(Face face, FloodingServer server) {
    return face.builder(server.baseUrl(), time)
        .apiToken(MockApi.TOKEN)
        .maxRetries(2)
        .maxResponseBodySize(CAP)
        .build();
  }

  private static void assertTooLarge(ResponseTooLargeException e, int status, Framing framing) {
    assertThat(e).isNotNull();
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.limit()).isEqualTo(CAP);
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.getMessage())
        .startsWith("GET /user was answered HTTP " + status)
        .contains("limit of " + CAP + " bytes");
    if (framing == Framing.DECLARED_HUGE) {
      assertThat(e.declaredLength()).hasValue(FloodingServer.DECLARED_HUGE_LENGTH);
    } else {
      assertThat(e.declaredLength()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Framing.class)
  void aBodyOverTheCapFailsWithoutBeingReadNorRetried(Framing framing) throws Exception {
    try (FloodingServer server = new FloodingServer(200, framing);
        GradiantClient client = client(Face.BLOCKING, server)) {
      ResponseTooLargeException e =
          catchThrowableOfType(ResponseTooLargeException.class, () -> client.users().me());

      assertTooLarge(e, 200, framing);
      assertThat(server.bodyBytesWritten())
          .as("body bytes the server could write before the client hung up")
          .isLessThan(FloodingServer.BODY_BYTES);
      assertThat(server.requests()).isEqualTo(1);
    }
    assertThat(time.sleeps()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Framing.class)
  void asyncABodyOverTheCapFailsWithoutBeingReadNorRetried(Framing framing) throws Exception {
    try (FloodingServer server = new FloodingServer(200, framing);
        GradiantClient client = client(Face.ASYNC, server)) {
      ResponseTooLargeException e =
          failure(ResponseTooLargeException.class, client.async().users().me());

      assertTooLarge(e, 200, framing);
      assertThat(server.bodyBytesWritten())
          .as("body bytes the server could write before the client hung up")
          .isLessThan(FloodingServer.BODY_BYTES);
      assertThat(server.requests()).isEqualTo(1);
    }
    assertThat(time.sleeps()).isEmpty();
  }

  /** An error status whose body is too large is not retried either, even one retried otherwise. */
  @Test
  void anOversizeServiceUnavailableIsNotRetried() throws Exception {
    try (FloodingServer server = new FloodingServer(503, Framing.CHUNKED);
        GradiantClient blocking = client(Face.BLOCKING, server);
        GradiantClient async = client(Face.ASYNC, server)) {
      assertTooLarge(
          catchThrowableOfType(ResponseTooLargeException.class, () -> blocking.users().me()),
          503,
          Framing.CHUNKED);
      server.bodyBytesWritten();
      assertTooLarge(
          failure(ResponseTooLargeException.class, async.async().users().me()),
          503,
          Framing.CHUNKED);
      server.bodyBytesWritten();
      assertThat(server.requests()).isEqualTo(2);
    }
    assertThat(time.sleeps()).isEmpty();
  }

  /**
   * A gzip bomb: a body of a few kilobytes, declared as such, that inflates to 8 MiB. The cap
   * counts the bytes as they are decoded (OkHttp asks for and inflates gzip on its own), so the
   * call fails once the cap is passed, without inflating the rest, on both faces.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aCompressedBodyThatInflatesPastTheCapFailsToo(boolean async) throws Exception {
    byte[] bomb = gzip(USER_BODY + " ".repeat(8 * 1024 * 1024));
    assertThat((long) bomb.length)
        .as("the body on the wire is far under the cap")
        .isLessThan(CAP / 2);
    try (MockApi api = MockApi.start();
        GradiantClient client =
            (async ? Face.ASYNC : Face.BLOCKING)
                .builder(api.baseUrl(), time)
                .apiToken(MockApi.TOKEN)
                .maxRetries(2)
                .maxResponseBodySize(CAP)
                .build()) {
      api.enqueue(
          new MockResponse.Builder()
              .code(200)
              .addHeader("Content-Type", "application/json")
              .addHeader("Content-Encoding", "gzip")
              .body(new Buffer().write(bomb))
              .build());

      ResponseTooLargeException e =
          async
              ? failure(ResponseTooLargeException.class, client.async().users().me())
              : catchThrowableOfType(ResponseTooLargeException.class, () -> client.users().me());

      assertTooLarge(e, 200, Framing.CHUNKED);
      assertThat(api.takeRequest().getHeaders().get("Accept-Encoding")).isEqualTo("gzip");
      assertThat(api.requestCount()).isEqualTo(1);
    }
    assertThat(time.sleeps()).isEmpty();
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  /** The cap is inclusive, counted the same with and without a declared length. */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aBodyOfExactlyTheCapIsReadAndOneByteMoreIsNot(boolean chunked) {
    try (MockApi api = MockApi.start()) {
      for (int i = 0; i < 4; i++) {
        MockResponse.Builder answer =
            new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json");
        api.enqueue(
            (chunked ? answer.chunkedBody(USER_BODY, 100) : answer.body(USER_BODY)).build());
      }
      try (GradiantClient exact =
              api.builder().apiToken(MockApi.TOKEN).maxResponseBodySize(USER_BYTES).build();
          GradiantClient under =
              api.builder().apiToken(MockApi.TOKEN).maxResponseBodySize(USER_BYTES - 1).build()) {
        assertThat(exact.users().me().id()).isEqualTo("user_123");
        User async = AsyncResults.await(exact.async().users().me());
        assertThat(async.id()).isEqualTo("user_123");

        ResponseTooLargeException blocking =
            catchThrowableOfType(ResponseTooLargeException.class, () -> under.users().me());
        ResponseTooLargeException fromAsync =
            failure(ResponseTooLargeException.class, under.async().users().me());

        assertThat(blocking.limit()).isEqualTo(USER_BYTES - 1);
        assertThat(fromAsync.limit()).isEqualTo(USER_BYTES - 1);
      }
      assertThat(api.requestCount()).isEqualTo(4);
    }
  }

  @Test
  void theCapMustBeAPositiveSizeAByteArrayCanHold() {
    GradiantClientBuilder builder = GradiantClient.builder();
    for (long bad : new long[] {0, -1, Integer.MAX_VALUE - 7L, Long.MAX_VALUE}) {
      assertThatThrownBy(() -> builder.maxResponseBodySize(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("maxResponseBodySize")
          .hasMessageContaining(Long.toString(bad));
    }
    assertThat(builder.maxResponseBodySize(1)).isSameAs(builder);
    assertThat(builder.maxResponseBodySize(Integer.MAX_VALUE - 8L)).isSameAs(builder);
  }

  @Test
  void theDefaultCapIsSixteenMebibytes() throws Exception {
    try (FloodingServer server = new FloodingServer(200, Framing.CHUNKED);
        GradiantClient client =
            TestClients.blocking(server.baseUrl(), time).apiToken(MockApi.TOKEN).build()) {
      ResponseTooLargeException e =
          catchThrowableOfType(ResponseTooLargeException.class, () -> client.users().me());

      assertThat(e.limit())
          .isEqualTo(GradiantClient.DEFAULT_MAX_RESPONSE_BODY_SIZE)
          .isEqualTo(16L * 1024 * 1024);
      assertThat(server.bodyBytesWritten()).isLessThan(FloodingServer.BODY_BYTES);
    }
  }
}
