package dev.gradiant.sdk.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How the shared port reads requests on a connection: which heads are WebSocket upgrades, and where
 * a body ends, so that a request after it is found.
 */
class RequestFramingTest {
  private static final Set<String> PATHS = FeedServer.PATHS;

  private static RequestHead head(String text) {
    return RequestHead.of(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void anUpgradeIsAGetOfAFeedPathAskingForWebsocketInAnyCase() {
    assertThat(
            head("GET /v1/realtime HTTP/1.1\r\nupgrade: WebSocket\r\n\r\n")
                .isWebSocketUpgrade(PATHS))
        .isTrue();
    assertThat(
            head("GET /v1/graphql?x=1 HTTP/1.1\r\nUpgrade: h2c, websocket\r\n\r\n")
                .isWebSocketUpgrade(PATHS))
        .isTrue();
    assertThat(
            head("POST /v1/graphql HTTP/1.1\r\nUpgrade: websocket\r\n\r\n")
                .isWebSocketUpgrade(PATHS))
        .isFalse();
    assertThat(head("GET /v1/realtime HTTP/1.1\r\nHost: x\r\n\r\n").isWebSocketUpgrade(PATHS))
        .isFalse();
    assertThat(
            head("GET /v1/users HTTP/1.1\r\nUpgrade: websocket\r\n\r\n").isWebSocketUpgrade(PATHS))
        .isFalse();
    assertThat(
            head("GET /v1/realtime HTTP/1.1\r\nUpgrade: websocket\r\n").isWebSocketUpgrade(PATHS))
        .as("a head cut short")
        .isFalse();
  }

  @Test
  void bodiesAreFramedByContentLengthOrChunks() {
    assertThat(head("POST / HTTP/1.1\r\nContent-Length: 12\r\n\r\n").contentLength()).isEqualTo(12);
    assertThat(head("POST / HTTP/1.1\r\ncontent-length: x\r\n\r\n").contentLength()).isEqualTo(-1);
    assertThat(head("GET / HTTP/1.1\r\n\r\n").contentLength()).isZero();
    assertThat(head("POST / HTTP/1.1\r\nTransfer-Encoding: Chunked \r\n\r\n").isChunked()).isTrue();
  }

  @Test
  void onlyTransferEncodingChunkedItselfIsChunkedAsTheJdkServerReadsIt() {
    // The JDK's HttpServer reads a body as chunked only for "chunked" (any case); for any other
    // coding it goes by Content-Length. The pipe must find the body's end where the server does,
    // or the two disagree about where the next request on the connection starts.
    assertThat(head("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n").isChunked())
        .isFalse();
    assertThat(head("POST / HTTP/1.1\r\nTransfer-Encoding: xchunked\r\n\r\n").isChunked())
        .isFalse();
  }

  @Test
  void aChunkedBodyIsCopiedThroughItsLastChunkAndTheNextHeadIsFound() throws IOException {
    String first = "POST /v1/graphql HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n";
    String chunks = "3;ext=1\r\nabc\r\n0\r\nTrailer: t\r\n\r\n";
    String next = "GET /v1/realtime HTTP/1.1\r\nUpgrade: websocket\r\n\r\n";
    RequestReader reader =
        new RequestReader(
            first.substring(0, 10).getBytes(StandardCharsets.ISO_8859_1),
            new ByteArrayInputStream(
                (first.substring(10) + chunks + next).getBytes(StandardCharsets.ISO_8859_1)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThat(new String(reader.head(), StandardCharsets.ISO_8859_1)).isEqualTo(first);
    assertThat(reader.copyChunks(out)).isTrue();
    assertThat(out.toString(StandardCharsets.ISO_8859_1)).isEqualTo(chunks);
    assertThat(new String(reader.head(), StandardCharsets.ISO_8859_1)).isEqualTo(next);
    assertThat(reader.head()).isNull();
  }

  @Test
  void aBodyCutShortOrABadChunkSizeEndsTheFraming() throws IOException {
    RequestReader shortBody =
        new RequestReader(
            new byte[0], new ByteArrayInputStream("ab".getBytes(StandardCharsets.US_ASCII)));
    assertThat(shortBody.copy(5, new ByteArrayOutputStream())).isFalse();
    RequestReader badSize =
        new RequestReader(
            new byte[0],
            new ByteArrayInputStream("zz\r\nabc\r\n".getBytes(StandardCharsets.US_ASCII)));
    assertThat(badSize.copyChunks(new ByteArrayOutputStream())).isFalse();
    RequestReader cut =
        new RequestReader(
            new byte[0],
            new ByteArrayInputStream("GET / HTTP/1.1\r\nHo".getBytes(StandardCharsets.US_ASCII)));
    assertThat(new String(cut.head(), StandardCharsets.US_ASCII)).isEqualTo("GET / HTTP/1.1\r\nHo");
    assertThat(RequestHead.of(cut.rest()).isComplete()).isFalse();
  }
}
