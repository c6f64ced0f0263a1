package dev.gradiant.sdk.testing.internal;

import dev.gradiant.sdk.testing.WebhookDelivery;
import dev.gradiant.sdk.testing.WebhookDelivery.Status;
import dev.gradiant.sdk.webhooks.SignatureScheme;
import dev.gradiant.sdk.webhooks.WebhookSigner;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Signs webhook events and POSTs them, one at a time and in order, on a bounded background queue:
 * to the local receiver a registered URL is forwarded to, retrying failures with exponential
 * backoff; deliveries to URLs that are not forwarded are only recorded.
 */
public final class Deliveries implements AutoCloseable {
  private static final int QUEUE_CAPACITY = 10_000;
  private static final int KEPT = 10_000;
  private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(5);

  private final Clock clock;
  private final int maxAttempts;
  private final Duration firstBackoff;
  private final ThreadPoolExecutor executor;
  private final Map<String, URI> forwards = new ConcurrentHashMap<>();
  private final Map<Long, WebhookDelivery> log = new Store.Bounded<>(KEPT);
  private long sequence;
  private HttpClient http;

  /**
   * @param clock the clock for {@code webhook-timestamp}
   * @param maxAttempts POSTs per delivery, at least 1
   * @param firstBackoff the wait before the second attempt; doubled before each further one
   */
  public Deliveries(Clock clock, int maxAttempts, Duration firstBackoff) {
    this.clock = clock;
    this.maxAttempts = maxAttempts;
    this.firstBackoff = firstBackoff;
    this.executor =
        new ThreadPoolExecutor(
            1,
            1,
            10,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(QUEUE_CAPACITY),
            runnable -> {
              Thread thread = new Thread(runnable, "gradiant-sandbox-webhooks");
              thread.setDaemon(true);
              return thread;
            });
    this.executor.allowCoreThreadTimeOut(true);
  }

  /**
   * Forwards deliveries for endpoints registered with {@code registeredUrl} to {@code target}.
   *
   * @param registeredUrl the URL as registered with {@code POST /webhooks}
   * @param target a loopback {@code http} or {@code https} URL
   */
  public void forward(String registeredUrl, URI target) {
    if (!isLoopback(target)) {
      throw new IllegalArgumentException(
          "target must be an http(s) URL on this machine (localhost, 127.0.0.0/8, ::1), got "
              + target);
    }
    forwards.put(registeredUrl, target);
  }

  static boolean isLoopback(URI target) {
    if (target == null
        || target.getHost() == null
        || !("http".equals(target.getScheme()) || "https".equals(target.getScheme()))) {
      return false;
    }
    try {
      String host = target.getHost();
      return host.equalsIgnoreCase("localhost")
          || InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /**
   * Queues one event for one endpoint.
   *
   * @param eventId the event id
   * @param eventType the event type
   * @param endpointId the endpoint
   * @param url the endpoint's registered URL
   * @param secret the endpoint's secret
   * @param body the exact body
   */
  public void submit(
      String eventId, String eventType, String endpointId, String url, String secret, byte[] body) {
    URI target = forwards.get(url);
    WebhookSigner signer = WebhookSigner.of(secret, clock);
    boolean standard = secret.startsWith("whsec_");
    String text = new String(body, StandardCharsets.UTF_8);
    long index;
    synchronized (log) {
      index = sequence++;
      log.put(
          index,
          delivery(
              eventId,
              eventType,
              endpointId,
              url,
              target,
              text,
              sign(signer, standard, eventId, body)));
      log.notifyAll();
    }
    if (target == null) {
      return;
    }
    try {
      executor.execute(() -> deliver(index, eventId, target, signer, standard, body));
    } catch (RejectedExecutionException e) {
      update(index, 0, 0, Map.of(), Status.FAILED);
    }
  }

  private Map<String, String> sign(
      WebhookSigner signer, boolean standard, String eventId, byte[] body) {
    return standard
        ? signer.signStandardWebhooks(body, "msg_" + eventId, clock.instant())
        : signer.sign(body, SignatureScheme.GRADIANT);
  }

  private void deliver(
      long index, String eventId, URI target, WebhookSigner signer, boolean standard, byte[] body) {
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      Map<String, String> headers = sign(signer, standard, eventId, body);
      int status = post(target, headers, body);
      if (status >= 200 && status < 300) {
        update(index, attempt, status, headers, Status.DELIVERED);
        return;
      }
      boolean last = attempt == maxAttempts;
      update(index, attempt, status, headers, last ? Status.FAILED : Status.PENDING);
      if (!last && !pause(firstBackoff.multipliedBy(1L << (attempt - 1)))) {
        update(index, attempt, status, headers, Status.FAILED);
        return;
      }
    }
  }

  private int post(URI target, Map<String, String> headers, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target)
            .timeout(ATTEMPT_TIMEOUT)
            .header("Content-Type", "application/json")
            .header("User-Agent", "Gradiant-Webhooks/1.0 (sandbox)")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    try {
      return client().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  private synchronized HttpClient client() {
    if (http == null) {
      http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }
    return http;
  }

  private static boolean pause(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void update(
      long index, int attempts, int status, Map<String, String> headers, Status outcome) {
    synchronized (log) {
      WebhookDelivery old = log.get(index);
      if (old == null) {
        return;
      }
      log.put(
          index,
          old.toBuilder()
              .headers(headers.isEmpty() ? old.headers() : headers)
              .attempts(attempts)
              .lastStatus(status)
              .status(outcome)
              .build());
      log.notifyAll();
    }
  }

  /** {@return every delivery so far, oldest first} */
  public List<WebhookDelivery> all() {
    synchronized (log) {
      return List.copyOf(log.values());
    }
  }

  /**
   * Waits until at least {@code count} deliveries are final.
   *
   * @param count how many
   * @param timeout the longest wait
   * @return every delivery so far
   * @throws IllegalStateException if fewer are final when the time is up
   */
  public List<WebhookDelivery> await(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (log) {
      while (true) {
        long finished = log.values().stream().filter(d -> d.status().isFinal()).count();
        if (finished >= count) {
          return List.copyOf(log.values());
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IllegalStateException(
              "Only "
                  + finished
                  + " of "
                  + count
                  + " webhook deliveries finished within "
                  + timeout
                  + " ("
                  + log.size()
                  + " queued)");
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(log, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Interrupted while waiting for webhook deliveries", e);
        }
      }
    }
  }

  /** Forgets every recorded delivery (pending ones still run, unrecorded). */
  public void clear() {
    synchronized (log) {
      log.clear();
    }
  }

  /** Stops the background queue; pending deliveries are abandoned. */
  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A new delivery, forwarded to {@code target} or, when it is null, only recorded. */
  private static WebhookDelivery delivery(
      String eventId,
      String eventType,
      String endpointId,
      String url,
      URI target,
      String body,
      Map<String, String> headers) {
    WebhookDelivery.Builder delivery =
        WebhookDelivery.builder()
            .eventId(eventId)
            .eventType(eventType)
            .endpointId(endpointId)
            .url(url)
            .body(body)
            .headers(headers)
            .status(target == null ? Status.NOT_FORWARDED : Status.PENDING);
    if (target != null) {
      delivery.forwardedTo(target);
    }
    return delivery.build();
  }
}
