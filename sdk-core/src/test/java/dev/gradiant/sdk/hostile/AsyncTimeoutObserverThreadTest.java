package dev.gradiant.sdk.hostile;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.errors.ApiTimeoutException;
import dev.gradiant.sdk.observability.AttemptFailure;
import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.users.AsyncUsersClient;
import dev.gradiant.sdk.users.User;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * An observer's {@code onAttemptFailure} for an asynchronous attempt that the deadline watch ended
 * runs on the client's completion pool, as the other asynchronous callbacks do, never on the
 * watch's own thread: an observer is application code, and one that blocks there would hold back
 * the deadlines of every other call of the client. The waits are bounded latches, never sleeps.
 */
class AsyncTimeoutObserverThreadTest {
  /** The threads of a client's own pool for completions that must leave the SDK's threads. */
  private static final String COMPLETION_POOL = "gradiant-async-completion";

  /** Bound of every latch wait; a test fails rather than hangs. */
  private static final long BOUND_SECONDS = 10;

  /** Blocks in the first timeout it hears of, until released; records each timeout's thread. */
  private static final class BlockingObserver implements CallObserver {
    final CountDownLatch blocking = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicBoolean blocked = new AtomicBoolean();
    final List<String> timeoutThreads = new CopyOnWriteArrayList<>();

    @Override
    public void onAttemptFailure(AttemptFailure event) {
      if (event.errorType() != ApiTimeoutException.class) {
        return; // the call holding the dispatcher, cancelled when the client closes
      }
      timeoutThreads.add(Thread.currentThread().getName());
      if (blocked.compareAndSet(false, true)) {
        blocking.countDown();
        try {
          release.await(BOUND_SECONDS * 3, SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  @Test
  void anObserverBlockingOnATimedOutAttemptDoesNotHoldBackTheNextCallsDeadline() throws Exception {
    ExecutorService okHttpThreads = Executors.newCachedThreadPool();
    okhttp3.Dispatcher oneAtATime = new okhttp3.Dispatcher(okHttpThreads);
    oneAtATime.setMaxRequests(1);
    BlockingObserver observer = new BlockingObserver();
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        GradiantClient client =
            GradiantClient.builder()
                .baseUrl("http://127.0.0.1:" + server.getLocalPort() + "/v1")
                .apiToken("t")
                .maxRetries(0)
                .addObserver(observer)
                .httpClient(new OkHttpClient.Builder().dispatcher(oneAtATime).build())
                .build()) {
      server.setSoTimeout((int) SECONDS.toMillis(BOUND_SECONDS));
      CompletableFuture<User> holder = client.async().users().me();
      try (Socket exchange = server.accept()) {
        assertThat(RawRequestReader.read(exchange.getInputStream())).startsWith("GET /v1/user ");

        // The holder keeps the dispatcher's only slot: the calls below wait in its queue until
        // their deadline, which the client's deadline watch enforces.
        CompletableFuture<User> first = usersWithin(client, Duration.ofSeconds(1)).me();
        assertThat(observer.blocking.await(BOUND_SECONDS, SECONDS))
            .as("the first call's attempt timed out")
            .isTrue();
        try {
          CompletableFuture<User> second = usersWithin(client, Duration.ofMillis(200)).me();

          assertThat(failureWithin(second))
              .as("the second call's deadline fires while the observer blocks on the first's")
              .isInstanceOf(ApiTimeoutException.class);
          assertThat(first).isNotDone();
        } finally {
          observer.release.countDown();
        }
        assertThat(failureWithin(first)).isInstanceOf(ApiTimeoutException.class);
        assertThat(observer.timeoutThreads)
            .as("not the deadline watch: threads of the client's completion pool")
            .containsExactly(COMPLETION_POOL, COMPLETION_POOL);
        assertThat(holder).isNotDone();
      }
    } finally {
      okHttpThreads.shutdownNow();
    }
  }

  /** The asynchronous users of {@code client}, each call allowed {@code timeout}. */
  private static AsyncUsersClient usersWithin(GradiantClient client, Duration timeout) {
    return client.async().users().withOptions(RequestOptions.builder().timeout(timeout).build());
  }

  /** What {@code future} failed with, waiting at most the bound; fails if it succeeded. */
  private static Throwable failureWithin(CompletableFuture<?> future) throws InterruptedException {
    try {
      Object value = future.get(BOUND_SECONDS, SECONDS);
      throw new AssertionError("expected a failure, got " + value);
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (TimeoutException e) {
      throw new AssertionError("the future did not complete within " + BOUND_SECONDS + " s", e);
    }
  }
}
