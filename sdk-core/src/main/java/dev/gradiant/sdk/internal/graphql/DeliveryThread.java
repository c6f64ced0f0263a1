package dev.gradiant.sdk.internal.graphql;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one thread on which a client's GraphQL subscriptions call the application ({@value #NAME}):
 * started by the first task, ended by {@link #shutdown()} once the tasks already handed to it have
 * run. The socket's reader thread only hands work over, so a slow consumer never holds back
 * reading, heartbeats or reconnects.
 */
public final class DeliveryThread {
  /** The thread's name. */
  public static final String NAME = "gradiant-graphql-events";

  private ExecutorService executor;
  private boolean shutdown;

  /**
   * Runs {@code task} on the delivery thread, after those handed over before; dropped once shut
   * down.
   *
   * @param task the task
   */
  public synchronized void execute(Runnable task) {
    if (shutdown) {
      return;
    }
    if (executor == null) {
      executor =
          new ThreadPoolExecutor(
              1,
              1,
              0,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              runnable -> {
                Thread thread = new Thread(runnable, NAME);
                thread.setDaemon(true);
                return thread;
              });
    }
    try {
      executor.execute(task);
    } catch (RejectedExecutionException e) {
      // shut down meanwhile: nothing more is delivered
    }
  }

  /** Lets the tasks already handed over run, then ends the thread; idempotent. */
  public synchronized void shutdown() {
    shutdown = true;
    if (executor != null) {
      executor.shutdown();
    }
  }
}
