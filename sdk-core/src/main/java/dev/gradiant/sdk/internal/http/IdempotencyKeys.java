package dev.gradiant.sdk.internal.http;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Makes the {@code Idempotency-Key} of each {@code POST} that the caller gave no key for: a version
 * 4 UUID whose 122 random bits are drawn afresh for every key from a cryptographically strong
 * generator. Keys never repeat in practice, within a process or across processes, and knowing one
 * key tells nothing about the next, so no one who sees a key can guess another call's key and have
 * the server replay its answer to them.
 *
 * <p>The bits come from one of several generators, each the JDK's {@code DRBG} (NIST SP 800-90A,
 * seeded on its own by the JDK from the system's entropy source), so that the client's threads do
 * not all queue on the one shared generator of {@link UUID#randomUUID()} (whose draw also takes a
 * process-wide lock and allocates for every key). A thread takes the generator of its stripe, or
 * the next one free: it never waits for another thread. Each generator draws {@value #BATCH} bytes
 * at a time and hands out 16 per key, each byte once.
 */
final class IdempotencyKeys {
  /** Bytes drawn from a generator at a time: 32 keys. */
  static final int BATCH = 512;

  private static final int STRIPES = stripes(Runtime.getRuntime().availableProcessors());
  private static final AtomicReferenceArray<Source> SOURCES = new AtomicReferenceArray<>(STRIPES);

  private IdempotencyKeys() {}

  /** {@return a new key} */
  static String next() {
    int first = (int) Thread.currentThread().getId();
    for (int i = 0; i < STRIPES; i++) {
      Source source = source((first + i) & (STRIPES - 1));
      if (source.claim()) {
        try {
          return source.next().toString();
        } finally {
          source.release();
        }
      }
    }
    // Every generator in use by another thread at this instant: the JDK's shared one.
    return UUID.randomUUID().toString();
  }

  /** Four generators per processor, as a power of two between 8 and 64. */
  static int stripes(int processors) {
    int wanted = Math.max(8, Math.min(64, processors * 4));
    return Integer.highestOneBit(wanted - 1) << 1;
  }

  private static Source source(int index) {
    Source source = SOURCES.get(index);
    if (source == null) {
      SOURCES.compareAndSet(index, null, new Source(newGenerator()));
      source = SOURCES.get(index);
    }
    return source;
  }

  private static SecureRandom newGenerator() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (NoSuchAlgorithmException e) {
      return new SecureRandom();
    }
  }

  /** One generator and the bytes it drew that no key has used yet; one thread at a time. */
  static final class Source {
    private final AtomicBoolean inUse = new AtomicBoolean();
    private final SecureRandom random;
    private final byte[] drawn = new byte[BATCH];
    private int used = BATCH;

    Source(SecureRandom random) {
      this.random = random;
    }

    boolean claim() {
      return !inUse.get() && inUse.compareAndSet(false, true);
    }

    void release() {
      inUse.set(false);
    }

    /** {@return the next key: 16 unused bytes, with the version 4 and IETF variant bits set} */
    UUID next() {
      if (used == BATCH) {
        random.nextBytes(drawn);
        used = 0;
      }
      long most = longAt(used);
      long least = longAt(used + 8);
      Arrays.fill(drawn, used, used + 16, (byte) 0);
      used += 16;
      most = (most & ~0xF000L) | 0x4000L;
      least = (least & ~(0b11L << 62)) | (0b10L << 62);
      return new UUID(most, least);
    }

    private long longAt(int offset) {
      long value = 0;
      for (int i = offset; i < offset + 8; i++) {
        value = (value << 8) | (drawn[i] & 0xFF);
      }
      return value;
    }
  }
}
