package dev.gradiant.sdk.hostile;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.TestClients;
import dev.gradiant.sdk.errors.ConnectionException;
import dev.gradiant.sdk.wearables.WearableIngestException;
import dev.gradiant.sdk.wearables.WearableIngestParams;
import dev.gradiant.sdk.wearables.WearableIngestResult;
import dev.gradiant.sdk.wearables.WearableMetric;
import dev.gradiant.sdk.wearables.WearableSample;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server that stores a chunk of wearable samples and then drops the connection without an answer:
 * the SDK's retry carries the chunk's key, the server answers from its idempotency store, and no
 * sample is stored twice or lost, whether the retry comes within the call or, once the chunk failed
 * for good, from {@code resume}.
 */
class WearableLostAnswerTest {
  private static final Instant START = Instant.parse("2024-03-21T10:00:00Z");

  private final IdempotentIngestServer server = new IdempotentIngestServer();
  private final FakeTime time = new FakeTime(START);

  @AfterEach
  void stop() {
    server.close();
  }

  private static WearableIngestParams tenSamplesInFiveChunks() {
    List<WearableSample> samples =
        IntStream.range(0, 10)
            .mapToObj(
                i ->
                    WearableSample.builder()
                        .deviceId("dev_watch_1")
                        .metric(WearableMetric.STEPS)
                        .unit("count")
                        .value(100 + i)
                        .recordedAt(START.plusSeconds(i))
                        .build())
            .toList();
    return WearableIngestParams.builder().samples(samples).chunkSize(2).build();
  }

  private static List<String> everySampleOnce() {
    return IntStream.range(0, 10).mapToObj(i -> START.plusSeconds(i).toString()).toList();
  }

  @Test
  void aLostAnswerIsRetriedWithTheChunksKeyAndAnsweredFromTheStore() {
    server.dropAnswersOfChunk(3, 1);
    try (GradiantClient client =
        TestClients.blocking(server.baseUrl(), time).apiToken("tok_1").build()) {
      WearableIngestResult result = client.wearables().ingest("user_123", tenSamplesInFiveChunks());

      assertThat(result.accepted()).isEqualTo(10);
      assertThat(result.rejected()).isEmpty();
    }
    assertThat(server.stored()).containsExactlyElementsOf(everySampleOnce());
    assertThat(server.keysReceived()).hasSize(6);
    assertThat(server.keysReceived().get(2)).isEqualTo(server.keysReceived().get(3));
    assertThat(server.keysReceived().stream().distinct()).hasSize(5);
  }

  @Test
  void chunkThreeOfFiveFailingForGoodIsResumedWithoutDuplicates() {
    server.dropAnswersOfChunk(3, 3);
    try (GradiantClient client =
        TestClients.blocking(server.baseUrl(), time).apiToken("tok_1").build()) {
      WearableIngestException stopped =
          catchThrowableOfType(
              WearableIngestException.class,
              () -> client.wearables().ingest("user_123", tenSamplesInFiveChunks()));

      assertThat(stopped.getCause()).isInstanceOf(ConnectionException.class);
      assertThat(stopped.attempts()).isEqualTo(3);
      assertThat(stopped.completed().accepted()).isEqualTo(4);
      assertThat(stopped.unconfirmedFromIndex()).isEqualTo(4);
      assertThat(stopped.unconfirmedSamples()).hasSize(6);
      assertThat(server.stored()).as("chunk 3 was stored, its answers lost").hasSize(6);
      assertThat(server.keysReceived()).as("chunks 4 and 5 were not sent").hasSize(5);

      WearableIngestResult resumed = client.wearables().resume(stopped);

      assertThat(resumed.accepted()).isEqualTo(10);
    }
    assertThat(server.stored()).containsExactlyElementsOf(everySampleOnce());
    List<String> keys = server.keysReceived();
    assertThat(keys).hasSize(8);
    assertThat(keys.subList(2, 6))
        .as("chunk 3: three attempts and the resumed one")
        .containsOnly(keys.get(2));
    assertThat(server.replays()).isEqualTo(1);
  }

  @Test
  void theAsyncFaceResumesWithoutDuplicatesToo() throws Exception {
    server.dropAnswersOfChunk(3, 3);
    try (GradiantClient client =
        TestClients.async(server.baseUrl(), time).apiToken("tok_1").build()) {
      ExecutionException failure =
          catchThrowableOfType(
              ExecutionException.class,
              () ->
                  client
                      .async()
                      .wearables()
                      .ingest("user_123", tenSamplesInFiveChunks())
                      .get(30, SECONDS));
      WearableIngestException stopped = (WearableIngestException) failure.getCause();
      assertThat(stopped.unconfirmedFromIndex()).isEqualTo(4);

      WearableIngestResult resumed = client.async().wearables().resume(stopped).get(30, SECONDS);

      assertThat(resumed.accepted()).isEqualTo(10);
    }
    assertThat(server.stored()).containsExactlyElementsOf(everySampleOnce());
    assertThat(server.replays()).isEqualTo(1);
  }

  /**
   * Stores the samples of each new {@code Idempotency-Key} and answers {@code 200}; a key it has
   * seen is answered from its store, storing nothing. For the chunk chosen by {@link
   * #dropAnswersOfChunk}, it closes the connection without an answer, the first time after storing.
   */
  private static final class IdempotentIngestServer implements AutoCloseable {
    private static final int MAX_CONNECTIONS = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerSocket socket;
    private final List<String> stored = Collections.synchronizedList(new ArrayList<>());
    private final List<String> keys = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, byte[]> answers = new HashMap<>();
    private final List<String> distinct = new ArrayList<>();
    private int dropChunk;
    private int dropsLeft;
    private int replays;

    IdempotentIngestServer() {
      try {
        socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Thread acceptor = new Thread(this::serve, "idempotent-ingest-server");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    String baseUrl() {
      return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
    }

    synchronized void dropAnswersOfChunk(int chunk, int times) {
      this.dropChunk = chunk;
      this.dropsLeft = times;
    }

    List<String> stored() {
      synchronized (stored) {
        return List.copyOf(stored);
      }
    }

    List<String> keysReceived() {
      synchronized (keys) {
        return List.copyOf(keys);
      }
    }

    synchronized int replays() {
      return replays;
    }

    private void serve() {
      for (int i = 0; i < MAX_CONNECTIONS && !socket.isClosed(); i++) {
        try (Socket connection = socket.accept()) {
          InputStream in = connection.getInputStream();
          OutputStream out = connection.getOutputStream();
          for (int r = 0; r < 50; r++) {
            byte[] answer = handle(in);
            if (answer == null) {
              break;
            }
            out.write(answer);
            out.flush();
          }
        } catch (IOException e) {
          // closed, or the client went away
        }
      }
    }

    /** {@return the answer to send, or null to close the connection unanswered} */
    private synchronized byte[] handle(InputStream in) throws IOException {
      String head = readHead(in);
      if (head == null) {
        return null;
      }
      String key = header(head, "idempotency-key");
      byte[] body = in.readNBytes(Integer.parseInt(header(head, "content-length")));
      keys.add(key);
      byte[] answer = answers.get(key);
      boolean repeat = answer != null;
      if (!repeat) {
        distinct.add(key);
        JsonNode samples = JSON.readTree(body).get("samples");
        samples.forEach(sample -> stored.add(sample.get("recordedAt").asText()));
        answer = ok(samples.size());
        answers.put(key, answer);
      }
      if (distinct.indexOf(key) + 1 == dropChunk && dropsLeft > 0) {
        dropsLeft--;
        return null;
      }
      if (repeat) {
        replays++;
      }
      return answer;
    }

    private static byte[] ok(int accepted) {
      String body =
          "{\"data\": {\"accepted\": "
              + accepted
              + ", \"rejected\": []}, \"meta\": {\"requestId\": \"req_1\", \"timestamp\":"
              + " \"2024-03-21T10:00:00Z\"}}";
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      String head =
          "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
              + bytes.length
              + "\r\n\r\n";
      ByteArrayOutputStream whole = new ByteArrayOutputStream();
      whole.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
      whole.writeBytes(bytes);
      return whole.toByteArray();
    }

    private static String header(String head, String name) {
      for (String line : head.split("\r\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith(name + ":")) {
          return line.substring(name.length() + 1).trim();
        }
      }
      return "0";
    }

    private static String readHead(InputStream in) throws IOException {
      ByteArrayOutputStream head = new ByteArrayOutputStream();
      int matched = 0;
      while (head.size() < 64 * 1024) {
        int b = in.read();
        if (b < 0) {
          return null;
        }
        head.write(b);
        matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        if (matched == 4) {
          return head.toString(StandardCharsets.ISO_8859_1);
        }
      }
      return null;
    }

    @Override
    public void close() {
      try {
        socket.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
