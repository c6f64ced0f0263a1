package dev.gradiant.sdk.internal.client;

import dev.gradiant.sdk.internal.http.HeldRetryAfter;
import dev.gradiant.sdk.internal.http.PlatformTls;
import dev.gradiant.sdk.internal.http.TransmissionMarker;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.Authenticator;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The OkHttp client a Gradiant client calls through: one the SDK builds, or a copy of the
 * application's, configured so that every transmission is the SDK's to decide.
 */
final class OkHttpClients {
  private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);

  /** Asynchronous exchanges in flight at once, and dispatcher threads (OkHttp's default, 64). */
  private static final int MAX_ASYNC_REQUESTS = 64;

  private OkHttpClients() {}

  /**
   * {@return the time allowed for one attempt: the configured one, else 30 s on the SDK's own
   * client, else none (a handed-in client's own settings apply)}
   */
  static Duration attemptTimeout(ClientSettings settings) {
    if (settings.callTimeout() != null) {
      return settings.callTimeout();
    }
    return settings.ownsHttpClient() ? DEFAULT_CALL_TIMEOUT : null;
  }

  static OkHttpClient configure(ClientSettings settings) {
    boolean own = settings.ownsHttpClient();
    OkHttpClient.Builder builder =
        own ? PlatformTls.newClientBuilder() : settings.httpClient().newBuilder();
    timeout(
        settings.connectTimeout(), own ? DEFAULT_CONNECT_TIMEOUT : null, builder::connectTimeout);
    timeout(settings.readTimeout(), own ? DEFAULT_READ_TIMEOUT : null, builder::readTimeout);
    timeout(settings.writeTimeout(), own ? DEFAULT_WRITE_TIMEOUT : null, builder::writeTimeout);
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
    // TransmissionMarker tells the retry loop which attempts got as far as writing the request,
    // so that a DELETE refused a connection is not taken as done by a 404 after it.
    builder
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .authenticator(Authenticator.NONE)
        .addNetworkInterceptor(new HeldRetryAfter())
        .addNetworkInterceptor(new TransmissionMarker());
    if (own) {
      builder.dispatcher(asyncDispatcher());
    }
    return builder.build();
  }

  /**
   * The OkHttp client of the live feed's WebSockets: the same TLS, timeouts for the upgrade, no
   * redirects and no authenticator as the REST calls (a handed-in client's copy shares its
   * dispatcher and pool). On the SDK's own client the dispatcher is the feed's own, with at most
   * two daemon threads ({@code gradiant-realtime-reader}): a socket's reader runs on one for its
   * life, and the feed has one socket at a time (two while one closes and the next opens).
   */
  static OkHttpClient forWebSockets(ClientSettings settings) {
    boolean own = settings.ownsHttpClient();
    OkHttpClient.Builder builder =
        own ? PlatformTls.newClientBuilder() : settings.httpClient().newBuilder();
    timeout(
        settings.connectTimeout(), own ? DEFAULT_CONNECT_TIMEOUT : null, builder::connectTimeout);
    timeout(settings.readTimeout(), own ? DEFAULT_READ_TIMEOUT : null, builder::readTimeout);
    timeout(settings.writeTimeout(), own ? DEFAULT_WRITE_TIMEOUT : null, builder::writeTimeout);
    builder
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .authenticator(Authenticator.NONE);
    if (own) {
      ThreadPoolExecutor threads =
          new ThreadPoolExecutor(
              2,
              2,
              60,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              task -> {
                Thread thread = new Thread(task, "gradiant-realtime-reader");
                thread.setDaemon(true);
                return thread;
              });
      threads.allowCoreThreadTimeOut(true);
      builder.dispatcher(new Dispatcher(threads));
    }
    return builder.build();
  }

  /**
   * The dispatcher of the asynchronous calls of a client-owned OkHttp client. They all go to one
   * host, so OkHttp's default of 5 in flight per host would queue the rest: allow its overall limit
   * (64) instead. And its threads are capped at that limit: OkHttp's default cached pool briefly
   * starts a new thread for each call handed over while the previous one's thread is still
   * finishing. Blocking calls do not use the dispatcher.
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

  private static void timeout(Duration chosen, Duration fallback, Consumer<Duration> setter) {
    Duration value = chosen != null ? chosen : fallback;
    if (value != null) {
      setter.accept(value);
    }
  }
}
