package dev.gradiant.sdk.webhooks;

import java.time.Instant;

/**
 * Remembers which deliveries were accepted, so a replay of one is rejected with {@link
 * WebhookVerificationException.Reason#DUPLICATE}.
 *
 * <p>The verifier asks {@link #markSeen(String, Instant, Instant)} once per verified delivery, with
 * its {@code webhook-id}, else its event id, else (for an id-less Gradiant delivery) its signature.
 * Implementations must be thread-safe and make the check-and-mark atomic: Redis {@code SET key 1 NX
 * PXAT expiresAt}, or an insert into a table with a unique key whose duplicate-key error means
 * "seen".
 *
 * <p>A {@link WebhookVerifier} uses a bounded {@link InMemorySeenEventStore} unless told otherwise.
 * That serves one instance of your app; several instances behind a load balancer need one shared
 * store, or a replay sent to another instance is accepted there. {@link #none()} turns replay
 * protection off.
 */
public interface SeenEventStore {

  /**
   * A store that remembers nothing: every delivery is accepted as new, so a captured Standard
   * Webhooks delivery can be replayed for as long as its timestamp is within the tolerance, and a
   * Gradiant-scheme delivery (no timestamp) for ever. Use it only when your handler is idempotent
   * by itself.
   *
   * @return the store
   */
  static SeenEventStore none() {
    return NoSeenEventStore.INSTANCE;
  }

  /**
   * Marks a delivery as seen, atomically, judging expiry by the store's own time.
   *
   * @param eventId the delivery's key; at most a few hundred characters
   * @param expiresAt when the mark may be forgotten
   * @return true if the key was not marked (or its mark had expired), false if it is a duplicate
   */
  boolean markSeen(String eventId, Instant expiresAt);

  /**
   * Marks a delivery as seen, atomically, judging expiry by {@code now}: the verifier calls this
   * one, with its own {@link WebhookVerifier.Builder#clock(java.time.Clock) clock}, so a store and
   * its verifier never disagree about what has expired. By default it ignores {@code now} and calls
   * {@link #markSeen(String, Instant)}, which suits stores that keep time themselves (Redis {@code
   * PXAT}, a database's clock).
   *
   * @param eventId the delivery's key; at most a few hundred characters
   * @param now the verifier's current time
   * @param expiresAt when the mark may be forgotten
   * @return true if the key was not marked (or its mark had expired), false if it is a duplicate
   */
  default boolean markSeen(String eventId, Instant now, Instant expiresAt) {
    return markSeen(eventId, expiresAt);
  }

  /**
   * Removes a mark, so a retry of a delivery whose handling failed is accepted. Removing an absent
   * key does nothing.
   *
   * @param eventId the delivery's key
   */
  void forget(String eventId);
}
