package dev.gradiant.sdk.webhooks;

import java.time.Instant;
import java.util.Objects;

/** {@link SeenEventStore#none()}: remembers nothing, so replay protection is off. */
enum NoSeenEventStore implements SeenEventStore {
  INSTANCE;

  @Override
  public boolean markSeen(String eventId, Instant expiresAt) {
    Objects.requireNonNull(eventId, "eventId must not be null");
    Objects.requireNonNull(expiresAt, "expiresAt must not be null");
    return true;
  }

  @Override
  public void forget(String eventId) {
    Objects.requireNonNull(eventId, "eventId must not be null");
  }

  @Override
  public String toString() {
    return "SeenEventStore.none()";
  }
}
