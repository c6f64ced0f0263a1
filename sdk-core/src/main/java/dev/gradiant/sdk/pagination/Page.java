package dev.gradiant.sdk.pagination;

import dev.gradiant.sdk.core.ResponseMetadata;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * One page of a list: its items, the paging counters the server reported, and the way to the next
 * page. {@link #autoPager()} walks every item of every following page lazily.
 *
 * @param <T> the item type
 */
public final class Page<T> extends PageContents<T> {
  private final Fetcher<T> fetcher;

  /**
   * Fetches the page that starts at a given offset.
   *
   * @param <T> the item type
   */
  @FunctionalInterface
  public interface Fetcher<T> {
    /**
     * @param offset the index of the first item wanted
     * @return that page
     */
    Page<T> fetch(int offset);
  }

  /**
   * @param items the items of this page
   * @param total how many items the whole list holds, or any negative number (such as {@code -1})
   *     if the server did not say; {@link #total()} is then empty
   * @param limit the page size
   * @param offset the index of this page's first item
   * @param metadata the response this page came from
   * @param fetcher how to fetch another page of the same list
   */
  public Page(
      List<T> items,
      long total,
      int limit,
      int offset,
      ResponseMetadata metadata,
      Fetcher<T> fetcher) {
    this(items, total, limit, offset, metadata, fetcher, null, false);
  }

  private Page(
      List<T> items,
      long total,
      int limit,
      int offset,
      ResponseMetadata metadata,
      Fetcher<T> fetcher,
      PageTrail trail,
      boolean repeat) {
    super(items, total, limit, offset, metadata, trail, repeat);
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
  }

  /**
   * Fetches the next page, starting right after this page's last item (so a server that ignores
   * {@code limit} loses and repeats nothing). If the server answers with a page that does not move
   * on (its reported offset falls inside this page, or it holds the same items as this page or as
   * one of the pages the walk remembers), that page is returned as the server sent it, with {@link
   * #hasNextPage()} false.
   *
   * @return the next page
   * @throws NoSuchElementException if {@link #hasNextPage()} is false
   */
  public Page<T> nextPage() {
    Page<T> next = fetcher.fetch(nextOffset());
    long print = PageTrail.fingerprint(next.items()); // once: for the check and for the trail
    return new Page<>(
        next.items(),
        next.reportedTotal(),
        next.limit(),
        next.offset(),
        next.metadata(),
        fetcher,
        trail().then(print),
        next.repeats(this, print));
  }

  /**
   * Every item of this page and of the pages after it, fetched one page at a time as iteration
   * reaches them.
   *
   * @return a lazy iterable (and stream) over all items from this page on
   */
  public AutoPager<T> autoPager() {
    return new AutoPager<>(this);
  }
}
