package dev.gradiant.sdk.internal.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * What the delivery thread still runs once {@link DeliveryThread#shutdown()} was called: the tasks
 * handed over before it, and those they hand over in turn (a mailbox's drain hands over its next
 * drain when an item, such as the completion {@code close()} queues, arrived while it finished);
 * not a task handed over afterwards by any other thread, which is refused.
 */
class DeliveryThreadShutdownTest {
  private final DeliveryThread delivery = new DeliveryThread();
  private final List<String> ran = new CopyOnWriteArrayList<>();
  private final AtomicReference<Thread> deliveryThread = new AtomicReference<>();

  @Test
  void aTaskHandedOverByARunningTaskAfterShutdownStillRuns() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch shutDown = new CountDownLatch(1);
    delivery.execute(
        () -> {
          deliveryThread.set(Thread.currentThread());
          running.countDown();
          await(shutDown);
          // as Mailbox.drain does when an end was queued after its last look
          delivery.execute(() -> ran.add("completion"));
          ran.add("drain");
        });
    running.await();

    delivery.shutdown();
    shutDown.countDown();

    joinDeliveryThread();
    assertThat(ran).containsExactly("drain", "completion");
  }

  @Test
  void aTaskHandedOverFromAnotherThreadAfterShutdownIsDropped() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch proceed = new CountDownLatch(1);
    delivery.execute(
        () -> {
          deliveryThread.set(Thread.currentThread());
          running.countDown();
          await(proceed);
          ran.add("first");
        });
    assertThat(delivery.execute(() -> ran.add("queued before shutdown"))).isTrue();
    running.await();

    delivery.shutdown();
    assertThat(delivery.execute(() -> ran.add("after shutdown")))
        .as("refused: the caller decides what becomes of it")
        .isFalse();
    proceed.countDown();

    joinDeliveryThread();
    assertThat(ran).containsExactly("first", "queued before shutdown");
  }

  private void joinDeliveryThread() throws InterruptedException {
    Thread thread = deliveryThread.get();
    thread.join(10_000); // a safety net only: the thread ends once its work is done
    assertThat(thread.isAlive()).as("the delivery thread ended").isFalse();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
