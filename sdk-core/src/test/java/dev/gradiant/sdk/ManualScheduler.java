package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.internal.resilience.Scheduler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A scheduler whose waits stay pending until the test ends them: for catching a call mid-wait. */
public final class ManualScheduler implements Scheduler {
  /** One wait the client asked for, and the future that ends it. */
  public record Wait(Duration duration, CompletableFuture<Void> future) {
    /**
     * Whether the client dropped this wait within 5 s. (The client registers the drop just after
     * asking for the wait, on its own thread, so a test may see the wait before that.)
     */
    public boolean dropped() {
      try {
        future.get(5, TimeUnit.SECONDS);
        return false;
      } catch (CancellationException e) {
        return true;
      } catch (ExecutionException | TimeoutException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private final List<Wait> waits = new CopyOnWriteArrayList<>();
  private final BlockingQueue<Wait> arrivals = new LinkedBlockingQueue<>();

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    Wait wait = new Wait(duration, new CompletableFuture<>());
    waits.add(wait);
    arrivals.add(wait);
    return wait.future();
  }

  /** The next wait the client asks for; fails the test if none comes within 5 s. */
  public Wait nextWait() {
    try {
      Wait wait = arrivals.poll(5, TimeUnit.SECONDS);
      assertThat(wait).as("the client asked to wait").isNotNull();
      return wait;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Every wait asked for so far. */
  public List<Wait> waits() {
    return waits;
  }

  /** Ends every wait still pending, as if its time had come. */
  public void elapseAll() {
    waits.forEach(wait -> wait.future().complete(null));
  }

  @Override
  public void close() {}
}
