package dev.gradiant.sdk.internal.concurrent;

import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Picks the thread that completes a future the application holds, and so the thread its dependent
 * stages ({@code thenApply}, {@code whenComplete}...) run on:
 *
 * <ul>
 *   <li>with the application's executor ({@code GradiantClientBuilder.asyncExecutor}), always a
 *       thread of that executor;
 *   <li>otherwise the thread at hand, nearly always the OkHttp dispatcher thread that read the
 *       response: no hop, on the path every successful call takes;
 *   <li>unless the thread at hand is an {@link SdkThread} (the deadline watch, the scheduler, the
 *       token refresh): then a thread of this client's own completion pool.
 * </ul>
 *
 * <p>Why a pool of its own rather than OkHttp's dispatcher threads: the dispatcher of a client the
 * SDK builds has as many threads as calls in flight (64) and queues any further task. When all are
 * busy, calls wait in the dispatcher's queue and time out there; a timeout handed to the dispatcher
 * would then wait behind the very exchanges it was queued behind. This pool starts a thread only
 * when a completion comes from an {@link SdkThread} (never for a client whose calls all end with a
 * response), keeps none idle for long, and is shut down with the client.
 */
public final class CompletionExecutor implements AutoCloseable {
  private static final long IDLE_SECONDS = 10;

  private final Executor application;
  private ThreadPoolExecutor pool;
  private boolean closed;

  /**
   * @param application the application's executor for completions, or {@code null} for the SDK's
   *     choice described above
   */
  public CompletionExecutor(Executor application) {
    this.application = application;
  }

  /**
   * {@return whether a completion about to run on the calling thread must be {@link #handOff handed
   * off} instead} Checked before building the completion, so that the common case (a response on
   * OkHttp's dispatcher, no application executor) allocates nothing.
   */
  public boolean mustHandOff() {
    return application != null || SdkThread.isCurrent();
  }

  /**
   * Runs {@code completion} on the thread chosen as described above. It always runs: when the
   * application's executor refuses it (it was shut down, say), it runs where the SDK would have run
   * it without one; when the client's own pool is closed, on the calling thread.
   *
   * @param completion completes one future; must not throw
   */
  public void handOff(Runnable completion) {
    if (application != null) {
      try {
        application.execute(completion);
        return;
      } catch (RuntimeException refused) {
        if (!SdkThread.isCurrent()) {
          completion.run();
          return;
        }
      }
    }
    Executor own = pool();
    if (own != null) {
      try {
        own.execute(completion);
        return;
      } catch (RuntimeException refused) {
        // closed meanwhile: fall through
      }
    }
    // The client is closed: no other call depends on this thread any longer.
    completion.run();
  }

  /** {@return the client's completion pool, started on first use; null once closed} */
  private synchronized Executor pool() {
    if (closed) {
      return null;
    }
    if (pool == null) {
      // No queue: a completion never waits behind another one an application stage holds up.
      pool =
          new ThreadPoolExecutor(
              0,
              Integer.MAX_VALUE,
              IDLE_SECONDS,
              TimeUnit.SECONDS,
              new SynchronousQueue<>(),
              task -> {
                Thread thread = new Thread(task, "gradiant-async-completion");
                // Daemon, as the threads of CompletableFuture's default async pool: an idle one
                // never delays the application's exit.
                thread.setDaemon(true);
                return thread;
              });
    }
    return pool;
  }

  /** Stops the pool once the completions it runs are over; later ones run on the caller. */
  @Override
  public void close() {
    ThreadPoolExecutor toStop;
    synchronized (this) {
      closed = true;
      toStop = pool;
    }
    if (toStop != null) {
      toStop.shutdown();
    }
  }
}
