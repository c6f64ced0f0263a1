package dev.gradiant.sdk.internal.realtime;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A thread on which a realtime feed calls the application: {@link #EVENTS} for listeners and
 * subscribers, {@link #REPLIES} for the stages of the futures it returns (a consumer may wait for
 * one of those, e.g. {@code sendMessage(..).join()} in a listener, without waiting for itself).
 * Started by the first task, ended by {@link #shutdown()} once the tasks already handed to it have
 * run. The socket's reader thread only hands work over, so a slow consumer never holds back
 * reading, heartbeats or reconnects.
 */
final class Delivery {
  /** The thread of listeners and subscribers. */
  static final String EVENTS = "gradiant-realtime-events";

  /** The thread that completes the futures the feed returns. */
  static final String REPLIES = "gradiant-realtime-replies";

  private final String threadName;
  private ExecutorService executor;
  private boolean shutdown;

  /** A delivery on the {@link #EVENTS} thread. */
  Delivery() {
    this(EVENTS);
  }

  /**
   * @param threadName the name of its thread
   */
  Delivery(String threadName) {
    this.threadName = threadName;
  }

  /**
   * Runs {@code task} on the thread, after those handed over before.
   *
   * @return whether the thread will run it; once shut down, none is taken and the caller decides
   *     what becomes of it (a {@link Sink} drains on the requesting thread)
   */
  synchronized boolean execute(Runnable task) {
    if (shutdown) {
      return false;
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
                Thread thread = new Thread(runnable, threadName);
                thread.setDaemon(true);
                return thread;
              });
      executor = threads;
    }
    try {
      executor.execute(task);
      return true;
    } catch (RejectedExecutionException e) {
      // shut down meanwhile
      return false;
    }
  }

  synchronized void shutdown() {
    shutdown = true;
    if (executor != null) {
      executor.shutdown();
    }
  }
}
