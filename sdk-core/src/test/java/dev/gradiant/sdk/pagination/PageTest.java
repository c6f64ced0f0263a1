package dev.gradiant.sdk.pagination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.core.HttpHeaders;
import dev.gradiant.sdk.core.ResponseMetadata;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Paging rules, with an in-memory fetcher that records which offsets were asked for. */
class PageTest {
  private static final ResponseMetadata META =
      ResponseMetadata.builder()
          .statusCode(200)
          .headers(HttpHeaders.of())
          .requestId("req_1")
          .build();

  private final List<Integer> fetched = new ArrayList<>();

  /** A list of {@code size} numbers served {@code pageSize} at a time, reporting {@code total}. */
  private IntFunction<Page<Integer>> server(int size, int pageSize, IntFunction<Long> total) {
    return new IntFunction<>() {
      @Override
      public Page<Integer> apply(int offset) {
        List<Integer> items = new ArrayList<>();
        for (int i = offset; i < Math.min(size, offset + pageSize); i++) {
          items.add(i);
        }
        return new Page<>(
            items,
            total.apply(offset),
            pageSize,
            offset,
            META,
            next -> {
              fetched.add(next);
              return apply(next);
            });
      }
    };
  }

  @Test
  void walksThreePagesAskingForEachOffsetOnce() {
    Page<Integer> first = server(7, 3, offset -> 7L).apply(0);

    List<Integer> all = new ArrayList<>();
    first.autoPager().forEach(all::add);

    assertThat(all).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(fetched).containsExactly(3, 6);
  }

  @Test
  void emptyListHasNoNextPage() {
    Page<Integer> empty = server(0, 20, offset -> 0L).apply(0);

    assertThat(empty.hasNextPage()).isFalse();
    assertThat(empty.autoPager()).isEmpty();
    assertThatThrownBy(empty::nextPage).isInstanceOf(NoSuchElementException.class);
    assertThat(fetched).isEmpty();
  }

  @Test
  void shortLastPageEndsTheWalk() {
    Page<Integer> first = server(5, 3, offset -> 5L).apply(0);

    assertThat(first.autoPager().stream().toList()).containsExactly(0, 1, 2, 3, 4);
    assertThat(fetched).containsExactly(3);
  }

  @Test
  void emptyPageEndsTheWalkEvenIfTotalSaysMore() {
    Page<Integer> first = server(3, 3, offset -> 10L).apply(0);

    assertThat(first.autoPager().stream().toList()).containsExactly(0, 1, 2);
    assertThat(fetched).containsExactly(3);
  }

  @Test
  void totalShrinkingBetweenPagesStopsEarly() {
    Page<Integer> first = server(9, 3, offset -> offset == 0 ? 9L : 5L).apply(0);

    assertThat(first.autoPager().stream().toList()).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(fetched).containsExactly(3);
  }

  @Test
  void serverIgnoringLimitLosesAndRepeatsNothing() {
    // asked for 2 per page, the server sends 4: the next offset follows the items received
    IntFunction<Page<Integer>> server = server(10, 4, offset -> 10L);
    Page<Integer> first =
        new Page<>(
            server.apply(0).items(),
            10,
            2,
            0,
            META,
            offset -> {
              fetched.add(offset);
              return server.apply(offset);
            });

    assertThat(first.autoPager().stream().toList()).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(fetched).containsExactly(4, 8);
  }

  @Test
  void withoutTotalAFullPageMeansTryTheNext() {
    Page<Integer> first = server(4, 2, offset -> -1L).apply(0);

    assertThat(first.total()).isEmpty();
    assertThat(first.autoPager().stream().toList()).containsExactly(0, 1, 2, 3);
    assertThat(fetched).containsExactly(2, 4);
  }

  @Test
  void breakingOutFetchesNothingMore() {
    Page<Integer> first = server(100, 10, offset -> 100L).apply(0);

    for (Integer item : first.autoPager()) {
      if (item == 12) {
        break;
      }
    }

    assertThat(fetched).containsExactly(10);
  }

  @Test
  void iteratorPastTheEndThrows() {
    Iterator<Integer> iterator = server(1, 5, offset -> 1L).apply(0).autoPager().iterator();

    assertThat(iterator.next()).isZero();
    assertThat(iterator.hasNext()).isFalse();
    assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void itemsAreImmutable() {
    Page<Integer> page = server(3, 3, offset -> 3L).apply(0);

    assertThatThrownBy(() -> page.items().add(9)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(page.metadata().requestId()).contains("req_1");
  }
}
