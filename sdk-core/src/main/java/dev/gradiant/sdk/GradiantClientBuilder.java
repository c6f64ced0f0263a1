package dev.gradiant.sdk;

import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.client.ClientAssembly;
import dev.gradiant.sdk.internal.client.ClientRuntime;
import dev.gradiant.sdk.internal.client.ClientSettings;
import dev.gradiant.sdk.internal.config.BaseUrl;
import dev.gradiant.sdk.internal.http.OkHttpTransport;
import dev.gradiant.sdk.internal.realtime.RealtimeUrl;
import dev.gradiant.sdk.internal.resilience.RetryPolicy;
import dev.gradiant.sdk.internal.resilience.Scheduler;
import dev.gradiant.sdk.internal.resilience.Sleeper;
import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.realtime.OverflowPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.UnaryOperator;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Configures a {@link GradiantClient}; from {@link GradiantClient#builder()}. Exactly one kind of
 * credentials is needed: {@link #apiToken(String)}, {@link #apiKey(String)} or {@link
 * #credentials(Credentials)}; with none, {@code GRADIANT_API_TOKEN} then {@code GRADIANT_API_KEY}
 * are read from the environment. Not thread-safe; {@link #build()} may be called more than once,
 * each time for a new client.
 */
public final class GradiantClientBuilder {
  private static final Credentials NO_CREDENTIALS = Map::of;

  private Credentials credentials;
  private String credentialsSource;
  private String baseUrl;
  private String authBaseUrl;
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
  private long maxResponseBodySize = GradiantClient.DEFAULT_MAX_RESPONSE_BODY_SIZE;
  private Clock clock = Clock.systemUTC();
  private Sleeper sleeper = Sleeper.SYSTEM;
  private Scheduler scheduler;
  private Scheduler credentialsTimer;
  private Executor asyncExecutor;
  private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();
  private final List<CallObserver> observers = new ArrayList<>();
  private String realtimeUrl;
  private int realtimeBufferCapacity = DEFAULT_REALTIME_BUFFER;
  // OverflowPolicy.FAIL; as a flag, so that a client that sets no policy loads no realtime type.
  private boolean realtimeFailOnOverflow;

  /** Events buffered per consumer of the live feed unless told otherwise. */
  static final int DEFAULT_REALTIME_BUFFER = 1024;

  GradiantClientBuilder() {}

  /**
   * Authenticates with an API token or OAuth access token ({@code Authorization: Bearer}).
   *
   * @param token the token
   * @return this builder
   */
  public GradiantClientBuilder apiToken(String token) {
    return credentials(Credentials.bearerToken(token), "apiToken");
  }

  /**
   * Authenticates with an API key ({@code X-API-Key}).
   *
   * @param key the key
   * @return this builder
   */
  public GradiantClientBuilder apiKey(String key) {
    return credentials(Credentials.apiKey(key), "apiKey");
  }

  /**
   * Authenticates with headers from a custom provider, asked before every request.
   *
   * @param credentials the provider
   * @return this builder
   */
  public GradiantClientBuilder credentials(Credentials credentials) {
    return credentials(Objects.requireNonNull(credentials, "credentials"), "credentials");
  }

  /**
   * Builds a client with no credentials of its own, for applications that only sign users in
   * ({@code auth().login(..)}, OTP, the OAuth token exchange) or that pass credentials per call
   * with {@link RequestOptions.Builder#credentials(Credentials)}. Any other call fails with {@link
   * IllegalStateException} before anything is sent.
   *
   * @return this builder
   */
  public GradiantClientBuilder withoutCredentials() {
    return credentials(NO_CREDENTIALS, "withoutCredentials");
  }

  private GradiantClientBuilder credentials(Credentials value, String source) {
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
   * The API root, for self-hosted deployments and tests (default {@value
   * GradiantClient#DEFAULT_BASE_URL}, or {@code GRADIANT_BASE_URL}). Plain {@code http} is accepted
   * only for loopback hosts.
   *
   * @param baseUrl e.g. {@code https://gradiant.clinic.example/v1}
   * @return this builder
   */
  public GradiantClientBuilder baseUrl(String baseUrl) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    return this;
  }

  /**
   * The root of the OAuth 2.0 endpoints, for deployments that run them on a host of their own
   * (document 004's {@code https://auth.<domain>}): {@code POST /oauth/token} ({@code
   * auth().exchangeAuthorizationCode(..)}, {@code auth().refreshOAuthToken(..)}) is sent there, and
   * {@code auth().authorizationRequest(..)} builds its {@code /oauth/authorize} URL there. Default:
   * the API base URL. The same rule as {@link #baseUrl(String)}: plain {@code http} only to
   * loopback hosts. The token endpoint needs no credentials, and none of the client's (API token,
   * API key or custom provider) is ever sent to this host.
   *
   * @param authBaseUrl e.g. {@code https://auth.gradiant.dev}
   * @return this builder
   */
  public GradiantClientBuilder authBaseUrl(String authBaseUrl) {
    this.authBaseUrl = Objects.requireNonNull(authBaseUrl, "authBaseUrl");
    return this;
  }

  /**
   * Time allowed to open a connection (default 10 s).
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public GradiantClientBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = positive("connectTimeout", timeout);
    return this;
  }

  /**
   * Time allowed between two bytes of the response (default 30 s).
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public GradiantClientBuilder readTimeout(Duration timeout) {
    this.readTimeout = positive("readTimeout", timeout);
    return this;
  }

  /**
   * Time allowed between two bytes of the request (default 30 s).
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public GradiantClientBuilder writeTimeout(Duration timeout) {
    this.writeTimeout = positive("writeTimeout", timeout);
    return this;
  }

  /**
   * Time allowed for one whole logical call, all attempts and waits between them included (default
   * 60 s). When the next wait would end past it, the call fails at once. Per request: {@link
   * RequestOptions.Builder#timeout(Duration)}.
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public GradiantClientBuilder timeout(Duration timeout) {
    this.timeout = positive("timeout", timeout);
    return this;
  }

  /**
   * How many times a failed call is retried (default 2; 0 turns retries off). Retried: connection
   * failures, timeouts, and {@code 408}, {@code 429}, {@code 500}, {@code 502}, {@code 503}, {@code
   * 504}; a {@code POST} is retried with the same {@code Idempotency-Key}, so it cannot create
   * twice. The replay after a {@code 401} that renewed {@link
   * dev.gradiant.sdk.core.RenewableCredentials} counts as one retry: with 0 the call fails with the
   * {@code 401} and the renewed credentials serve the next call. Per request: {@link
   * RequestOptions.Builder#maxRetries(int)}.
   *
   * @param maxRetries 0 or more
   * @return this builder
   */
  public GradiantClientBuilder maxRetries(int maxRetries) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must not be negative, got " + maxRetries);
    }
    this.maxRetries = maxRetries;
    return this;
  }

  /**
   * The backoff between retries when the server names no wait: exponential from {@code baseDelay},
   * capped at {@code maxDelay}, with full jitter (default 0.5 s and 8 s).
   *
   * @param baseDelay the first step; positive
   * @param maxDelay the largest step; not less than {@code baseDelay}
   * @return this builder
   */
  public GradiantClientBuilder retryBackoff(Duration baseDelay, Duration maxDelay) {
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
  public GradiantClientBuilder maxRetryWait(Duration maxRetryWait) {
    this.maxRetryWait = positive("maxRetryWait", maxRetryWait);
    return this;
  }

  /**
   * A client-side limit, e.g. the plan's 100 requests per minute, shared by every thread of the
   * client: calls beyond it wait their turn instead of collecting {@code 429}s. Off by default; the
   * server's {@code X-RateLimit-*} budget is always respected.
   *
   * @param requestsPerMinute a positive number
   * @return this builder
   */
  public GradiantClientBuilder rateLimit(int requestsPerMinute) {
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
   * is passed; either way the rest is not read (the connection is closed), the call is not retried,
   * and it fails with a {@link dev.gradiant.sdk.errors.ResponseTooLargeException}, whatever the
   * status.
   *
   * @param bytes from 1 to {@code Integer.MAX_VALUE - 8} (the largest byte array)
   * @return this builder
   */
  public GradiantClientBuilder maxResponseBodySize(long bytes) {
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
   * stages are slow or block, or must run on the application's own threads (an event loop's, say).
   * The SDK never shuts it down. Should it refuse a task (it was shut down), the future completes
   * as without it. Blocking calls do not use it. Without it, see {@link AsyncGradiantClient} for
   * the threads that complete the futures.
   *
   * @param executor e.g. the application's pool for asynchronous work
   * @return this builder
   */
  public GradiantClientBuilder asyncExecutor(Executor executor) {
    this.asyncExecutor = Objects.requireNonNull(executor, "asyncExecutor");
    return this;
  }

  /**
   * Adds an observer of every call of the client (and of its {@link GradiantClient#async()} face):
   * for traces, metrics or an audit trail. Observers are called in the order they were added; what
   * they see, on which threads, and what happens when one throws is described on {@link
   * CallObserver}. None by default, and a client without observers does no observing work.
   *
   * @param observer the observer
   * @return this builder
   */
  public GradiantClientBuilder addObserver(CallObserver observer) {
    observers.add(Objects.requireNonNull(observer, "observer"));
    return this;
  }

  /**
   * The root of the live feed ({@link GradiantClient#realtime()}), which adds the contract's path
   * {@code /realtime}, and of GraphQL subscriptions ({@link GradiantClient#graphql()}), which add
   * {@code /graphql}. Default: {@code wss://ws.gradiant.dev/v1} when the base URL is the production
   * one; otherwise the base URL's own host and path with {@code https} as {@code wss} (and {@code
   * http} as {@code ws}), which is where self-hosted deployments and the sandbox serve the feed.
   * Plain {@code ws} is accepted only for loopback hosts. No credential goes in the URL.
   *
   * @param realtimeUrl e.g. {@code wss://ws.gradiant.clinic.example/v1}
   * @return this builder
   */
  public GradiantClientBuilder realtimeUrl(String realtimeUrl) {
    this.realtimeUrl = Objects.requireNonNull(realtimeUrl, "realtimeUrl");
    return this;
  }

  /**
   * How many events the live feed buffers for each consumer (a listener, a subscriber of {@code
   * events()}) that has not taken them yet, and what happens when one is full (default 1,024 and
   * {@link OverflowPolicy#RECONNECT_AND_RESUME}). The same applies to each GraphQL subscription's
   * consumer (see {@link dev.gradiant.sdk.graphql.GraphqlClient}).
   *
   * @param capacity events per consumer, at least 2
   * @param policy what a full buffer does
   * @return this builder
   */
  public GradiantClientBuilder realtimeBuffer(int capacity, OverflowPolicy policy) {
    if (capacity < 2) {
      throw new IllegalArgumentException(
          "realtime buffer capacity must be at least 2, got " + capacity);
    }
    this.realtimeBufferCapacity = capacity;
    this.realtimeFailOnOverflow = Objects.requireNonNull(policy, "policy") == OverflowPolicy.FAIL;
    return this;
  }

  /** The time source for deadlines and rate limits; tests replace the system clock. */
  GradiantClientBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** How the client waits; tests replace {@link Sleeper#SYSTEM} so that nothing sleeps. */
  GradiantClientBuilder sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return this;
  }

  /** How asynchronous calls wait; tests replace the client's own scheduler thread. */
  GradiantClientBuilder scheduler(Scheduler scheduler) {
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    return this;
  }

  /**
   * What ends a wait for the credentials (a token refresh) at the call's deadline; tests end the
   * waits themselves. By default the client's own scheduler thread.
   */
  GradiantClientBuilder credentialsTimer(Scheduler timer) {
    this.credentialsTimer = Objects.requireNonNull(timer, "credentialsTimer");
    return this;
  }

  /** Uniform values in [0, 1) for backoff jitter; tests make it deterministic. */
  GradiantClientBuilder jitter(DoubleSupplier jitter) {
    this.jitter = Objects.requireNonNull(jitter, "jitter");
    return this;
  }

  /**
   * Time allowed for one HTTP exchange (one attempt), from connecting to the last byte (default 30
   * s).
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public GradiantClientBuilder callTimeout(Duration timeout) {
    this.callTimeout = positive("callTimeout", timeout);
    return this;
  }

  /**
   * Calls through the application's own OkHttp client (its proxy, TLS, interceptors and pool).
   * Timeouts set on this builder are applied on top; the client is not closed by {@link
   * GradiantClient#close()}. The SDK calls through a copy ({@link OkHttpClient#newBuilder()}) that
   * follows no redirects and does not retry on its own, whatever the client's settings (a {@code
   * 3xx} becomes an {@link dev.gradiant.sdk.errors.UnexpectedRedirectException}, retries are {@link
   * #maxRetries(int)}'s), and whose {@link okhttp3.Authenticator} is not asked to answer the API's
   * {@code 401}s (the SDK's credentials do; its proxy authenticator is kept); the client handed in
   * is not changed. Its network interceptors see a {@code 503}'s {@code Retry-After} under the name
   * {@code X-Gradiant-Held-Retry-After}, which keeps OkHttp from re-sending the request by itself;
   * after them, one more network interceptor of the SDK notes that the request is about to be
   * written (so that a connection that failed before tells the retry loop nothing was sent),
   * reading the request's {@code Transmission} tag.
   *
   * @param client the OkHttp client to share
   * @return this builder
   */
  public GradiantClientBuilder httpClient(OkHttpClient client) {
    this.httpClient = Objects.requireNonNull(client, "httpClient");
    return this;
  }

  /** Where environment variables are read from; tests replace {@code System::getenv}. */
  GradiantClientBuilder environment(UnaryOperator<String> environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
    return this;
  }

  /**
   * Checks the configuration and creates the client.
   *
   * @return the client
   * @throws IllegalStateException if no credentials are set here or in the environment
   * @throws IllegalArgumentException if the base URL or auth base URL is invalid or plain http to a
   *     non-loopback host
   */
  public GradiantClient build() {
    HttpUrl url = BaseUrl.parse(baseUrl != null ? baseUrl : orDefault(GradiantClient.ENV_BASE_URL));
    HttpUrl authUrl = authBaseUrl == null ? url : BaseUrl.parse("authBaseUrl", authBaseUrl);
    HttpUrl feedUrl = RealtimeUrl.feed(realtimeUrl, url);
    Credentials resolved =
        credentials == NO_CREDENTIALS
            ? null
            : credentials != null ? credentials : credentialsFromEnvironment();
    RetryPolicy policy =
        new RetryPolicy(maxRetries, retryBaseDelay, retryMaxDelay, maxRetryWait, timeout);
    ClientSettings settings =
        new ClientSettings(
            url,
            authUrl,
            resolved,
            httpClient,
            connectTimeout,
            readTimeout,
            writeTimeout,
            callTimeout,
            policy,
            requestsPerMinute,
            maxResponseBodySize,
            clock,
            sleeper,
            scheduler,
            credentialsTimer,
            asyncExecutor,
            jitter);
    ClientRuntime runtime = ClientAssembly.assemble(settings, List.copyOf(observers));
    // The live feed and the GraphQL subscription engine are made at their first use; their URL
    // was checked above, so a bad one still fails here.
    LiveConnections live =
        new LiveConnections(
            feedUrl, settings, runtime.scheduler(), realtimeBufferCapacity, realtimeFailOnOverflow);
    return new GradiantClient(url, runtime, live);
  }

  private String orDefault(String variable) {
    String value = environment.apply(variable);
    return value == null || value.isBlank() ? GradiantClient.DEFAULT_BASE_URL : value;
  }

  private Credentials credentialsFromEnvironment() {
    String token = environment.apply(GradiantClient.ENV_API_TOKEN);
    if (token != null && !token.isBlank()) {
      return Credentials.bearerToken(token);
    }
    String key = environment.apply(GradiantClient.ENV_API_KEY);
    if (key != null && !key.isBlank()) {
      return Credentials.apiKey(key);
    }
    throw new IllegalStateException(
        "No credentials: call apiToken(..), apiKey(..) or credentials(..) on the builder, or set"
            + " the GRADIANT_API_TOKEN or GRADIANT_API_KEY environment variable");
  }

  private static Duration positive(String field, Duration value) {
    Objects.requireNonNull(value, () -> field + " must not be null");
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(field + " must be positive, got " + value);
    }
    return value;
  }
}
