package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.realtime.Channel;
import dev.gradiant.sdk.realtime.Subscribed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How the sandbox's one port shares connections between its HTTP server and its WebSocket server: a
 * connection chooses by its first request, and one that carried plain requests may still ask for an
 * upgrade (OkHttp sends it on a pooled REST connection when both share a pool and HTTP/1.1).
 * Closing the sandbox ends every connection and the port's threads.
 */
class OnePortConnectionsTest {
  private static final String KEY = "dGhlIHNhbXBsZSBub25jZQ==";

  private final GradiantSandbox sandbox = GradiantSandbox.start();

  @AfterEach
  void close() {
    sandbox.close();
  }

  @Test
  void aFeedUpgradeSentOnThePooledRestConnectionOfAnHttp11ClientIsServed() throws Exception {
    OkHttpClient http11 = new OkHttpClient.Builder().protocols(List.of(Protocol.HTTP_1_1)).build();
    try (GradiantClient client =
        TestSupport.builder(sandbox).httpClient(http11).apiToken(sandbox.apiToken()).build()) {
      assertThat(client.health().check().status()).isEqualTo("healthy");
      assertThat(http11.connectionPool().idleConnectionCount()).isEqualTo(1);

      Subscribed subscribed =
          client
              .realtime()
              .subscribe(Channel.bookings(sandbox.demoUserId()))
              .get(10, TimeUnit.SECONDS);

      assertThat(subscribed.channel()).isEqualTo(Channel.bookings(sandbox.demoUserId()));
      assertThat(client.health().check().status()).isEqualTo("healthy");
    } finally {
      http11.dispatcher().executorService().shutdown();
      http11.connectionPool().evictAll();
    }
    assertThat(sandbox.requests())
        .extracting(RecordedRequest::path)
        .containsExactly("/health", "/health");
  }

  @Test
  void anUpgradeAfterAChunkedRequestOnTheSameConnectionIsHandedToTheFeed() throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), sandbox.port())) {
      socket.setSoTimeout(10_000); // a guard against a hang, not a limit under test
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      String query = "{\"query\":\"{ __typename }\"}";
      out.write(
          ("POST /v1/graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
                  + sandbox.apiToken()
                  + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                  + Integer.toHexString(10)
                  + ";part=1\r\n"
                  + query.substring(0, 10)
                  + "\r\n"
                  + Integer.toHexString(query.length() - 10)
                  + "\r\n"
                  + query.substring(10)
                  + "\r\n0\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      String answer = head(in);
      assertThat(answer).startsWith("HTTP/1.1 200");
      String body = new String(in.readNBytes(contentLength(answer)), StandardCharsets.UTF_8);
      assertThat(body).contains("\"__typename\":\"Query\"");

      out.write(
          ("GET /v1/realtime HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                  + "Connection: Upgrade\r\nSec-WebSocket-Key: "
                  + KEY
                  + "\r\nSec-WebSocket-Version: 13\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      String upgraded = head(in);
      assertThat(upgraded).startsWith("HTTP/1.1 101");
      assertThat(upgraded)
          .containsIgnoringCase("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");

      out.write(
          maskedText(
              "{\"type\":\"auth\",\"ref\":\"a1\",\"token\":\"" + sandbox.apiToken() + "\"}"));
      assertThat(textFrame(in)).contains("\"type\":\"authenticated\"");
    }
    assertThat(sandbox.requests())
        .extracting(RecordedRequest::method, RecordedRequest::path, RecordedRequest::body)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "POST", "/graphql", "{\"query\":\"{ __typename }\"}"));
  }

  @Test
  void plainRequestsKeepTheirConnectionAliveThroughThePort() throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), sandbox.port())) {
      socket.setSoTimeout(10_000); // a guard against a hang, not a limit under test
      for (int i = 0; i < 3; i++) {
        socket
            .getOutputStream()
            .write(
                ("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-ID: keep-"
                        + i
                        + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        String answer = head(socket.getInputStream());
        assertThat(answer)
            .startsWith("HTTP/1.1 200")
            .containsIgnoringCase("X-Request-ID: keep-" + i);
        assertThat(
                new String(
                    socket.getInputStream().readNBytes(contentLength(answer)),
                    StandardCharsets.UTF_8))
            .contains("\"healthy\"");
      }
    }
    assertThat(sandbox.requests())
        .extracting(RecordedRequest::path)
        .containsExactly("/health", "/health", "/health");
  }

  @Test
  void closeEndsIdlePipedAndUpgradedConnectionsAndThePortsThreads() throws Exception {
    Socket idle = new Socket(InetAddress.getLoopbackAddress(), sandbox.port());
    Socket rest = new Socket(InetAddress.getLoopbackAddress(), sandbox.port());
    try (idle;
        rest;
        RawFeed feed = new RawFeed(sandbox)) {
      feed.authenticate(sandbox.apiToken());
      rest.setSoTimeout(10_000);
      idle.setSoTimeout(10_000);
      rest.getOutputStream()
          .write(
              "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      String answer = head(rest.getInputStream());
      rest.getInputStream().readNBytes(contentLength(answer));
      List<Thread> port =
          Thread.getAllStackTraces().keySet().stream()
              .filter(
                  thread ->
                      thread.getName().startsWith("gradiant-sandbox-port-" + sandbox.port() + "-"))
              .toList();
      assertThat(port).isNotEmpty();

      sandbox.close();

      assertThat(idle.getInputStream().read()).isEqualTo(-1);
      assertThat(rest.getInputStream().read()).isEqualTo(-1);
      assertThat(feed.closeCode()).isEqualTo(1006);
      for (Thread thread : port) {
        thread.join(10_000);
        assertThat(thread.isAlive()).as(thread.getName() + " ended").isFalse();
      }
    }
  }

  private static String head(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      assertThat(b).as("the head went on: %s", head).isNotNegative();
      head.write(b);
      String text = head.toString(StandardCharsets.ISO_8859_1);
      if (text.endsWith("\r\n\r\n")) {
        return text;
      }
    }
  }

  private static int contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring(15).strip());
      }
    }
    throw new AssertionError("no Content-Length in " + head);
  }

  /** A client's text frame, masked as RFC 6455 requires (payload under 126 bytes). */
  private static byte[] maskedText(String text) {
    byte[] payload = text.getBytes(StandardCharsets.UTF_8);
    assertThat(payload.length).isLessThan(126);
    byte[] mask = {1, 2, 3, 4};
    byte[] frame = new byte[6 + payload.length];
    frame[0] = (byte) 0x81;
    frame[1] = (byte) (0x80 | payload.length);
    System.arraycopy(mask, 0, frame, 2, 4);
    for (int i = 0; i < payload.length; i++) {
      frame[6 + i] = (byte) (payload[i] ^ mask[i % 4]);
    }
    return frame;
  }

  /** Reads a server's unmasked text frame. */
  private static String textFrame(InputStream in) throws IOException {
    int opcode = in.read() & 0x0F;
    assertThat(opcode).isEqualTo(1);
    int length = in.read() & 0x7F;
    if (length == 126) {
      length = (in.read() << 8) | in.read();
    }
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }
}
