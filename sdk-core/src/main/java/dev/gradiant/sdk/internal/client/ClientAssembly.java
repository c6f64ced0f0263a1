package dev.gradiant.sdk.internal.client;

import dev.gradiant.sdk.internal.concurrent.CompletionExecutor;
import dev.gradiant.sdk.internal.config.UserAgent;
import dev.gradiant.sdk.internal.http.AuthenticatingTransport;
import dev.gradiant.sdk.internal.http.HttpTransport;
import dev.gradiant.sdk.internal.http.ObservingTransport;
import dev.gradiant.sdk.internal.http.OkHttpTransport;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.logging.LoggingTransport;
import dev.gradiant.sdk.internal.observability.Observers;
import dev.gradiant.sdk.internal.realtime.WebSocketOpener;
import dev.gradiant.sdk.internal.resilience.Backoff;
import dev.gradiant.sdk.internal.resilience.RateLimitBudget;
import dev.gradiant.sdk.internal.resilience.RateLimitingTransport;
import dev.gradiant.sdk.internal.resilience.RequestRateLimiter;
import dev.gradiant.sdk.internal.resilience.RetryPolicy;
import dev.gradiant.sdk.internal.resilience.RetryingTransport;
import dev.gradiant.sdk.internal.resilience.Scheduler;
import dev.gradiant.sdk.internal.resilience.SystemScheduler;
import dev.gradiant.sdk.observability.CallObserver;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * Assembles a client's fixed transport chain, outermost first: retry, authentication, rate limits,
 * the observers' attempt layer (only with observers), logging, OkHttp.
 */
public final class ClientAssembly {
  private ClientAssembly() {}

  /**
   * @param settings the checked settings
   * @return the executor the sub-clients call through and the resources to release on close
   */
  public static ClientRuntime assemble(ClientSettings settings) {
    return assemble(settings, List.of());
  }

  /**
   * @param settings the checked settings
   * @param observerList the observers of every call, in order; with none, the chain has no
   *     observing layer
   * @return the executor the sub-clients call through and the resources to release on close
   */
  public static ClientRuntime assemble(ClientSettings settings, List<CallObserver> observerList) {
    Observers observers = Observers.of(observerList, settings.baseUrl(), settings.clock());
    OkHttpClient okHttp = OkHttpClients.configure(settings);
    RetryPolicy policy = settings.retryPolicy();
    RequestRateLimiter limiter =
        settings.requestsPerMinute() == null
            ? null
            : new RequestRateLimiter(settings.requestsPerMinute(), settings.clock().instant());
    Scheduler waits = settings.scheduler() != null ? settings.scheduler() : new SystemScheduler();
    CompletionExecutor completions = new CompletionExecutor(settings.asyncExecutor());
    HttpTransport logged =
        new LoggingTransport(
            new OkHttpTransport(
                okHttp,
                settings.ownsHttpClient(),
                settings.clock(),
                OkHttpClients.attemptTimeout(settings),
                settings.maxResponseBodySize(),
                completions));
    HttpTransport wire = observers.active() ? new ObservingTransport(logged) : logged;
    HttpTransport limited =
        new RateLimitingTransport(
            wire,
            new RateLimitBudget(),
            limiter,
            settings.clock(),
            settings.sleeper(),
            waits,
            policy.maxWait());
    // Retrying is outermost: every transmission, the replay after renewing credentials
    // included, is one attempt of the call, on its deadline and within its retry budget.
    Scheduler timer = timerForCredentials(settings, waits);
    HttpTransport retrying =
        new RetryingTransport(
            new AuthenticatingTransport(
                limited, settings.credentials(), settings.clock(), timer::delay),
            policy,
            settings.clock(),
            settings.sleeper(),
            waits,
            new Backoff(policy.baseDelay(), policy.maxDelay(), settings.jitter()));
    RequestExecutor executor =
        new RequestExecutor(
            settings.baseUrl(),
            settings.authBaseUrl(),
            retrying,
            UserAgent.value(),
            completions,
            settings.clock(),
            observers,
            policy.timeout());
    return new ClientRuntime(executor, retrying, waits, timer, completions);
  }

  /**
   * @param settings the checked settings
   * @return what opens the live feed's WebSockets, on an OkHttp client made at the first connection
   */
  public static WebSocketOpener webSockets(ClientSettings settings) {
    return new WebSocketOpener(
        () -> OkHttpClients.forWebSockets(settings), settings.ownsHttpClient());
  }

  /**
   * What ends a wait for credentials at the call's deadline: the test's timer, else the client's
   * scheduler, unless a test replaced that one with a scheduler whose waits end at once, when the
   * client gets a scheduler thread of its own for it.
   */
  private static Scheduler timerForCredentials(ClientSettings settings, Scheduler waits) {
    if (settings.credentialsTimer() != null) {
      return settings.credentialsTimer();
    }
    return settings.scheduler() == null ? waits : new SystemScheduler();
  }
}
