package dev.gradiant.sdk;

import dev.gradiant.sdk.analytics.AnalyticsClient;
import dev.gradiant.sdk.auth.AuthClient;
import dev.gradiant.sdk.bookings.BookingsClient;
import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.health.HealthClient;
import dev.gradiant.sdk.internal.concurrent.CompletionExecutor;
import dev.gradiant.sdk.internal.config.BaseUrl;
import dev.gradiant.sdk.internal.config.UserAgent;
import dev.gradiant.sdk.internal.http.AuthenticatingTransport;
import dev.gradiant.sdk.internal.http.HeldRetryAfter;
import dev.gradiant.sdk.internal.http.HttpTransport;
import dev.gradiant.sdk.internal.http.OkHttpTransport;
import dev.gradiant.sdk.internal.http.PlatformTls;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import dev.gradiant.sdk.internal.logging.LoggingTransport;
import dev.gradiant.sdk.internal.resilience.Backoff;
import dev.gradiant.sdk.internal.resilience.RateLimitBudget;
import dev.gradiant.sdk.internal.resilience.RateLimitingTransport;
import dev.gradiant.sdk.internal.resilience.RequestRateLimiter;
import dev.gradiant.sdk.internal.resilience.RetryPolicy;
import dev.gradiant.sdk.internal.resilience.RetryingTransport;
import dev.gradiant.sdk.internal.resilience.Scheduler;
import dev.gradiant.sdk.internal.resilience.Sleeper;
import dev.gradiant.sdk.internal.resilience.SystemScheduler;
import dev.gradiant.sdk.practitioners.PractitionersClient;
import dev.gradiant.sdk.sessions.SessionsClient;
import dev.gradiant.sdk.users.UsersClient;
import dev.gradiant.sdk.webhookendpoints.WebhookEndpointsClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.UnaryOperator;
import okhttp3.Authenticator;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The entry point to the Gradiant API v1. Build one per application and share it: it is immutable
 * and thread-safe, and it holds a connection pool. Close it when the application stops.
 *
 * <pre>{@code
 * try (GradiantClient client = GradiantClient.builder().apiToken(token).build()) {
 *   User me = client.users().me();
 * }
 * }</pre>
 *
 * <p>Each resource of the API has a sub-client ({@link #users()}, {@link #health()}); each
 * sub-client method is one API operation and returns its typed result, or throws a {@link
 * dev.gradiant.sdk.errors.GradiantException}.
 */
public final class GradiantClient implements AutoCloseable {
  /** The production API root. */
  public static final String DEFAULT_BASE_URL = "https://api.gradiant.dev/v1";

  /** Environment variable read for an API token when the builder was given no credentials. */
  public static final String ENV_API_TOKEN = "GRADIANT_API_TOKEN";

  /** Environment variable read for an API key when the builder was given no credentials. */
  public static final String ENV_API_KEY = "GRADIANT_API_KEY";

  /** Environment variable read for the base URL when the builder was given none. */
  public static final String ENV_BASE_URL = "GRADIANT_BASE_URL";

  /** The largest response body a client reads unless told otherwise: 16 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BODY_SIZE = 16L * 1024 * 1024;

  private final HttpUrl baseUrl;
  private final HttpTransport transport;
  private final Scheduler scheduler;
  private final CompletionExecutor completions;
  private final AsyncGradiantClient async;
  private final HealthClient health;
  private final AuthClient auth;
  private final UsersClient users;
  private final SessionsClient sessions;
  private final BookingsClient bookings;
  private final PractitionersClient practitioners;
  private final AnalyticsClient analytics;
  private final WebhookEndpointsClient webhookEndpoints;

  private GradiantClient(
      HttpUrl baseUrl,
      HttpTransport transport,
      Scheduler scheduler,
      CompletionExecutor completions) {
    this.baseUrl = baseUrl;
    this.transport = transport;
    this.scheduler = scheduler;
    this.completions = completions;
    RequestExecutor executor =
        new RequestExecutor(baseUrl, transport, UserAgent.value(), completions);
    this.async = new AsyncGradiantClient(executor);
    this.health = SubClientFactories.create(HealthClient.class, executor);
    this.auth = SubClientFactories.create(AuthClient.class, executor);
    this.users = SubClientFactories.create(UsersClient.class, executor);
    this.sessions = SubClientFactories.create(SessionsClient.class, executor);
    this.bookings = SubClientFactories.create(BookingsClient.class, executor);
    this.practitioners = SubClientFactories.create(PractitionersClient.class, executor);
    this.analytics = SubClientFactories.create(AnalyticsClient.class, executor);
    this.webhookEndpoints = SubClientFactories.create(WebhookEndpointsClient.class, executor);
  }

  /** {@return a builder; see {@link Builder} for the options and their defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return service health ({@code GET /health}), which needs no credentials} */
  public HealthClient health() {
    return health;
  }

  /** {@return login, one-time passwords, token refresh and OAuth 2.0 with PKCE} */
  public AuthClient auth() {
    return auth;
  }

  /** {@return users, their preferences, health profiles and bookings} */
  public UsersClient users() {
    return users;
  }

  /** {@return therapy sessions, their phases and event log} */
  public SessionsClient sessions() {
    return sessions;
  }

  /** {@return bookings of practitioners} */
  public BookingsClient bookings() {
    return bookings;
  }

  /** {@return the practitioner directory and availability} */
  public PractitionersClient practitioners() {
    return practitioners;
  }

  /** {@return session and user analytics} */
  public AnalyticsClient analytics() {
    return analytics;
  }

  /** {@return the endpoints that receive webhook deliveries} */
  public WebhookEndpointsClient webhookEndpoints() {
    return webhookEndpoints;
  }

  /**
   * The same API without blocking: every sub-client and method of this client, returning a {@link
   * java.util.concurrent.CompletableFuture}. Calls share this client's connection pool, retries,
   * rate limits and credentials; waits between attempts do not hold a thread. Which thread
   * completes the futures (and runs their dependent stages) is described in {@link
   * AsyncGradiantClient}; {@link Builder#asyncExecutor(Executor)} chooses it.
   *
   * <pre>{@code
   * client.async().users().get("user_123").thenAccept(user -> ...);
   * }</pre>
   *
   * @return the asynchronous view of this client; closed with it
   */
  public AsyncGradiantClient async() {
    return async;
  }

  /** {@return the API root this client calls} */
  public String baseUrl() {
    return baseUrl.toString();
  }

  /**
   * Releases the connection pool and threads the client created. An {@link OkHttpClient} handed in
   * through {@link Builder#httpClient(OkHttpClient)} stays open: it belongs to the caller. Calls
   * made after closing fail with {@link IllegalStateException}.
   */
  @Override
  public void close() {
    transport.close();
    scheduler.close();
    completions.close();
  }

  @Override
  public String toString() {
    return "GradiantClient[" + baseUrl + "]";
  }

  /**
   * Configures a {@link GradiantClient}. Exactly one kind of credentials is needed: {@link
   * #apiToken(String)}, {@link #apiKey(String)} or {@link #credentials(Credentials)}; with none,
   * {@code GRADIANT_API_TOKEN} then {@code GRADIANT_API_KEY} are read from the environment.
   */
  public static final class Builder {
    private static final Credentials NO_CREDENTIALS = Map::of;
    private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);

    /** Asynchronous exchanges in flight at once, and dispatcher threads (OkHttp's default, 64). */
    private static final int MAX_ASYNC_REQUESTS = 64;

    private Credentials credentials;
    private String credentialsSource;
    private String baseUrl;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration writeTimeout;
    private Duration callTimeout;
    private OkHttpClient httpClient;
    private UnaryOperator<String> environment = System::getenv;
    private int maxRetries = RetryPolicy.DEFAULT.maxRetries();
    private Duration retryBaseDelay = RetryPolicy.DEFAULT.baseDelay();
    private Duration retryMaxDelay = RetryPolicy.DEFAULT.maxDelay();
    private Duration maxRetryWait = RetryPolicy.DEFAULT.maxWait();
    private Duration timeout = RetryPolicy.DEFAULT.timeout();
    private Integer requestsPerMinute;
    private long maxResponseBodySize = DEFAULT_MAX_RESPONSE_BODY_SIZE;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Scheduler scheduler;
    private Executor asyncExecutor;
    private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {}

    /**
     * Authenticates with an API token or OAuth access token ({@code Authorization: Bearer}).
     *
     * @param token the token
     * @return this builder
     */
    public Builder apiToken(String token) {
      return credentials(Credentials.bearerToken(token), "apiToken");
    }

    /**
     * Authenticates with an API key ({@code X-API-Key}).
     *
     * @param key the key
     * @return this builder
     */
    public Builder apiKey(String key) {
      return credentials(Credentials.apiKey(key), "apiKey");
    }

    /**
     * Authenticates with headers from a custom provider, asked before every request.
     *
     * @param credentials the provider
     * @return this builder
     */
    public Builder credentials(Credentials credentials) {
      return credentials(Objects.requireNonNull(credentials, "credentials"), "credentials");
    }

    /**
     * Builds a client with no credentials of its own, for applications that only sign users in
     * ({@code auth().login(..)}, OTP, the OAuth token exchange) or that pass credentials per call
     * with {@link RequestOptions.Builder#credentials(Credentials)}. Any other call fails with
     * {@link IllegalStateException} before anything is sent.
     *
     * @return this builder
     */
    public Builder withoutCredentials() {
      return credentials(NO_CREDENTIALS, "withoutCredentials");
    }

    private Builder credentials(Credentials value, String source) {
      if (credentials != null) {
        throw new IllegalStateException(
            "Credentials were already set with "
                + credentialsSource
                + "(..); set only one of apiToken, apiKey, credentials or withoutCredentials");
      }
      this.credentials = value;
      this.credentialsSource = source;
      return this;
    }

    /**
     * The API root, for self-hosted deployments and tests (default {@value #DEFAULT_BASE_URL}, or
     * {@code GRADIANT_BASE_URL}). Plain {@code http} is accepted only for loopback hosts.
     *
     * @param baseUrl e.g. {@code https://gradiant.clinic.example/v1}
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /**
     * Time allowed to open a connection (default 10 s).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connectTimeout", timeout);
      return this;
    }

    /**
     * Time allowed between two bytes of the response (default 30 s).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive("readTimeout", timeout);
      return this;
    }

    /**
     * Time allowed between two bytes of the request (default 30 s).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = positive("writeTimeout", timeout);
      return this;
    }

    /**
     * Time allowed for one whole logical call, all attempts and waits between them included
     * (default 60 s). When the next wait would end past it, the call fails at once. Per request:
     * {@link RequestOptions.Builder#timeout(Duration)}.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = positive("timeout", timeout);
      return this;
    }

    /**
     * How many times a failed call is retried (default 2; 0 turns retries off). Retried: connection
     * failures, timeouts, and {@code 408}, {@code 429}, {@code 500}, {@code 502}, {@code 503},
     * {@code 504}; a {@code POST} is retried with the same {@code Idempotency-Key}, so it cannot
     * create twice. The replay after a {@code 401} that renewed {@link
     * dev.gradiant.sdk.core.RenewableCredentials} counts as one retry: with 0 the call fails with
     * the {@code 401} and the renewed credentials serve the next call. Per request: {@link
     * RequestOptions.Builder#maxRetries(int)}.
     *
     * @param maxRetries 0 or more
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative, got " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * The backoff between retries when the server names no wait: exponential from {@code
     * baseDelay}, capped at {@code maxDelay}, with full jitter (default 0.5 s and 8 s).
     *
     * @param baseDelay the first step; positive
     * @param maxDelay the largest step; not less than {@code baseDelay}
     * @return this builder
     */
    public Builder retryBackoff(Duration baseDelay, Duration maxDelay) {
      positive("baseDelay", baseDelay);
      positive("maxDelay", maxDelay);
      if (maxDelay.compareTo(baseDelay) < 0) {
        throw new IllegalArgumentException("maxDelay must not be less than baseDelay");
      }
      this.retryBaseDelay = baseDelay;
      this.retryMaxDelay = maxDelay;
      return this;
    }

    /**
     * The longest wait the SDK sleeps for before retrying or sending, when the server asks for one
     * ({@code Retry-After}, a spent rate-limit budget) (default 60 s). A longer wait is not slept:
     * the call fails at once with a {@link dev.gradiant.sdk.errors.RateLimitException} (or the
     * server's error) whose {@code retryAfter()} tells the wait, so the caller can schedule it.
     *
     * @param maxRetryWait a positive duration
     * @return this builder
     */
    public Builder maxRetryWait(Duration maxRetryWait) {
      this.maxRetryWait = positive("maxRetryWait", maxRetryWait);
      return this;
    }

    /**
     * A client-side limit, e.g. the plan's 100 requests per minute, shared by every thread of the
     * client: calls beyond it wait their turn instead of collecting {@code 429}s. Off by default;
     * the server's {@code X-RateLimit-*} budget is always respected.
     *
     * @param requestsPerMinute a positive number
     * @return this builder
     */
    public Builder rateLimit(int requestsPerMinute) {
      if (requestsPerMinute < 1) {
        throw new IllegalArgumentException(
            "requestsPerMinute must be positive, got " + requestsPerMinute);
      }
      this.requestsPerMinute = requestsPerMinute;
      return this;
    }

    /**
     * The largest response body the client reads, in bytes, counted after decompression (default
     * {@value GradiantClient#DEFAULT_MAX_RESPONSE_BODY_SIZE}, 16 MiB). A response that declares a
     * longer body fails before any of it is read, one that sends a longer body fails once the limit
     * is passed; either way the rest is not read (the connection is closed), the call is not
     * retried, and it fails with a {@link dev.gradiant.sdk.errors.ResponseTooLargeException},
     * whatever the status.
     *
     * @param bytes from 1 to {@code Integer.MAX_VALUE - 8} (the largest byte array)
     * @return this builder
     */
    public Builder maxResponseBodySize(long bytes) {
      if (bytes < 1 || bytes > OkHttpTransport.MAX_BODY_SIZE) {
        throw new IllegalArgumentException(
            "maxResponseBodySize must be between 1 and "
                + OkHttpTransport.MAX_BODY_SIZE
                + " bytes, got "
                + bytes);
      }
      this.maxResponseBodySize = bytes;
      return this;
    }

    /**
     * Where the futures of {@link GradiantClient#async()} complete, and so where the stages the
     * application attaches to them ({@code thenApply}, {@code thenAccept}, {@code whenComplete}...)
     * run: with it set, every such future completes on a thread of {@code executor}, whatever ended
     * the call (a response, an error, a timeout, a failure after a retry wait). Set it when those
     * stages are slow or block, or must run on the application's own threads (an event loop's,
     * say). The SDK never shuts it down. Should it refuse a task (it was shut down), the future
     * completes as without it. Blocking calls do not use it. Without it, see {@link
     * AsyncGradiantClient} for the threads that complete the futures.
     *
     * @param executor e.g. the application's pool for asynchronous work
     * @return this builder
     */
    public Builder asyncExecutor(Executor executor) {
      this.asyncExecutor = Objects.requireNonNull(executor, "asyncExecutor");
      return this;
    }

    /** The time source for deadlines and rate limits; tests replace the system clock. */
    Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How the client waits; tests replace {@link Sleeper#SYSTEM} so that nothing sleeps. */
    Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** How asynchronous calls wait; tests replace the client's own scheduler thread. */
    Builder scheduler(Scheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /** Uniform values in [0, 1) for backoff jitter; tests make it deterministic. */
    Builder jitter(DoubleSupplier jitter) {
      this.jitter = Objects.requireNonNull(jitter, "jitter");
      return this;
    }

    /**
     * Time allowed for one HTTP exchange (one attempt), from connecting to the last byte (default
     * 30 s).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positive("callTimeout", timeout);
      return this;
    }

    /**
     * Calls through the application's own OkHttp client (its proxy, TLS, interceptors and pool).
     * Timeouts set on this builder are applied on top; the client is not closed by {@link
     * GradiantClient#close()}. The SDK calls through a copy ({@link OkHttpClient#newBuilder()})
     * that follows no redirects and does not retry on its own, whatever the client's settings (a
     * {@code 3xx} becomes an {@link dev.gradiant.sdk.errors.UnexpectedRedirectException}, retries
     * are {@link #maxRetries(int)}'s), and whose {@link okhttp3.Authenticator} is not asked to
     * answer the API's {@code 401}s (the SDK's credentials do; its proxy authenticator is kept);
     * the client handed in is not changed. Its network interceptors see a {@code 503}'s {@code
     * Retry-After} under the name {@code X-Gradiant-Held-Retry-After}, which keeps OkHttp from
     * re-sending the request by itself.
     *
     * @param client the OkHttp client to share
     * @return this builder
     */
    public Builder httpClient(OkHttpClient client) {
      this.httpClient = Objects.requireNonNull(client, "httpClient");
      return this;
    }

    /** Where environment variables are read from; tests replace {@code System::getenv}. */
    Builder environment(UnaryOperator<String> environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /**
     * Checks the configuration and creates the client.
     *
     * @return the client
     * @throws IllegalStateException if no credentials are set here or in the environment
     * @throws IllegalArgumentException if the base URL is invalid or plain http to a non-loopback
     *     host
     */
    public GradiantClient build() {
      HttpUrl url = BaseUrl.parse(baseUrl != null ? baseUrl : orDefault(ENV_BASE_URL));
      Credentials resolved =
          credentials == NO_CREDENTIALS
              ? null
              : credentials != null ? credentials : credentialsFromEnvironment();
      boolean owned = httpClient == null;
      OkHttpClient okHttp =
          configure(owned ? PlatformTls.newClientBuilder() : httpClient.newBuilder());
      RetryPolicy policy =
          new RetryPolicy(maxRetries, retryBaseDelay, retryMaxDelay, maxRetryWait, timeout);
      RequestRateLimiter limiter =
          requestsPerMinute == null
              ? null
              : new RequestRateLimiter(requestsPerMinute, clock.instant());
      Scheduler waits = scheduler != null ? scheduler : new SystemScheduler();
      Duration attemptTimeout =
          callTimeout != null ? callTimeout : owned ? DEFAULT_CALL_TIMEOUT : null;
      HttpTransport wire =
          new LoggingTransport(
              new OkHttpTransport(okHttp, owned, clock, attemptTimeout, maxResponseBodySize));
      HttpTransport limited =
          new RateLimitingTransport(
              wire, new RateLimitBudget(), limiter, clock, sleeper, waits, maxRetryWait);
      // Retrying is outermost: every transmission, the replay after renewing credentials
      // included, is one attempt of the call, on its deadline and within its retry budget.
      HttpTransport retrying =
          new RetryingTransport(
              new AuthenticatingTransport(limited, resolved),
              policy,
              clock,
              sleeper,
              waits,
              new Backoff(retryBaseDelay, retryMaxDelay, jitter));
      return new GradiantClient(url, retrying, waits, new CompletionExecutor(asyncExecutor));
    }

    private String orDefault(String variable) {
      String value = environment.apply(variable);
      return value == null || value.isBlank() ? DEFAULT_BASE_URL : value;
    }

    private Credentials credentialsFromEnvironment() {
      String token = environment.apply(ENV_API_TOKEN);
      if (token != null && !token.isBlank()) {
        return Credentials.bearerToken(token);
      }
      String key = environment.apply(ENV_API_KEY);
      if (key != null && !key.isBlank()) {
        return Credentials.apiKey(key);
      }
      throw new IllegalStateException(
          "No credentials: call apiToken(..), apiKey(..) or credentials(..) on the builder, or set"
              + " the GRADIANT_API_TOKEN or GRADIANT_API_KEY environment variable");
    }

    private OkHttpClient configure(OkHttpClient.Builder builder) {
      boolean own = httpClient == null;
      timeout(connectTimeout, own ? DEFAULT_CONNECT_TIMEOUT : null, builder::connectTimeout);
      timeout(readTimeout, own ? DEFAULT_READ_TIMEOUT : null, builder::readTimeout);
      timeout(writeTimeout, own ? DEFAULT_WRITE_TIMEOUT : null, builder::writeTimeout);
      // callTimeout is enforced per attempt by the transport's own deadline watch, not by
      // OkHttp's call timeout (whose watchdog costs a third of a fast call's throughput).
      // On the client the SDK builds and on its copy of one handed in (the application's own
      // client keeps its settings): no redirect is followed, so that no credential header,
      // Idempotency-Key or body goes to another origin or over plain HTTP (a 3xx becomes an
      // UnexpectedRedirectException); and every transmission is the SDK's retry loop's to decide
      // and count, so OkHttp's own silent retry (of a request whose pooled connection was
      // dropped) is off, as are OkHttp's other follow-ups: the immediate re-send of a 503 with
      // Retry-After: 0 (HeldRetryAfter) and a 401 answered by the handed-in client's
      // authenticator (the SDK's credentials answer 401s; a proxy's 407 is left to the client).
      builder
          .followRedirects(false)
          .followSslRedirects(false)
          .retryOnConnectionFailure(false)
          .authenticator(Authenticator.NONE)
          .addNetworkInterceptor(new HeldRetryAfter());
      if (own) {
        builder.dispatcher(asyncDispatcher());
      }
      return builder.build();
    }

    /**
     * The dispatcher of the asynchronous calls of a client-owned OkHttp client. They all go to one
     * host, so OkHttp's default of 5 in flight per host would queue the rest: allow its overall
     * limit (64) instead. And its threads are capped at that limit: OkHttp's default cached pool
     * briefly starts a new thread for each call handed over while the previous one's thread is
     * still finishing. Blocking calls do not use the dispatcher.
     */
    private static Dispatcher asyncDispatcher() {
      ThreadPoolExecutor threads =
          new ThreadPoolExecutor(
              MAX_ASYNC_REQUESTS,
              MAX_ASYNC_REQUESTS,
              60,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              task -> new Thread(task, "Gradiant OkHttp Dispatcher"));
      threads.allowCoreThreadTimeOut(true);
      Dispatcher dispatcher = new Dispatcher(threads);
      dispatcher.setMaxRequests(MAX_ASYNC_REQUESTS);
      dispatcher.setMaxRequestsPerHost(MAX_ASYNC_REQUESTS);
      return dispatcher;
    }

    private static void timeout(
        Duration chosen, Duration fallback, java.util.function.Consumer<Duration> setter) {
      Duration value = chosen != null ? chosen : fallback;
      if (value != null) {
        setter.accept(value);
      }
    }

    private static Duration positive(String field, Duration value) {
      Objects.requireNonNull(value, () -> field + " must not be null");
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(field + " must be positive, got " + value);
      }
      return value;
    }
  }
}
