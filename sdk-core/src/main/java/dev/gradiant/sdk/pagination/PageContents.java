package dev.gradiant.sdk.pagination;

import dev.gradiant.sdk.ResponseMetadata;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * What {@link Page} and {@link AsyncPage} have in common: the items of one page, the paging
 * counters the server reported, and the rule for whether another page follows. Each subclass adds
 * the way to fetch that page, blocking or not.
 *
 * @param <T> the item type
 */
abstract class PageContents<T> {
  private final List<T> items;
  private final long total;
  private final int limit;
  private final int offset;
  private final ResponseMetadata metadata;

  PageContents(List<T> items, long total, int limit, int offset, ResponseMetadata metadata) {
    this.items = List.copyOf(items);
    this.total = total;
    this.limit = limit;
    this.offset = offset;
    this.metadata = Objects.requireNonNull(metadata, "metadata");
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
   * @return whether {@code nextPage()} may be called
   */
  public boolean hasNextPage() {
    int size = items.size();
    if (size == 0) {
      return false;
    }
    long seen = (long) offset + size;
    return total >= 0 ? seen < total : size >= limit;
  }

  /**
   * {@return the offset the next page starts at: right after this page's last item, so that a
   * server that ignores {@code limit} loses and repeats nothing}
   *
   * @throws NoSuchElementException if {@link #hasNextPage()} is false
   */
  final int nextOffset() {
    if (!hasNextPage()) {
      throw new NoSuchElementException("This is the last page (offset " + offset + ").");
    }
    return offset + items.size();
  }
}
