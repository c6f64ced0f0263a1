package dev.gradiant.sdk.realtime;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one thread ({@code gradiant-realtime-events}) on which a realtime feed calls the application:
 * listeners, subscribers, and the stages of the futures it returns. Started by the first task,
 * ended by {@link #shutdown()} once the tasks already handed to it have run. The socket's reader
 * thread only hands work over, so a slow consumer never holds back reading, heartbeats or
 * reconnects.
 */
final class Delivery {
  private ExecutorService executor;
  private boolean shutdown;

  synchronized void execute(Runnable task) {
    if (shutdown) {
      return;
    }
    if (executor == null) {
      ThreadPoolExecutor threads =
          new ThreadPoolExecutor(
              1,
              1,
              0,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              runnable -> {
                Thread thread = new Thread(runnable, "gradiant-realtime-events");
                thread.setDaemon(true);
                return thread;
              });
      executor = threads;
    }
    try {
      executor.execute(task);
    } catch (RejectedExecutionException e) {
      // shut down meanwhile: nothing more is delivered
    }
  }

  synchronized void shutdown() {
    shutdown = true;
    if (executor != null) {
      executor.shutdown();
    }
  }
}
