package dev.gradiant.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/**
 * Idempotency keys are version 4 UUIDs drawn from a CSPRNG: never repeated, and knowing one tells
 * nothing about the next.
 */
class IdempotencyKeysTest {
  private static final int KEYS = 10_000;
  private static final long LOW_MASK = (1L << 62) - 1;

  @Test
  void tenThousandKeysAreDistinctVersion4UuidsInCanonicalForm() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < KEYS; i++) {
      String key = IdempotencyKeys.next();
      UUID uuid = UUID.fromString(key);
      assertThat(uuid.version()).isEqualTo(4);
      assertThat(uuid.variant()).isEqualTo(2);
      assertThat(uuid.toString()).isEqualTo(key);
      assertThat(key)
          .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
      assertThat(seen.add(key)).as("key %d is new", i).isTrue();
    }
  }

  /**
   * Every one of the 122 random bits varies from key to key: with a fixed per-process prefix, the
   * upper half of every key would be the same.
   */
  @Test
  void everyRandomBitVariesAcrossKeys() {
    long mostOnes = 0;
    long mostZeros = 0;
    long leastOnes = 0;
    long leastZeros = 0;
    for (int i = 0; i < KEYS; i++) {
      UUID uuid = UUID.fromString(IdempotencyKeys.next());
      mostOnes |= uuid.getMostSignificantBits();
      mostZeros |= ~uuid.getMostSignificantBits();
      leastOnes |= uuid.getLeastSignificantBits();
      leastZeros |= ~uuid.getLeastSignificantBits();
    }
    long versionBits = 0xF000L;
    long variantBits = 0b11L << 62;
    assertThat(mostOnes & mostZeros).isEqualTo(~versionBits);
    assertThat(leastOnes & leastZeros).isEqualTo(~variantBits);
  }

  /**
   * The old keys were a counter put through a public bijection: undoing it on two consecutive keys
   * gave consecutive numbers, so one key predicted the next. Undone on today's keys, consecutive
   * keys are no closer than chance allows.
   */
  @Test
  void consecutiveKeysAreNotACounterBehindTheOldMix() {
    int adjacent = 0;
    long previous = unmix(IdempotencyKeys.next());
    for (int i = 0; i < KEYS; i++) {
      long current = unmix(IdempotencyKeys.next());
      if (((current - previous) & LOW_MASK) == 1) {
        adjacent++;
      }
      previous = current;
    }
    assertThat(adjacent).isZero();
  }

  @Test
  void keysDrawnByManyThreadsAtOnceNeverRepeat() throws Exception {
    int threads = 8;
    Set<String> seen = ConcurrentHashMap.newKeySet();
    List<String> repeated = new ArrayList<>();
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
                for (int i = 0; i < KEYS; i++) {
                  String key = IdempotencyKeys.next();
                  if (!seen.add(key) || UUID.fromString(key).version() != 4) {
                    synchronized (repeated) {
                      repeated.add(key);
                    }
                  }
                }
              });
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }

    assertThat(repeated).isEmpty();
    assertThat(seen).hasSize(threads * KEYS);
  }

  /** A generator that hands out 0, 1, 2, ... and counts its draws. */
  private static final class CountingRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private int next;
    private int draws;

    @Override
    public void nextBytes(byte[] bytes) {
      draws++;
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) next++;
      }
    }
  }

  @Test
  void aSourceUsesEachDrawnByteForOneKeyOnlyAndDrawsAgainWhenAllAreUsed() {
    CountingRandom random = new CountingRandom();
    IdempotencyKeys.Source source = new IdempotencyKeys.Source(random);

    assertThat(source.next()).isEqualTo(UUID.fromString("00010203-0405-4607-8809-0a0b0c0d0e0f"));
    assertThat(source.next()).isEqualTo(UUID.fromString("10111213-1415-4617-9819-1a1b1c1d1e1f"));
    for (int i = 2; i < IdempotencyKeys.BATCH / 16; i++) {
      source.next();
    }
    assertThat(random.draws).isEqualTo(1);
    assertThat(source.next()).isEqualTo(UUID.fromString("00010203-0405-4607-8809-0a0b0c0d0e0f"));
    assertThat(random.draws).isEqualTo(2);
  }

  @Test
  void fourGeneratorsPerProcessorAsAPowerOfTwoFromEightToSixtyFour() {
    assertThat(IdempotencyKeys.stripes(1)).isEqualTo(8);
    assertThat(IdempotencyKeys.stripes(2)).isEqualTo(8);
    assertThat(IdempotencyKeys.stripes(3)).isEqualTo(16);
    assertThat(IdempotencyKeys.stripes(8)).isEqualTo(32);
    assertThat(IdempotencyKeys.stripes(96)).isEqualTo(64);
  }

  /** The counter the old implementation hid in a key's low 62 bits. */
  private static long unmix(String key) {
    long x = unshift(UUID.fromString(key).getLeastSignificantBits() & LOW_MASK, 29);
    x = (x * inverse(0xBF58476D1CE4E5B9L)) & LOW_MASK;
    x = unshift(x, 31);
    return (x * inverse(0x9E3779B97F4A7C15L)) & LOW_MASK;
  }

  /** Undoes {@code x ^= x >>> shift} on 62-bit values. */
  private static long unshift(long value, int shift) {
    long x = value;
    for (int known = shift; known < 62; known += shift) {
      x = value ^ (x >>> shift);
    }
    return x & LOW_MASK;
  }

  /** The inverse of an odd number modulo 2^64 (hence 2^62), by Newton's iteration. */
  private static long inverse(long odd) {
    long x = odd;
    for (int i = 0; i < 6; i++) {
      x *= 2 - odd * x;
    }
    return x;
  }
}
