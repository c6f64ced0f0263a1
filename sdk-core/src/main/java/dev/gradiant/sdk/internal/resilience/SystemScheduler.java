package dev.gradiant.sdk.internal.resilience;

import dev.gradiant.sdk.internal.concurrent.SdkThread;
import dev.gradiant.sdk.internal.http.ClientStateException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The client's own {@link Scheduler}: one daemon thread ({@code gradiant-scheduler}), started by
 * the first wait that needs it (a wait of an asynchronous call, or any call's wait for a token
 * refresh, which it ends at the call's deadline; a client used only synchronously, with credentials
 * that never make it wait, never starts it), and stopped by {@link #close()}. The thread only
 * completes waits; the work after a wait (the next attempt) only enqueues an OkHttp call, so it
 * never blocks the thread. It is an {@link SdkThread}: a call that ends right after a wait (refused
 * by the rate limit, say) completes the application's future on another thread, so that no
 * application stage delays the waits of other calls.
 */
public final class SystemScheduler implements Scheduler {
  private static final String CLOSED = "This GradiantClient is closed; build a new one.";

  private final Set<CompletableFuture<Void>> pending = ConcurrentHashMap.newKeySet();
  private ScheduledThreadPoolExecutor executor;
  private volatile boolean closed;

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    if (duration.isZero() || duration.isNegative()) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> wait = new CompletableFuture<>();
    ScheduledFuture<?> timer;
    try {
      timer =
          executor().schedule(() -> wait.complete(null), duration.toNanos(), TimeUnit.NANOSECONDS);
    } catch (IllegalStateException | RejectedExecutionException e) {
      return CompletableFuture.failedFuture(new ClientStateException(CLOSED));
    }
    pending.add(wait);
    wait.whenComplete(
        (ignored, failure) -> {
          pending.remove(wait);
          if (wait.isCancelled()) {
            timer.cancel(false);
          }
        });
    if (closed) {
      wait.completeExceptionally(new ClientStateException(CLOSED));
    }
    return wait;
  }

  private synchronized ScheduledThreadPoolExecutor executor() {
    if (closed) {
      throw new ClientStateException(CLOSED);
    }
    if (executor == null) {
      executor =
          new ScheduledThreadPoolExecutor(1, task -> SdkThread.daemon(task, "gradiant-scheduler"));
      executor.setRemoveOnCancelPolicy(true);
    }
    return executor;
  }

  @Override
  public void close() {
    ScheduledThreadPoolExecutor toStop;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      toStop = executor;
    }
    if (toStop != null) {
      toStop.shutdownNow();
    }
    for (CompletableFuture<Void> wait : pending) {
      wait.completeExceptionally(new ClientStateException(CLOSED));
    }
  }
}
