package dev.gradiant.sdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.realtime.BookingUpdate;
import dev.gradiant.sdk.realtime.Channel;
import dev.gradiant.sdk.realtime.RealtimeFeed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Event delivery of the live feed over loopback: one operation asks the server ({@link
 * FeedBurstServer}) for a burst of {@code burst} {@code booking_update} events and waits until the
 * last one reached the consumer. {@code sdkListener} receives them as typed {@link BookingUpdate}s
 * through the SDK's feed (reader thread, de-duplication by {@code seq}, buffer, delivery thread,
 * listener); {@code rawListener} through a plain OkHttp {@link WebSocketListener} that reads each
 * frame into a Jackson tree on the reader thread, the least an application would do. With {@code
 * burst = 1} an operation is a round trip (latency); with 100, throughput (events/s = ops/s × 100).
 */
@State(Scope.Benchmark)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RealtimeDeliveryBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TRIGGER =
      "{\"type\":\"typing\",\"conversationId\":\"conv_1\",\"isTyping\":true}";

  /** Events per operation. */
  @Param({"1", "100"})
  public int burst;

  private FeedBurstServer server;
  private GradiantClient client;
  private RealtimeFeed feed;
  private final Semaphore sdkBursts = new Semaphore(0);
  private final AtomicInteger sdkCount = new AtomicInteger();
  private OkHttpClient okHttp;
  private WebSocket raw;
  private final Semaphore rawBursts = new Semaphore(0);
  private final AtomicInteger rawCount = new AtomicInteger();

  /** Starts the server, the SDK's feed and the raw socket, both subscribed and authenticated. */
  @Setup(Level.Trial)
  public void start() throws InterruptedException {
    server = new FeedBurstServer(burst);
    client = GradiantClient.builder().apiToken("bench-token").baseUrl(server.baseUrl()).build();
    feed = client.realtime();
    feed.addListener(
        event -> {
          if (event instanceof BookingUpdate && sdkCount.incrementAndGet() % burst == 0) {
            sdkBursts.release();
          }
        });
    feed.subscribe(Channel.bookings("user_123")).join();

    okHttp = new OkHttpClient();
    Semaphore subscribed = new Semaphore(0);
    raw =
        okHttp.newWebSocket(
            new Request.Builder().url(server.feedUrl()).build(),
            new WebSocketListener() {
              @Override
              public void onMessage(WebSocket socket, String text) {
                JsonNode frame;
                try {
                  frame = JSON.readTree(text);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
                String type = frame.path("type").asText();
                if (type.equals("booking_update")) {
                  if (rawCount.incrementAndGet() % burst == 0) {
                    rawBursts.release();
                  }
                } else if (type.equals("subscribed")) {
                  subscribed.release();
                }
              }
            });
    raw.send("{\"type\":\"auth\",\"token\":\"bench-token\"}");
    raw.send("{\"type\":\"subscribe\",\"channel\":\"" + FeedBurstServer.CHANNEL + "\"}");
    if (!subscribed.tryAcquire(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the raw socket was not subscribed");
    }
  }

  /** Closes both consumers and the server. */
  @TearDown(Level.Trial)
  public void stop() {
    raw.close(1000, null);
    okHttp.dispatcher().executorService().shutdown();
    client.close();
    server.close();
  }

  /**
   * A burst through the SDK's feed, to its listener.
   *
   * @throws InterruptedException if interrupted while waiting
   */
  @Benchmark
  public void sdkListener() throws InterruptedException {
    feed.sendTyping("conv_1", true);
    sdkBursts.acquire();
  }

  /**
   * The same burst through a raw OkHttp listener on its own socket to the same server.
   *
   * @throws InterruptedException if interrupted while waiting
   */
  @Benchmark
  public void rawListener() throws InterruptedException {
    raw.send(TRIGGER);
    rawBursts.acquire();
  }
}
