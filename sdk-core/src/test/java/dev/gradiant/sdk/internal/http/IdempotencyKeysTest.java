package dev.gradiant.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Idempotency keys are version 4 UUIDs, never repeated within a process. */
class IdempotencyKeysTest {
  private static final long LOW_MASK = (1L << 62) - 1;

  @Test
  void keysAreVersion4UuidsInCanonicalForm() {
    for (int i = 0; i < 1_000; i++) {
      String key = IdempotencyKeys.next();
      UUID uuid = UUID.fromString(key);
      assertThat(uuid.version()).isEqualTo(4);
      assertThat(uuid.variant()).isEqualTo(2);
      assertThat(uuid.toString()).isEqualTo(key);
      assertThat(key)
          .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }
  }

  @Test
  void noKeyRepeatsOverManyCalls() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      assertThat(seen.add(IdempotencyKeys.next())).isTrue();
    }
  }

  @Test
  void consecutiveKeysDoNotLookLikeACounter() {
    UUID first = UUID.fromString(IdempotencyKeys.next());
    UUID second = UUID.fromString(IdempotencyKeys.next());
    assertThat(second.getMostSignificantBits()).isEqualTo(first.getMostSignificantBits());
    long difference = second.getLeastSignificantBits() - first.getLeastSignificantBits();
    assertThat(Math.abs(difference)).isGreaterThan(1_000_000L);
  }

  /** The mix is undone by its inverse on every value tried: distinct counters, distinct keys. */
  @Test
  void theMixIsABijectionOfThe62BitValues() {
    SplittableRandom random = new SplittableRandom(7);
    long[] edges = {0, 1, 2, LOW_MASK, LOW_MASK - 1, 1L << 61, (1L << 31) - 1, 1L << 31};
    for (long value : edges) {
      assertRoundTrip(value);
    }
    for (int i = 0; i < 100_000; i++) {
      assertRoundTrip(random.nextLong() & LOW_MASK);
    }
  }

  private static void assertRoundTrip(long value) {
    long mixed = IdempotencyKeys.mix(value);
    assertThat(mixed).isBetween(0L, LOW_MASK);
    assertThat(unmix(mixed)).isEqualTo(value);
  }

  /** The inverse of {@link IdempotencyKeys#mix}, step by step in reverse. */
  private static long unmix(long value) {
    long x = unshift(value, 29);
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
