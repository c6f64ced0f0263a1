package dev.gradiant.sdk.internal.http;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An idempotency key the caller gave through {@code RequestOptions.idempotencyKey(..)}: it stands
 * for one logical call, so only the first {@code POST} made through the view it was given to (or
 * through any view derived from that one, which share this object) may send it. Thread-safe: of two
 * {@code POST}s racing through one view, exactly one gets the key.
 */
final class OneCallIdempotencyKey {
  private final String key;
  private final AtomicBoolean spent = new AtomicBoolean();

  OneCallIdempotencyKey(String key) {
    this.key = key;
  }

  /**
   * Spends the key on the call {@code operation} describes; its retries reuse the request, so they
   * carry the key without asking again.
   *
   * @param operation the call, e.g. {@code POST /bookings}, for the error message
   * @return the key
   * @throws IllegalStateException if an earlier call already spent it; the key is not in the
   *     message
   */
  String spend(String operation) {
    if (!spent.compareAndSet(false, true)) {
      throw new IllegalStateException(
          operation
              + " was refused before sending: the idempotency key given to withOptions(..) was"
              + " already used by an earlier POST through this view, and a key stands for one"
              + " logical call. Call withOptions(..) again for each call: with a new key for a"
              + " new call, or with the same key to send the same call again (e.g. a resubmitted"
              + " form).");
    }
    return key;
  }
}
