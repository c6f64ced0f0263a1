package dev.gradiant.sdk.pagination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The walk's memory of the pages behind it: every cycle of pages is noticed, a short one before any
 * page repeats, a long one within a bound, in a fixed memory.
 */
class PageTrailTest {
  /** The items of page {@code n} of a server that answers page {@code n}. */
  private static List<String> page(int n) {
    return List.of("item_" + n + "_a", "item_" + n + "_b");
  }

  /**
   * The index of the first page a walk recognises as a repeat, for a server that answers pages
   * {@code 0 .. start + cycle - 1}, then pages {@code start .. start + cycle - 1} over and over.
   */
  private static int firstRecognisedRepeat(int start, int cycle) {
    PageTrail trail = PageTrail.start(page(0));
    for (int i = 1; i < 10_000; i++) {
      List<String> next = page(i < start + cycle ? i : start + (i - start) % cycle);
      if (trail.remembers(next)) {
        return i;
      }
      trail = trail.then(next);
    }
    throw new AssertionError("no repeat noticed for start " + start + ", cycle " + cycle);
  }

  @Test
  void aCycleOfUpToSixteenPagesIsNoticedAtItsFirstRepeatedPage() {
    for (int cycle = 1; cycle <= PageTrail.RECENT; cycle++) {
      for (int start = 0; start < 100; start++) {
        assertThat(firstRecognisedRepeat(start, cycle))
            .as("start %d, cycle %d", start, cycle)
            .isEqualTo(start + cycle);
      }
    }
  }

  @Test
  void aLongerCycleIsNoticedWithinTwiceTheWalkBeforeItPlusItsLength() {
    for (int cycle = PageTrail.RECENT + 1; cycle <= 300; cycle++) {
      for (int start = 0; start < 100; start++) {
        int noticed = firstRecognisedRepeat(start, cycle);
        assertThat(noticed)
            .as("start %d, cycle %d", start, cycle)
            .isGreaterThanOrEqualTo(start + cycle)
            .isLessThanOrEqualTo(2 * Math.max(start, cycle) + cycle);
      }
    }
  }

  @Test
  void distinctPagesAreNeverTakenForRepeats() {
    PageTrail trail = PageTrail.start(page(0));
    for (int i = 1; i < 5_000; i++) {
      assertThat(trail.remembers(page(i))).as("page %d", i).isFalse();
      trail = trail.then(page(i));
    }
  }

  @Test
  void theOrderOfTheItemsCounts() {
    PageTrail trail = PageTrail.start(List.of("a", "b"));

    assertThat(trail.remembers(List.of("a", "b"))).isTrue();
    assertThat(trail.remembers(List.of("b", "a"))).isFalse();
    assertThat(trail.remembers(List.of("a"))).isFalse();
  }
}
