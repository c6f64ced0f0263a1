package dev.gradiant.sdk.webhooks;

import java.time.Instant;

/**
 * Remembers which deliveries were accepted, so a replay of one is rejected with {@link
 * WebhookVerificationException.Reason#DUPLICATE}.
 *
 * <p>The verifier asks {@link #markSeen} once per verified delivery, with its {@code webhook-id},
 * else its event id, else (for an id-less Gradiant delivery) its signature. Implementations must be
 * thread-safe and make the check-and-mark atomic: Redis {@code SET key 1 NX PXAT expiresAt}, or an
 * insert into a table with a unique key whose duplicate-key error means "seen". {@link
 * InMemorySeenEventStore} serves a single instance.
 */
public interface SeenEventStore {

  /**
   * Marks a delivery as seen, atomically.
   *
   * @param eventId the delivery's key; at most a few hundred characters
   * @param expiresAt when the mark may be forgotten
   * @return true if the key was not marked (or its mark had expired), false if it is a duplicate
   */
  boolean markSeen(String eventId, Instant expiresAt);

  /**
   * Removes a mark, so a retry of a delivery whose handling failed is accepted. Removing an absent
   * key does nothing.
   *
   * @param eventId the delivery's key
   */
  void forget(String eventId);
}
