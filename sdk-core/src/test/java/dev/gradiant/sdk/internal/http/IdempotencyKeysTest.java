package dev.gradiant.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
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
