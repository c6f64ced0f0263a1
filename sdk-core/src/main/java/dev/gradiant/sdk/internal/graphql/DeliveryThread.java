package dev.gradiant.sdk.internal.graphql;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one thread on which a client's GraphQL subscriptions call the application ({@value #NAME}):
 * started by the first task, ended by {@link #shutdown()} once the tasks already handed to it have
 * run, with those they hand over in turn (a {@link Mailbox}'s drain hands over the next drain when
 * an item, such as the completion {@code close()} queues, arrived while it finished). The socket's
 * reader thread only hands work over, so a slow consumer never holds back reading, heartbeats or
 * reconnects.
 */
public final class DeliveryThread {
  /** The thread's name. */
  public static final String NAME = "gradiant-graphql-events";

  private ThreadPoolExecutor executor;
  private volatile Thread thread;
  private boolean shutdown;

  /**
   * Runs {@code task} on the delivery thread, after those handed over before. Once shut down, only
   * a task handed over from the delivery thread itself is still run; any other is refused, and the
   * caller decides what becomes of it (a {@link Mailbox} drains on the requesting thread).
   *
   * @param task the task
   * @return whether the delivery thread will run it
   */
  public synchronized boolean execute(Runnable task) {
    if (shutdown && Thread.currentThread() != thread) {
      return false;
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
                Thread created = new Thread(runnable, NAME);
                created.setDaemon(true);
                thread = created;
                return created;
              });
    }
    try {
      executor.execute(task);
      return true;
    } catch (RejectedExecutionException e) {
      // the thread has ended
      return false;
    }
  }

  /**
   * Lets the tasks already handed over run, and those they hand over, then ends the thread;
   * idempotent.
   */
  public synchronized void shutdown() {
    if (shutdown) {
      return;
    }
    shutdown = true;
    if (executor != null) {
      executor.execute(this::endWhenIdle);
    }
  }

  // Runs on the delivery thread, last in its queue: a task queued behind it came from the delivery
  // thread itself, so it goes last again; with none, nothing can hand over any more work.
  private synchronized void endWhenIdle() {
    if (executor.getQueue().isEmpty()) {
      executor.shutdown();
    } else {
      executor.execute(this::endWhenIdle);
    }
  }
}
