package dev.gradiant.sdk.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The accept loop of the sandbox's front port, driven step by step on the test's thread: a scripted
 * listener hands out connections or fails, a recording executor keeps the tasks instead of running
 * them, and the pause after a failed accept is counted instead of slept.
 */
class SharedPortAcceptTest {
  private static final InetSocketAddress HTTP =
      new InetSocketAddress(InetAddress.getLoopbackAddress(), 9);

  private final ScriptedListener listener = new ScriptedListener();
  private final RecordingThreads threads = new RecordingThreads();
  private int pauses;
  private final SharedPort port = new SharedPort(listener, threads, () -> pauses++);

  SharedPortAcceptTest() throws IOException {}

  @Test
  void aConnectionAcceptedWhileCloseRunsIsClosedNotServed() {
    Socket late = new Socket();
    // close() closes the listener first, then the connections it knows: this one it missed
    listener.script.add(
        () -> {
          listener.close();
          return late;
        });

    boolean going = port.acceptNext(HTTP, (socket, read) -> {}, Set.of());

    assertThat(going).isFalse();
    assertThat(late.isClosed()).isTrue();
    assertThat(threads.tasks).as("no thread serves it").isEmpty();
  }

  @Test
  void aFailedAcceptIsFollowedByAPauseEachTime() {
    Socket next = new Socket();
    listener.script.add(ScriptedListener::fail);
    listener.script.add(ScriptedListener::fail);
    listener.script.add(ScriptedListener::fail);
    listener.script.add(() -> next);
    listener.script.add(
        () -> {
          listener.close();
          throw new SocketException("Socket closed");
        });
    port.start(HTTP, (socket, read) -> {}, Set.of());
    assertThat(threads.tasks).hasSize(1);

    threads.tasks.remove(0).run(); // the accept loop, to its end

    assertThat(pauses).as("one pause per failed accept, none once closed").isEqualTo(3);
    assertThat(listener.accepts).isEqualTo(5);
    assertThat(threads.tasks).as("the one connection is served").hasSize(1);
    assertThat(next.isClosed()).isFalse();
  }

  @Test
  void anAcceptEndedByCloseIsNotPausedAfter() {
    listener.script.add(
        () -> {
          listener.close();
          throw new SocketException("Socket closed");
        });

    assertThat(port.acceptNext(HTTP, (socket, read) -> {}, Set.of())).isFalse();
    assertThat(pauses).isZero();
  }

  @Test
  void closeClosesAConnectionAcceptedButNotYetServed() {
    Socket waiting = new Socket();
    listener.script.add(() -> waiting);
    assertThat(port.acceptNext(HTTP, (socket, read) -> {}, Set.of())).isTrue();

    port.close();

    assertThat(waiting.isClosed()).isTrue();
    assertThat(threads.isShutdown()).isTrue();
  }

  /** One scripted answer of {@link ScriptedListener#accept()}. */
  private interface Accept {
    Socket next() throws IOException;
  }

  /** A listener that is never bound: each accept plays the next step of its script. */
  private static final class ScriptedListener extends ServerSocket {
    final Deque<Accept> script = new ArrayDeque<>();
    int accepts;
    private boolean closed;

    ScriptedListener() throws IOException {}

    static Socket fail() throws IOException {
      throw new IOException("Too many open files");
    }

    @Override
    public Socket accept() throws IOException {
      accepts++;
      Accept step = script.poll();
      if (step == null) {
        throw new AssertionError("accept() called past the script");
      }
      return step.next();
    }

    @Override
    public boolean isClosed() {
      return closed;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** Keeps the tasks handed to it, to run (or not) on the test's thread. */
  private static final class RecordingThreads extends AbstractExecutorService {
    final List<Runnable> tasks = new ArrayList<>();
    private boolean shutdown;

    @Override
    public void execute(Runnable task) {
      if (shutdown) {
        throw new RejectedExecutionException("shut down");
      }
      tasks.add(task);
    }

    @Override
    public void shutdown() {
      shutdown = true;
    }

    @Override
    public List<Runnable> shutdownNow() {
      shutdown = true;
      return List.copyOf(tasks);
    }

    @Override
    public boolean isShutdown() {
      return shutdown;
    }

    @Override
    public boolean isTerminated() {
      return shutdown;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
      return shutdown;
    }
  }
}
