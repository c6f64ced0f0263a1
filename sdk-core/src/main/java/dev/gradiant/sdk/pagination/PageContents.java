package dev.gradiant.sdk.pagination;

import dev.gradiant.sdk.core.ResponseMetadata;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * What {@link Page} and {@link AsyncPage} have in common: the items of one page, the paging
 * counters the server reported, and the rule for whether another page follows. Each subclass adds
 * the way to fetch that page, blocking or not.
 *
 * <p>A next page that does not move on from the page before it (its reported offset is not past
 * that page's, or it holds the very same items) is a <em>repeat</em>: the server is not paging as
 * asked, so no page follows it and an auto-pager ends before its items, which would come again.
 *
 * @param <T> the item type
 */
abstract class PageContents<T> {
  private final List<T> items;
  private final long total;
  private final int limit;
  private final int offset;
  private final ResponseMetadata metadata;
  private final boolean repeat;

  PageContents(
      List<T> items, long total, int limit, int offset, ResponseMetadata metadata, boolean repeat) {
    this.items = List.copyOf(items);
    this.total = total;
    this.limit = limit;
    this.offset = offset;
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    this.repeat = repeat;
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
   * Whether another page follows: this page is not empty, is not a repeat of the page before it
   * (its offset moved on and its items differ), and the items so far are fewer than {@link
   * #total()} (or, when the server reported no total, this page was full). An empty page ends the
   * list even when {@code total} says more remain.
   *
   * @return whether {@code nextPage()} may be called
   */
  public boolean hasNextPage() {
    int size = items.size();
    if (size == 0 || repeat) {
      return false;
    }
    long seen = (long) offset + size;
    if (seen > Integer.MAX_VALUE) {
      return false; // no offset can ask for what follows
    }
    return total >= 0 ? seen < total : size >= limit;
  }

  /**
   * {@return whether this page was fetched as the next of a page it does not move on from} An
   * auto-pager ends before such a page's items.
   */
  final boolean repeat() {
    return repeat;
  }

  /**
   * {@return whether this page, fetched as the one after {@code previous}, fails to move on from
   * it: its offset is not past {@code previous}'s, or it holds the very same items}
   */
  final boolean repeats(PageContents<?> previous) {
    return offset <= previous.offset || (!items.isEmpty() && items.equals(previous.items));
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
