package dev.gradiant.sdk.internal.client;

import dev.gradiant.sdk.internal.concurrent.CompletionExecutor;
import dev.gradiant.sdk.internal.http.HttpTransport;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.resilience.Scheduler;

/**
 * What a built client runs on: the executor its sub-clients call through, and the resources it
 * releases when closed.
 *
 * @param executor the request executor every sub-client calls through
 * @param transport the transport chain (closing it releases the OkHttp client the SDK owns)
 * @param scheduler the scheduler of waits between attempts
 * @param credentialsTimer what ends waits for the credentials; may be {@code scheduler} itself
 * @param completions the executor that completes asynchronous futures off the SDK's threads
 */
public record ClientRuntime(
    RequestExecutor executor,
    HttpTransport transport,
    Scheduler scheduler,
    Scheduler credentialsTimer,
    CompletionExecutor completions)
    implements AutoCloseable {

  /** Releases the connection pool and threads, in the order calls depend on them. */
  @Override
  public void close() {
    transport.close();
    scheduler.close();
    if (credentialsTimer != scheduler) {
      credentialsTimer.close();
    }
    completions.close();
  }
}
