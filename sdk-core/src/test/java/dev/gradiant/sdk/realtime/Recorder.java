package dev.gradiant.sdk.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A listener that records what it is called with, and the threads it is called on. */
final class Recorder implements RealtimeListener {
  private final BlockingQueue<RealtimeEvent> events = new LinkedBlockingQueue<>();
  private final BlockingQueue<StateChange> states = new LinkedBlockingQueue<>();
  final List<String> threads = new CopyOnWriteArrayList<>();

  @Override
  public void onEvent(RealtimeEvent event) {
    threads.add(Thread.currentThread().getName());
    events.add(event);
  }

  @Override
  public void onStateChange(StateChange change) {
    threads.add(Thread.currentThread().getName());
    states.add(change);
  }

  /** {@return the next event; fails the test if none arrives within 5 s} */
  RealtimeEvent nextEvent() {
    return poll(events, "an event");
  }

  /** {@return the next state change of {@code state}, skipping others; 5 s at most} */
  StateChange awaitState(ConnectionState state) {
    while (true) {
      StateChange change = poll(states, "a state change to " + state);
      if (change.state() == state) {
        return change;
      }
    }
  }

  /** {@return the events received and not yet taken} */
  List<RealtimeEvent> pendingEvents() {
    return List.copyOf(events);
  }

  private static <T> T poll(BlockingQueue<T> queue, String what) {
    try {
      T item = queue.poll(5, TimeUnit.SECONDS);
      assertThat(item).as("the listener received " + what).isNotNull();
      return item;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
