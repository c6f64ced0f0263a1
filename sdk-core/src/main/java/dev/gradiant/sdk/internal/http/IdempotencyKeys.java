package dev.gradiant.sdk.internal.http;

import java.util.UUID;

/**
 * Makes the {@code Idempotency-Key} of each {@code POST} that the caller gave no key for: a version
 * 4 UUID whose 122 random bits are drawn afresh from the JDK's {@link java.security.SecureRandom}
 * for every key ({@link UUID#randomUUID()}). Keys never repeat in practice, within a process or
 * across processes, and knowing one key tells nothing about the next, so no one who sees a key can
 * guess another call's key and have the server replay its answer to them.
 */
final class IdempotencyKeys {
  private IdempotencyKeys() {}

  /** {@return a new key} */
  static String next() {
    return UUID.randomUUID().toString();
  }
}
