package dev.gradiant.sdk.internal.concurrent;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Picks the thread that completes a future the application holds, and so the thread its dependent
 * stages ({@code thenApply}, {@code whenComplete}...) run on:
 *
 * <ul>
 *   <li>with the application's executor ({@code GradiantClientBuilder.asyncExecutor}), always a
 *       thread of that executor. The executor is never called on an {@link SdkThread}: one that
 *       runs tasks on the calling thread (a direct executor, a saturated pool with {@code
 *       CallerRunsPolicy}) would run the application's stages there, so a completion that starts on
 *       one is first handed to this client's own completion pool, which hands it on;
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
 * response), keeps none idle for long, and is shut down with the client. It has at most {@value
 * #MAX_THREADS} threads, as many as the dispatcher: past that (the application's stages hold them
 * all), further completions wait in its queue, in order, until a thread is free. The SDK's own
 * threads never wait for it.
 *
 * <p>The transport uses the same pool ({@link #leaveSdkThread}) for what the deadline watch ends:
 * an asynchronous attempt's timeout is reported to the client's observers, application code, and
 * the attempt's future is failed on a thread of the pool, not on the watch's.
 */
public final class CompletionExecutor implements AutoCloseable {
  /** The most threads the client's completion pool runs at once. */
  static final int MAX_THREADS = 64;

  private static final long IDLE_SECONDS = 10;
  private static final String THREAD_NAME = "gradiant-async-completion";

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
    if (!SdkThread.isCurrent()) {
      if (application == null || !runOn(application, completion)) {
        completion.run();
      }
      return;
    }
    Runnable next = application == null ? completion : () -> toApplication(completion);
    if (!runOn(pool(), next)) {
      // The client is closed: no other call depends on this thread any longer.
      next.run();
    }
  }

  /**
   * Runs {@code task} on a thread of the client's completion pool when called on an {@link
   * SdkThread}, else on the calling thread: for a completion the SDK makes on one of its own
   * threads (the deadline watch failing an asynchronous attempt) whose dependents include
   * application code before the future the application holds, such as the observers' attempt
   * events. Unlike {@link #handOff}, never the application's executor: that one runs the
   * application's stages only. It always runs: on the calling thread once the client is closed.
   *
   * @param task completes one of the SDK's futures; must not throw
   */
  public void leaveSdkThread(Runnable task) {
    if (!SdkThread.isCurrent() || !runOn(pool(), task)) {
      task.run();
    }
  }

  /** On a thread of the client's pool: the application's executor, else this thread. */
  private void toApplication(Runnable completion) {
    if (!runOn(application, completion)) {
      completion.run();
    }
  }

  /**
   * {@return whether {@code executor} took {@code task}} Anything it throws counts as a refusal, an
   * {@link Error} too (no thread could be started, say): the completion must run somewhere, or the
   * application's future would never complete.
   */
  private static boolean runOn(Executor executor, Runnable task) {
    if (executor == null) {
      return false;
    }
    try {
      executor.execute(task);
      return true;
    } catch (Throwable refused) {
      return false;
    }
  }

  /** {@return the client's completion pool, started on first use; null once closed} */
  private synchronized Executor pool() {
    if (closed) {
      return null;
    }
    if (pool == null) {
      pool =
          new ThreadPoolExecutor(
              MAX_THREADS,
              MAX_THREADS,
              IDLE_SECONDS,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              task -> {
                Thread thread = new Thread(task, THREAD_NAME);
                // Daemon, as the threads of CompletableFuture's default async pool: an idle one
                // never delays the application's exit.
                thread.setDaemon(true);
                return thread;
              });
      pool.allowCoreThreadTimeOut(true);
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
