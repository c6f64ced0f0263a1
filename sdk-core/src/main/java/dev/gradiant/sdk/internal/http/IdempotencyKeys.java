package dev.gradiant.sdk.internal.http;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes the {@code Idempotency-Key} of each {@code POST}: a version 4 UUID, different for every
 * logical call of the process and, with overwhelming probability, from those of any other process.
 *
 * <p>{@link UUID#randomUUID()} draws 16 bytes from {@link SecureRandom} for every key, about 150
 * ns: a twentieth of an in-memory {@code POST}. Here the random bits are drawn once per process: 60
 * fixed bits, and a 62-bit counter that starts at a random value and goes through a bijection (a
 * mix), so two calls of one process never share a key (for 2<sup>62</sup> calls), and keys of two
 * processes can meet only if their 60 random bits do and their counters' ranges overlap. A key is
 * unique, not secret: it goes only to the API, next to the credentials. The bits are drawn when the
 * class is first used at run time; a process image restored several times from one snapshot taken
 * after that (CRaC) would repeat its keys, as it would repeat any state it had drawn.
 */
final class IdempotencyKeys {
  private static final long LOW_MASK = (1L << 62) - 1;
  private static final long VERSION_4 = 0x4000L;
  private static final long VERSION_MASK = 0xF000L;
  private static final long VARIANT_IETF = 1L << 63;

  private IdempotencyKeys() {}

  /** Drawn at first use, so that a client that never posts never touches {@link SecureRandom}. */
  private static final class Seed {
    private static final long HIGH;
    private static final AtomicLong COUNTER;

    static {
      SecureRandom random = new SecureRandom();
      HIGH = (random.nextLong() & ~VERSION_MASK) | VERSION_4;
      COUNTER = new AtomicLong(random.nextLong());
    }
  }

  /** {@return a new key} */
  static String next() {
    long low = mix(Seed.COUNTER.getAndIncrement() & LOW_MASK) | VARIANT_IETF;
    return new UUID(Seed.HIGH, low).toString();
  }

  /**
   * A bijection of the 62-bit values: multiplications by odd numbers and right-shift xors, each
   * reduced to 62 bits, can all be undone, so distinct counters give distinct keys.
   */
  static long mix(long value) {
    long x = (value * 0x9E3779B97F4A7C15L) & LOW_MASK;
    x ^= x >>> 31;
    x = (x * 0xBF58476D1CE4E5B9L) & LOW_MASK;
    x ^= x >>> 29;
    return x;
  }
}
