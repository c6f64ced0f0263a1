package dev.gradiant.sdk.testing.internal;

import dev.gradiant.sdk.testing.RecordedRequest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The most recent requests, oldest first, up to a bound. */
public final class RequestLog {
  /** How many requests are kept; older ones are forgotten. */
  public static final int CAPACITY = 10_000;

  private final Deque<RecordedRequest> requests = new ArrayDeque<>();

  synchronized void add(RecordedRequest request) {
    if (requests.size() == CAPACITY) {
      requests.removeFirst();
    }
    requests.addLast(request);
  }

  /** {@return the requests kept, oldest first} */
  public synchronized List<RecordedRequest> all() {
    return List.copyOf(requests);
  }

  /** Forgets every request. */
  public synchronized void clear() {
    requests.clear();
  }
}
