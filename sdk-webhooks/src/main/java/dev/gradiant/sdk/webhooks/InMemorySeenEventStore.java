package dev.gradiant.sdk.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link SeenEventStore} in this JVM's memory, for a single receiving instance: several instances
 * behind a load balancer need a shared store, or a replay sent to another instance is accepted
 * there. A {@link WebhookVerifier} makes one of {@value #DEFAULT_MAX_ENTRIES} marks unless given
 * another store.
 *
 * <p>Memory is bounded: expired marks are dropped as new ones arrive, and past {@code maxEntries}
 * the oldest mark is dropped even if it has not expired, which shortens the window for that one
 * delivery. Size it above the deliveries you expect in one replay window. Thread-safe.
 *
 * <p>Time: a verifier calls {@link #markSeen(String, Instant, Instant)} with its own clock's time,
 * so marks expire by the verifier's clock (a fake clock in tests drives them). The clock given to
 * {@link #create(int, Clock)} serves only direct calls of {@link #markSeen(String, Instant)}.
 */
public final class InMemorySeenEventStore implements SeenEventStore {
  /** The capacity of {@link #create()}. */
  public static final int DEFAULT_MAX_ENTRIES = 100_000;

  private final int maxEntries;
  private final Clock clock;
  private final LinkedHashMap<String, Instant> marks = new LinkedHashMap<>();

  private InMemorySeenEventStore(int maxEntries, Clock clock) {
    this.maxEntries = maxEntries;
    this.clock = clock;
  }

  /**
   * A store of {@value #DEFAULT_MAX_ENTRIES} marks; direct calls of {@link #markSeen(String,
   * Instant)} use the system clock.
   *
   * @return the store
   */
  public static InMemorySeenEventStore create() {
    return create(DEFAULT_MAX_ENTRIES, Clock.systemUTC());
  }

  /**
   * A store with the given capacity and clock.
   *
   * @param maxEntries the most marks kept at once; at least 1
   * @param clock the clock that decides when a mark has expired in direct calls of {@link
   *     #markSeen(String, Instant)}; a verifier uses its own
   * @return the store
   * @throws IllegalArgumentException if {@code maxEntries} is below 1
   * @throws NullPointerException if {@code clock} is null
   */
  public static InMemorySeenEventStore create(int maxEntries, Clock clock) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be at least 1, got " + maxEntries);
    }
    return new InMemorySeenEventStore(maxEntries, Objects.requireNonNull(clock, "clock"));
  }

  /**
   * {@inheritDoc}
   *
   * @throws NullPointerException if an argument is null
   */
  @Override
  public boolean markSeen(String eventId, Instant expiresAt) {
    return markSeen(eventId, clock.instant(), expiresAt);
  }

  /**
   * {@inheritDoc}
   *
   * @throws NullPointerException if an argument is null
   */
  @Override
  public synchronized boolean markSeen(String eventId, Instant now, Instant expiresAt) {
    Objects.requireNonNull(eventId, "eventId must not be null");
    Objects.requireNonNull(now, "now must not be null");
    Objects.requireNonNull(expiresAt, "expiresAt must not be null");
    dropExpired(now);
    Instant existing = marks.get(eventId);
    if (existing != null && existing.isAfter(now)) {
      return false;
    }
    marks.remove(eventId);
    if (expiresAt.isAfter(now)) {
      marks.put(eventId, expiresAt);
      if (marks.size() > maxEntries) {
        Iterator<String> oldest = marks.keySet().iterator();
        oldest.next();
        oldest.remove();
      }
    }
    return true;
  }

  /**
   * {@inheritDoc}
   *
   * @throws NullPointerException if {@code eventId} is null
   */
  @Override
  public synchronized void forget(String eventId) {
    marks.remove(Objects.requireNonNull(eventId, "eventId must not be null"));
  }

  /**
   * How many marks are held now, expired ones not yet dropped included.
   *
   * @return the number of marks
   */
  public synchronized int size() {
    return marks.size();
  }

  /** Prints the number of marks, not the keys. */
  @Override
  public synchronized String toString() {
    return "InMemorySeenEventStore[size=" + marks.size() + ", maxEntries=" + maxEntries + "]";
  }

  /** Marks are kept in insertion order, so expired ones collect at the head. */
  private void dropExpired(Instant now) {
    Iterator<Map.Entry<String, Instant>> it = marks.entrySet().iterator();
    while (it.hasNext()) {
      if (it.next().getValue().isAfter(now)) {
        return;
      }
      it.remove();
    }
  }
}
