package dev.gradiant.sdk.internal.concurrent;

/**
 * A thread the SDK keeps for the work of every call of a client: the deadline watch, the scheduler
 * of retry and rate-limit waits, the default token refresh. No application code may run on one: a
 * dependent stage that blocked it would hold back the deadlines, retries or refresh of every other
 * call. So a future the application holds that would complete on such a thread is handed to another
 * one ({@link CompletionExecutor}).
 */
public final class SdkThread extends Thread {
  private SdkThread(Runnable task, String name) {
    super(task, name);
    setDaemon(true);
  }

  /**
   * Public only because the deadline watch ({@code internal.http}), the scheduler ({@code
   * internal.resilience}) and the default token refresh ({@code credentials}) start such threads
   * from other packages.
   *
   * @param task what the thread runs
   * @param name the thread's name, e.g. {@code gradiant-scheduler}
   * @return a daemon thread of the SDK, not started
   */
  public static Thread daemon(Runnable task, String name) {
    return new SdkThread(task, name);
  }

  /** {@return whether the calling thread is one of the SDK's own} */
  static boolean isCurrent() {
    return Thread.currentThread() instanceof SdkThread;
  }
}
