package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.realtime.ConnectionState;
import dev.gradiant.sdk.realtime.RealtimeFeed;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sub-clients, the asynchronous face, the live feed and the GraphQL sub-client are made at
 * first access: each accessor still returns one instance every time, also when many threads ask
 * first at once, and one first asked for after the client was closed is closed.
 */
class ClientAccessorsReturnOneInstanceTest {
  private static final int THREADS = 8;

  private final MockApi api = MockApi.start();

  @AfterEach
  void tearDown() {
    api.close();
  }

  @Test
  void everyAccessorReturnsTheSameInstanceEveryTime() throws Exception {
    try (GradiantClient client = api.client()) {
      for (Accessor accessor : accessors(client)) {
        Object first = accessor.get();
        assertThat(first).as(accessor.name).isNotNull();
        assertThat(accessor.get()).as(accessor.name).isSameAs(first);
      }
      assertThat(client.async().realtime()).isSameAs(client.realtime());
    }
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void threadsAskingFirstAtOnceAllGetOneInstance() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (GradiantClient client = api.client()) {
      List<Accessor> accessors = accessors(client);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Object>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  List<Object> seen = new ArrayList<>();
                  // Each thread walks the accessors from another place, so that first accesses
                  // of every one of them meet.
                  for (int i = 0; i < accessors.size(); i++) {
                    seen.add(null);
                  }
                  for (int i = 0; i < accessors.size(); i++) {
                    int index = (i + offset) % accessors.size();
                    seen.set(index, accessors.get(index).get());
                  }
                  return seen;
                }));
      }
      start.countDown();
      List<Object> first = results.get(0).get(30, TimeUnit.SECONDS);
      for (Future<List<Object>> result : results) {
        List<Object> seen = result.get(30, TimeUnit.SECONDS);
        for (int i = 0; i < accessors.size(); i++) {
          assertThat(seen.get(i)).as(accessors.get(i).name).isNotNull().isSameAs(first.get(i));
          assertThat(accessors.get(i).get()).as(accessors.get(i).name).isSameAs(first.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void aFeedFirstAskedForAfterCloseIsClosedAndNeverConnects() {
    GradiantClient client = api.client();
    client.close();

    RealtimeFeed feed = client.realtime();

    assertThat(feed.state()).isEqualTo(ConnectionState.CLOSED);
    assertThat(client.async().realtime()).isSameAs(feed);
    assertThat(api.requestCount()).isZero();
  }

  /** Every no-argument accessor of the client and of its asynchronous face, by name. */
  private static List<Accessor> accessors(GradiantClient client) {
    List<Accessor> accessors = new ArrayList<>();
    addAccessors(accessors, "", GradiantClient.class, client);
    addAccessors(accessors, "async().", AsyncGradiantClient.class, client.async());
    assertThat(accessors).extracting(a -> a.name).contains("sessions", "async", "async().graphql");
    return accessors;
  }

  private static void addAccessors(
      List<Accessor> accessors, String prefix, Class<?> type, Object target) {
    for (Method method : type.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers())
          && !Modifier.isStatic(method.getModifiers())
          && method.getParameterCount() == 0
          && !method.getReturnType().isPrimitive()
          && !method.getReturnType().equals(String.class)) {
        accessors.add(new Accessor(prefix + method.getName(), method, target));
      }
    }
  }

  /** One accessor, called by reflection. */
  private record Accessor(String name, Method method, Object target) {
    Object get() throws Exception {
      return method.invoke(target);
    }
  }
}
