package dev.gradiant.sdk.pagination;

import dev.gradiant.sdk.ResponseMetadata;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * One page of a list: its items, the paging counters the server reported, and the way to the next
 * page. {@link #autoPager()} walks every item of every following page lazily.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final long total;
  private final int limit;
  private final int offset;
  private final ResponseMetadata metadata;
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
   * @param total how many items the whole list holds, or {@code -1} if the server did not say
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
    this.items = List.copyOf(items);
    this.total = total;
    this.limit = limit;
    this.offset = offset;
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
  }

  /** {@return the items of this page, in server order} */
  public List<T> items() {
    return items;
  }

  /**
   * {@return how many items the whole list holds ({@code meta.total}), or {@code -1} if not
   * reported}
   */
  public long total() {
    return total;
  }

  /** {@return the page size the server applied} */
  public int limit() {
    return limit;
  }

  /** {@return the index of this page's first item in the whole list} */
  public int offset() {
    return offset;
  }

  /**
   * {@return status, headers, request id and rate-limit budget of the response this page came from}
   */
  public ResponseMetadata metadata() {
    return metadata;
  }

  /**
   * Whether another page follows: this page is not empty and the items so far are fewer than {@link
   * #total()} (or, when the server reported no total, this page was full).
   *
   * @return whether {@link #nextPage()} may be called
   */
  public boolean hasNextPage() {
    return hasNext(items.size(), total, limit, offset);
  }

  /** The rule of {@link #hasNextPage()}, shared with {@link AsyncPage}. */
  static boolean hasNext(int size, long total, int limit, int offset) {
    if (size == 0) {
      return false;
    }
    long seen = (long) offset + size;
    return total >= 0 ? seen < total : size >= limit;
  }

  /**
   * Fetches the next page, starting right after this page's last item (so a server that ignores
   * {@code limit} loses and repeats nothing).
   *
   * @return the next page
   * @throws NoSuchElementException if {@link #hasNextPage()} is false
   */
  public Page<T> nextPage() {
    if (!hasNextPage()) {
      throw new NoSuchElementException("This is the last page (offset " + offset + ").");
    }
    return fetcher.fetch(offset + items.size());
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
