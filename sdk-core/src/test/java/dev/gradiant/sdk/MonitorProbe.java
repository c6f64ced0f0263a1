package dev.gradiant.sdk;

/**
 * Tells whether some work takes an object's monitor: the test thread holds the monitor while
 * another thread does the work, and sees that thread either finish or block on the monitor. No
 * wall-clock limit: the worker always ends up in one of the two states.
 */
public final class MonitorProbe {
  private static final long MAX_POLLS = 1_000_000_000L;

  private MonitorProbe() {}

  /**
   * Runs {@code work} on a new thread while this thread holds {@code monitor}'s lock.
   *
   * @param monitor the object whose monitor the work must not need
   * @param work the work
   * @return {@code true} if the work finished while the monitor was held; {@code false} if it
   *     blocked on it (it then finishes once the monitor is released, before this returns)
   * @throws InterruptedException if interrupted while joining the worker
   */
  public static boolean finishesWhileHeld(Object monitor, Runnable work)
      throws InterruptedException {
    Thread worker = new Thread(work, "monitor-probe");
    Thread.State state;
    synchronized (monitor) {
      worker.start();
      state = worker.getState();
      for (long polls = 0;
          polls < MAX_POLLS
              && state != Thread.State.TERMINATED
              && !(state == Thread.State.BLOCKED && blockedOn(worker, monitor));
          polls++) {
        Thread.onSpinWait();
        state = worker.getState();
      }
    }
    worker.join();
    return state == Thread.State.TERMINATED;
  }

  /**
   * Whether {@code worker} is blocked on {@code monitor} itself: a thread is also BLOCKED for a
   * moment on other monitors (a class being loaded, a JDK lock), which says nothing about the work.
   */
  private static boolean blockedOn(Thread worker, Object monitor) {
    java.lang.management.ThreadInfo info =
        java.lang.management.ManagementFactory.getThreadMXBean().getThreadInfo(worker.getId());
    java.lang.management.LockInfo lock = info == null ? null : info.getLockInfo();
    return lock != null
        && lock.getIdentityHashCode() == System.identityHashCode(monitor)
        && lock.getClassName().equals(monitor.getClass().getName());
  }
}
