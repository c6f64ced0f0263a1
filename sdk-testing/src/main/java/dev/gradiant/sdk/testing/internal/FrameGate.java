package dev.gradiant.sdk.testing.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.WebSocket;

/**
 * Where every frame the sandbox sends on a WebSocket (the feed's and GraphQL subscriptions')
 * passes: open, a frame goes out at once; held ({@link #hold()}), frames wait, in the order they
 * were sent, until {@link #release()} sends them, as a stalled network would deliver them late. A
 * connection that ends while its frames wait loses them (its socket refuses them), as it would have
 * lost them on the network. Close frames do not pass here: a server close is never held.
 */
public final class FrameGate {
  private final List<Held> waiting = new ArrayList<>();
  private boolean held;

  private record Held(WebSocket socket, String text) {}

  /** Holds every frame from now on, until {@link #release()}. */
  public synchronized void hold() {
    held = true;
  }

  /** Sends the frames held, in order, and lets frames through again. */
  public synchronized void release() {
    held = false;
    for (Held frame : waiting) {
      frame.socket().send(frame.text());
    }
    waiting.clear();
  }

  /** {@return how many frames are waiting now} */
  public synchronized int waiting() {
    return waiting.size();
  }

  /**
   * Waits until at least {@code count} frames wait, or {@code timeout} passed.
   *
   * @param count how many frames
   * @param timeout how long to wait at most
   * @return whether that many frames wait
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  public synchronized boolean awaitWaiting(int count, Duration timeout)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    long left = timeout.toNanos();
    while (waiting.size() < count && left > 0) {
      TimeUnit.NANOSECONDS.timedWait(this, left);
      left = end - System.nanoTime();
    }
    return waiting.size() >= count;
  }

  /**
   * Sends {@code text} on {@code socket}, or keeps it for {@link #release()} while held.
   *
   * @param socket the connection
   * @param text the frame
   */
  synchronized void send(WebSocket socket, String text) {
    if (held) {
      waiting.add(new Held(socket, text));
      notifyAll();
    } else {
      socket.send(text);
    }
  }
}
