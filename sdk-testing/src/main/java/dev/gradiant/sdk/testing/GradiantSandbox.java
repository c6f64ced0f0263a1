package dev.gradiant.sdk.testing;

import dev.gradiant.sdk.testing.internal.DemoData;
import dev.gradiant.sdk.testing.internal.SandboxConfig;
import dev.gradiant.sdk.testing.internal.SandboxServer;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Gradiant API v1 in your process: an HTTP server on 127.0.0.1 that speaks {@code
 * openapi/gradiant-v1.yaml} (paths, envelopes, error shapes, status codes, rate-limit headers,
 * idempotency keys, validation), keeps what you create, and signs and sends webhooks. It needs no
 * account and no network, starts in a fraction of a second, and is for tests and demos only.
 *
 * <pre>{@code
 * try (GradiantSandbox sandbox = GradiantSandbox.start();
 *     GradiantClient client = GradiantClient.builder()
 *         .baseUrl(sandbox.baseUrl())
 *         .apiToken(sandbox.apiToken())
 *         .build()) {
 *   User user = client.users().create(UserCreateParams.builder().email("a@example.com").build());
 * }
 * }</pre>
 *
 * <p>It starts with demo data: five users (the API token and key act as the first, {@link
 * #demoUserId()}), twelve practitioners who work Monday to Friday, 09:00 to 17:00 in their own time
 * zone, and optionally past sessions ({@link Builder#demoSessions(int)}). Every user's password is
 * {@link #demoPassword()}; the one-time password is {@link #demoOtp()}.
 *
 * <p>Payments are tied to its bookings: a payment intent's amount must be its booking's price,
 * confirming one completes the booking's {@code paymentStatus} and sends {@code payment.completed},
 * and confirming with the payment method {@code pm_card_declined} or {@code
 * pm_card_insufficient_funds} is declined ({@code 402 PAYMENT_REQUIRED}, {@code payment.failed}).
 *
 * <p>Conversations: a client's first booking with a practitioner opens their conversation, and the
 * demo user starts with {@code conv_demo_1}, with {@code prac_101} (Jane Smith). File uploads
 * ({@code POST /conversations/{id}/files}) are read as a stream and never kept: the answer's
 * attachment carries the size and SHA-256 of the bytes received; a file over 25 MiB is refused with
 * {@code 413} as soon as its limit is passed, without reading the rest; each user may upload 50
 * files in any hour by the sandbox's {@link Builder#clock(Clock) clock} (then {@code 429} with
 * {@code Retry-After}), so a test moves its clock rather than waiting.
 *
 * <p>Test knobs: {@link #failNext(int, int)}, {@link #dropNext(int)}, {@link
 * #dropResponseOfNext(int)}, {@link #delayNext(Duration)}, a rate limit ({@link
 * Builder#rateLimit(int)}), {@link #requests()} (every request received) and {@link #deliveries()}
 * (every webhook), and the live feed's {@link #realtime()}. REST, GraphQL (queries, mutations and
 * subscriptions) and the live feed are all served on one loopback {@link #port()}, so {@link
 * #baseUrl()} is all a client needs. Thread-safe; close it to stop the server.
 */
public final class GradiantSandbox implements AutoCloseable {
  /** The API token a sandbox accepts unless {@link Builder#apiToken(String)} sets another. */
  public static final String DEFAULT_API_TOKEN = "gst_sandbox_demo_token";

  /** The API key a sandbox accepts unless {@link Builder#apiKey(String)} sets another. */
  public static final String DEFAULT_API_KEY = "avk_sandbox_demo_key";

  /**
   * The requests per minute a sandbox allows unless {@link Builder#rateLimit(int)} sets another.
   */
  public static final int DEFAULT_RATE_LIMIT_PER_MINUTE = 10_000;

  /**
   * How long a GraphQL subscriptions connection may go without {@code connection_init} unless
   * {@link Builder#graphqlInitTimeout(Duration)} sets another: 10 s, then {@code 4408}.
   */
  public static final Duration DEFAULT_GRAPHQL_INIT_TIMEOUT = Duration.ofSeconds(10);

  private static final String PASSWORD = "sandbox-password";
  private static final String OTP = "123456";
  private static final String OAUTH_CLIENT_ID = "sandbox-client";

  private final SandboxServer server;
  private final SandboxConfig config;
  private final SandboxRealtime realtime;
  private volatile boolean closed;

  private GradiantSandbox(SandboxConfig config) {
    this.config = config;
    this.server = new SandboxServer(config);
    this.realtime = new SandboxRealtime(server.feed());
  }

  /**
   * Starts a sandbox with the defaults on a free port.
   *
   * @return the running sandbox; close it when done
   */
  public static GradiantSandbox start() {
    return builder().start();
  }

  /** {@return a builder with the defaults: free port, system clock, random seed} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the base URL to give the client, e.g. {@code http://127.0.0.1:54321/v1}} */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.port() + SandboxServer.BASE_PATH;
  }

  /**
   * The root of the sandbox's live feed, {@code ws://127.0.0.1:<port>/v1}, on the sandbox's one
   * {@link #port()}: the feed is served at {@code ws://127.0.0.1:<port>/v1/realtime} and GraphQL
   * subscriptions at {@code ws://127.0.0.1:<port>/v1/graphql}, beside REST and GraphQL over HTTP.
   *
   * <p>No longer needed: a client given only {@link #baseUrl()} finds the feed and GraphQL
   * subscriptions on the same host and port. It stays for clients that set {@code
   * GradiantClientBuilder.realtimeUrl(..)} explicitly, which work unchanged.
   *
   * @return e.g. {@code ws://127.0.0.1:54321/v1}
   */
  public String realtimeUrl() {
    String feed = server.feed().url();
    return feed.substring(0, feed.length() - "/realtime".length());
  }

  /** {@return the live feed's test knobs: drop or close every connection} */
  public SandboxRealtime realtime() {
    return realtime;
  }

  /** {@return the port the sandbox listens on, on 127.0.0.1} */
  public int port() {
    return server.port();
  }

  /** {@return the API token it accepts ({@code Authorization: Bearer}); acts as the demo user} */
  public String apiToken() {
    return config.apiToken();
  }

  /** {@return the API key it accepts ({@code X-API-Key}); acts as the demo user} */
  public String apiKey() {
    return config.apiKey();
  }

  /** {@return the id of the demo user, whom the API token and key act as} */
  public String demoUserId() {
    return DemoData.DEMO_USER_ID;
  }

  /** {@return the demo user's email address, for {@code /auth/login} and one-time passwords} */
  public String demoUserEmail() {
    return DemoData.DEMO_USER_EMAIL;
  }

  /** {@return the password of every user of the sandbox, for {@code /auth/login}} */
  public String demoPassword() {
    return config.password();
  }

  /**
   * {@return the one-time password {@code /auth/otp/verify} accepts, once, after {@code
   * /auth/otp/send}}
   */
  public String demoOtp() {
    return config.otp();
  }

  /**
   * {@return the OAuth client id the sandbox knows; its {@code /oauth/authorize} approves every
   * request of this client at once, as the demo user, and redirects to any absolute redirect URI}
   */
  public String oauthClientId() {
    return config.oauthClientId();
  }

  /**
   * Answers the next {@code times} requests, whatever they are, with {@code status} in the error
   * envelope ({@code 429 RATE_LIMIT_EXCEEDED}, {@code 503 SERVICE_UNAVAILABLE}, …) and no {@code
   * Retry-After}. Queued failures and drops are used in the order queued.
   *
   * @param times how many requests, 0 or more
   * @param status an error status, 400 to 599
   */
  public void failNext(int times, int status) {
    failNext(times, status, null);
  }

  /**
   * Answers the next {@code times} requests with {@code status} and a {@code Retry-After} header.
   *
   * @param times how many requests, 0 or more
   * @param status an error status, 400 to 599
   * @param retryAfter the {@code Retry-After} to send (whole seconds), or null for none
   */
  public void failNext(int times, int status, Duration retryAfter) {
    requireTimes(times);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be 400 to 599, got " + status);
    }
    if (retryAfter != null && retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative, got " + retryAfter);
    }
    server.faults().fail(times, status, retryAfter);
  }

  /**
   * Closes the connection of the next {@code times} requests without answering, as a crashed server
   * or a broken proxy would. The request is read first, so a client cannot tell whether it was
   * carried out (it is not; {@link #dropResponseOfNext(int)} carries it out first).
   *
   * @param times how many requests, 0 or more
   */
  public void dropNext(int times) {
    requireTimes(times);
    server.faults().fail(times, 0, null);
  }

  /**
   * Carries out the next {@code times} requests (a booking is created, a user updated, webhooks
   * fire) and then closes each connection without answering, as a server that crashed after its
   * commit or a proxy that timed out would. The client sees the same broken connection as with
   * {@link #dropNext(int)}, but this time retrying with a new request would do the work twice; only
   * a retry that repeats the first {@code Idempotency-Key} gets the first answer (with {@code
   * Idempotent-Replayed: true}) and changes nothing. {@link #requests()} records these requests
   * with status 0, since no answer left. Queued failures and drops are used in the order queued.
   *
   * @param times how many requests, 0 or more
   */
  public void dropResponseOfNext(int times) {
    requireTimes(times);
    server.faults().dropResponses(times);
  }

  /**
   * Holds the answer to the next request for {@code delay} (to trigger client timeouts).
   *
   * @param delay how long, not negative
   */
  public void delayNext(Duration delay) {
    delayNext(1, delay);
  }

  /**
   * Holds the answers to the next {@code times} requests for {@code delay} each.
   *
   * @param times how many requests, 0 or more
   * @param delay how long, not negative
   */
  public void delayNext(int times, Duration delay) {
    requireTimes(times);
    Objects.requireNonNull(delay, "delay must not be null");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative, got " + delay);
    }
    server.faults().delay(times, delay);
  }

  /** Forgets queued failures, drops and delays. */
  public void clearFaults() {
    server.faults().clear();
  }

  /**
   * {@return every request received since the start or the last {@link #clearRequests()}, oldest
   * first (the latest 10,000)}
   */
  public List<RecordedRequest> requests() {
    return server.requests().all();
  }

  /** Forgets the recorded requests. */
  public void clearRequests() {
    server.requests().clear();
  }

  /**
   * POSTs the webhook deliveries of endpoints registered with {@code registeredUrl} to a receiver
   * on this machine. Registered URLs must be {@code https} (as in production), while a test
   * receiver usually listens on plain {@code http://127.0.0.1}: this maps one to the other, like a
   * tunnel. Deliveries to URLs that are not forwarded are recorded but not sent.
   *
   * @param registeredUrl the URL exactly as given to {@code POST /webhooks}
   * @param target the receiver: an {@code http} or {@code https} URL on localhost, 127.0.0.0/8 or
   *     ::1
   * @throws IllegalArgumentException if {@code target} is not on this machine
   */
  public void forwardWebhooks(String registeredUrl, URI target) {
    Objects.requireNonNull(registeredUrl, "registeredUrl must not be null");
    server.deliveries().forward(registeredUrl, target);
  }

  /**
   * {@return every webhook delivery since the start or {@link #clearDeliveries()}, oldest first}
   */
  public List<WebhookDelivery> deliveries() {
    return server.deliveries().all();
  }

  /**
   * Waits until at least {@code count} webhook deliveries are final (delivered, failed, or not
   * forwarded). Deliveries are sent in the background, one at a time, in order.
   *
   * @param count how many
   * @param timeout the longest wait
   * @return every delivery so far
   * @throws IllegalStateException if fewer are final when the time is up
   */
  public List<WebhookDelivery> awaitDeliveries(int count, Duration timeout) {
    Objects.requireNonNull(timeout, "timeout must not be null");
    return server.deliveries().await(count, timeout);
  }

  /** Forgets the recorded webhook deliveries. */
  public void clearDeliveries() {
    server.deliveries().clear();
  }

  /**
   * Moves a booking as its practitioner or the payment provider would, firing the webhooks a real
   * change fires: {@code confirmed} (from pending; an unpaid booking is paid, its open payment
   * intent or a new one completing: {@code payment.completed} and {@code booking.confirmed}),
   * {@code in_progress}, {@code completed}, {@code no_show}, or {@code cancelled} (a completed
   * payment is refunded).
   *
   * @param bookingId the booking
   * @param status the new {@code BookingStatus}
   * @throws IllegalArgumentException if there is no such booking or the move is not allowed
   */
  public void setBookingStatus(String bookingId, String status) {
    Objects.requireNonNull(bookingId, "bookingId must not be null");
    Objects.requireNonNull(status, "status must not be null");
    server.changeBookingStatus(bookingId, status);
  }

  /**
   * Appends an entry to a session's event log, as the participant's workspace would.
   *
   * @param sessionId the session
   * @param type a {@code SessionEventType} of the contract, e.g. {@code user_message}
   * @param data the event's data (JSON-like: maps, lists, strings, numbers, booleans)
   * @throws IllegalArgumentException if there is no such session or the type is unknown
   */
  public void addSessionEvent(String sessionId, String type, Map<String, ?> data) {
    Objects.requireNonNull(sessionId, "sessionId must not be null");
    Objects.requireNonNull(type, "type must not be null");
    server.addSessionEvent(sessionId, type, data == null ? Map.of() : data);
  }

  /**
   * How many wearable samples the sandbox has stored for a user ({@code POST
   * /users/{id}/wearables/samples}): each accepted sample once, however often its request was
   * retried under the same {@code Idempotency-Key}. For tests that a batch was stored exactly once.
   *
   * @param userId the user
   * @return the number of stored samples
   */
  public int wearableSamples(String userId) {
    Objects.requireNonNull(userId, "userId must not be null");
    return server.wearableSamples(userId);
  }

  /**
   * Starts over: every resource, token and idempotency key is replaced with fresh demo data (the
   * same ids again with a fixed seed), and the rate-limit window restarts. Recorded requests,
   * deliveries, forwards and queued faults are kept; clear them separately.
   */
  public void reset() {
    server.reset();
  }

  /**
   * Stops the server at once and abandons pending webhook deliveries. Calling it again is a no-op.
   */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      server.close();
    }
  }

  @Override
  public String toString() {
    return "GradiantSandbox[" + baseUrl() + "]";
  }

  private static void requireTimes(int times) {
    if (times < 0) {
      throw new IllegalArgumentException("times must not be negative, got " + times);
    }
  }

  /** Configures a {@link GradiantSandbox}. */
  public static final class Builder {
    private int port;
    private Clock clock = Clock.systemUTC();
    private Long seed;
    private int rateLimit = DEFAULT_RATE_LIMIT_PER_MINUTE;
    private Duration rateLimitWindow = Duration.ofMinutes(1);
    private String apiToken = DEFAULT_API_TOKEN;
    private String apiKey = DEFAULT_API_KEY;
    private int demoSessions;
    private int webhookAttempts = 3;
    private Duration webhookBackoff = Duration.ofMillis(100);
    private Duration graphqlInitTimeout = DEFAULT_GRAPHQL_INIT_TIMEOUT;

    private Builder() {}

    /**
     * The port on 127.0.0.1 (default 0: any free port).
     *
     * @param port 0 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The time source for timestamps, token expiry, rate-limit windows and webhook timestamps
     * (default: the system clock, UTC).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock must not be null");
      return this;
    }

    /**
     * Makes generated ids, tokens and secrets reproducible: the same seed and the same calls give
     * the same values (default: a random seed).
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Allows {@code perMinute} requests per minute, counted across all callers, then answers {@code
     * 429 RATE_LIMIT_EXCEEDED} with {@code Retry-After} until the minute is over (default {@value
     * GradiantSandbox#DEFAULT_RATE_LIMIT_PER_MINUTE}).
     *
     * @param perMinute at least 1
     * @return this builder
     */
    public Builder rateLimit(int perMinute) {
      return rateLimit(perMinute, Duration.ofMinutes(1));
    }

    /**
     * Allows {@code requests} per {@code window} (a fixed window starting at the first request);
     * short windows keep rate-limit tests fast.
     *
     * @param requests at least 1
     * @param window at least one second
     * @return this builder
     */
    public Builder rateLimit(int requests, Duration window) {
      if (requests < 1) {
        throw new IllegalArgumentException("requests must be at least 1, got " + requests);
      }
      Objects.requireNonNull(window, "window must not be null");
      if (window.compareTo(Duration.ofSeconds(1)) < 0) {
        throw new IllegalArgumentException("window must be at least 1 second, got " + window);
      }
      this.rateLimit = requests;
      this.rateLimitWindow = window;
      return this;
    }

    /**
     * The API token to accept instead of {@value GradiantSandbox#DEFAULT_API_TOKEN}.
     *
     * @param token a non-blank token
     * @return this builder
     */
    public Builder apiToken(String token) {
      this.apiToken = nonBlank("token", token);
      return this;
    }

    /**
     * The API key to accept instead of {@value GradiantSandbox#DEFAULT_API_KEY}.
     *
     * @param key a non-blank key
     * @return this builder
     */
    public Builder apiKey(String key) {
      this.apiKey = nonBlank("key", key);
      return this;
    }

    /**
     * Starts with {@code count} past sessions, spread over the last 90 days, across the demo users
     * and practitioners, most of them completed (default 0): data for pagination, exports and
     * analytics.
     *
     * @param count 0 to 100,000
     * @return this builder
     */
    public Builder demoSessions(int count) {
      if (count < 0 || count > 100_000) {
        throw new IllegalArgumentException("count must be 0 to 100000, got " + count);
      }
      this.demoSessions = count;
      return this;
    }

    /**
     * How webhook deliveries are retried: up to {@code attempts} POSTs, waiting {@code
     * firstBackoff} before the second and twice as long before each further one (default 3 and 100
     * ms).
     *
     * @param attempts 1 to 10
     * @param firstBackoff not negative
     * @return this builder
     */
    public Builder webhookRetries(int attempts, Duration firstBackoff) {
      if (attempts < 1 || attempts > 10) {
        throw new IllegalArgumentException("attempts must be 1 to 10, got " + attempts);
      }
      Objects.requireNonNull(firstBackoff, "firstBackoff must not be null");
      if (firstBackoff.isNegative()) {
        throw new IllegalArgumentException("firstBackoff must not be negative");
      }
      this.webhookAttempts = attempts;
      this.webhookBackoff = firstBackoff;
      return this;
    }

    /**
     * How long a GraphQL subscriptions connection may go without {@code connection_init} before the
     * sandbox closes it with {@code 4408} (default 10 s, as the AsyncAPI document says). The wait
     * is kept twice: by a timer of this length, which closes a connection that sends nothing, and
     * by the sandbox's {@link #clock(Clock) clock}, which closes with {@code 4408} a {@code
     * connection_init} that arrives once the clock has moved on this long since the upgrade; so a
     * test moves its clock rather than waiting. {@link Duration#ZERO} closes every connection at
     * once, for tests of how a client takes {@code 4408}.
     *
     * @param wait not negative
     * @return this builder
     */
    public Builder graphqlInitTimeout(Duration wait) {
      Objects.requireNonNull(wait, "wait must not be null");
      if (wait.isNegative()) {
        throw new IllegalArgumentException("wait must not be negative, got " + wait);
      }
      this.graphqlInitTimeout = wait;
      return this;
    }

    private static String nonBlank(String field, String value) {
      Objects.requireNonNull(value, () -> field + " must not be null");
      if (value.isBlank()) {
        throw new IllegalArgumentException(field + " must not be blank");
      }
      return value;
    }

    /**
     * Starts the sandbox.
     *
     * @return the running sandbox; close it when done
     * @throws java.io.UncheckedIOException if the port cannot be bound
     */
    public GradiantSandbox start() {
      long actualSeed = seed != null ? seed : new SecureRandom().nextLong();
      return new GradiantSandbox(
          new SandboxConfig(
              port,
              clock,
              actualSeed,
              rateLimit,
              rateLimitWindow,
              apiToken,
              apiKey,
              PASSWORD,
              OTP,
              OAUTH_CLIENT_ID,
              demoSessions,
              webhookAttempts,
              webhookBackoff,
              graphqlInitTimeout));
    }
  }
}
