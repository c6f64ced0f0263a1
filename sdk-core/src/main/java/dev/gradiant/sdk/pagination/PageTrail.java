package dev.gradiant.sdk.pagination;

import java.util.Arrays;
import java.util.List;

/**
 * What a walk remembers of the pages behind it, to notice a server that answers pages it already
 * sent (it ignores {@code offset} and cycles through a few pages) in a fixed, small memory: a
 * 64-bit fingerprint of the items of each of the last {@value #RECENT} pages, and of one earlier
 * page, the checkpoint, moved to the page at each power of two of the walk's length.
 *
 * <p>A page whose fingerprint is among the recent ones repeats one of the last {@value #RECENT}
 * pages: no item of it is walked again. A cycle longer than that is still noticed when it comes
 * back to the checkpoint (Brent's cycle detection), having walked some of its pages again: for a
 * cycle of {@code n} pages that starts at page {@code s}, at page {@code 2 * max(s, n) + n} at the
 * latest. Two different pages have the same fingerprint only if every item at the same position has
 * the same {@link Object#hashCode()} (and then only by a 64-bit chance).
 *
 * <p>Immutable: each page holds the trail of the pages up to it.
 */
final class PageTrail {
  /** How many of the latest pages are remembered one by one. */
  static final int RECENT = 16;

  private final long[] recent;
  private final int pages;
  private final long checkpoint;

  private PageTrail(long[] recent, int pages, long checkpoint) {
    this.recent = recent;
    this.pages = pages;
    this.checkpoint = checkpoint;
  }

  /** {@return the trail of a walk whose first page holds {@code items}} */
  static PageTrail start(List<?> items) {
    return new PageTrail(new long[0], 0, 0).then(fingerprint(items));
  }

  /** {@return whether a page holding {@code items} repeats a page this trail remembers} */
  boolean remembers(List<?> items) {
    return remembers(fingerprint(items));
  }

  /**
   * {@return whether a page whose items' {@linkplain #fingerprint fingerprint} is {@code print}
   * repeats a page this trail remembers}
   */
  boolean remembers(long print) {
    if (print == checkpoint) {
      return true;
    }
    for (long seen : recent) {
      if (seen == print) {
        return true;
      }
    }
    return false;
  }

  /** {@return this trail followed by a page holding {@code items}} */
  PageTrail then(List<?> items) {
    return then(fingerprint(items));
  }

  /**
   * {@return this trail followed by a page whose items' {@linkplain #fingerprint fingerprint} is
   * {@code print}}
   */
  PageTrail then(long print) {
    long[] kept =
        recent.length < RECENT
            ? Arrays.copyOf(recent, recent.length + 1)
            : Arrays.copyOfRange(recent, 1, RECENT + 1);
    kept[kept.length - 1] = print;
    int count = pages + 1;
    boolean powerOfTwo = (count & (count - 1)) == 0;
    return new PageTrail(kept, count, powerOfTwo ? print : checkpoint);
  }

  /** A 64-bit digest of the items' hash codes, in order, and of their number. */
  static long fingerprint(List<?> items) {
    long print = 0x9E3779B97F4A7C15L ^ items.size();
    for (Object item : items) {
      print = (print ^ item.hashCode()) * 0xBF58476D1CE4E5B9L;
      print ^= print >>> 31;
    }
    return print;
  }
}
