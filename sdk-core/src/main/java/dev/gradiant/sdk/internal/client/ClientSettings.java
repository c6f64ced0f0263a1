package dev.gradiant.sdk.internal.client;

import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.internal.resilience.RetryPolicy;
import dev.gradiant.sdk.internal.resilience.Scheduler;
import dev.gradiant.sdk.internal.resilience.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * What a client is built from, as the public builder checked and resolved it (credentials and base
 * URL from the environment included).
 *
 * @param baseUrl the API root
 * @param authBaseUrl the root of the OAuth endpoints (the API root unless set apart)
 * @param credentials the client's own credentials, or {@code null} for none
 * @param httpClient the application's OkHttp client, or {@code null} for one the SDK builds and
 *     owns
 * @param connectTimeout the connect timeout, or {@code null} for the default
 * @param readTimeout the read timeout, or {@code null} for the default
 * @param writeTimeout the write timeout, or {@code null} for the default
 * @param callTimeout the time allowed for one attempt, or {@code null} for the default
 * @param retryPolicy retries, backoff, the longest wait and the call's timeout
 * @param requestsPerMinute the client-side rate limit, or {@code null} for none
 * @param maxResponseBodySize the largest response body read, in bytes
 * @param clock the time source
 * @param sleeper how blocking calls wait
 * @param scheduler how asynchronous calls wait, or {@code null} for the client's own thread
 * @param credentialsTimer what ends a wait for the credentials at the call's deadline, or {@code
 *     null} for the default (see {@code ClientAssembly})
 * @param asyncExecutor where asynchronous futures complete, or {@code null} (see {@code
 *     CompletionExecutor})
 * @param jitter uniform values in [0, 1) for backoff jitter
 */
public record ClientSettings(
    HttpUrl baseUrl,
    HttpUrl authBaseUrl,
    Credentials credentials,
    OkHttpClient httpClient,
    Duration connectTimeout,
    Duration readTimeout,
    Duration writeTimeout,
    Duration callTimeout,
    RetryPolicy retryPolicy,
    Integer requestsPerMinute,
    long maxResponseBodySize,
    Clock clock,
    Sleeper sleeper,
    Scheduler scheduler,
    Scheduler credentialsTimer,
    Executor asyncExecutor,
    DoubleSupplier jitter) {

  /** {@return whether the SDK builds (and closes) the OkHttp client itself} */
  public boolean ownsHttpClient() {
    return httpClient == null;
  }
}
