package dev.gradiant.sdk.pagination;

import dev.gradiant.sdk.core.ResponseMetadata;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Page} and {@link AsyncPage} have in common: the items of one page, the paging
 * counters the server reported, and the rule for whether another page follows. Each subclass adds
 * the way to fetch that page, blocking or not.
 *
 * <p>A next page that does not move on from the pages before it is a <em>repeat</em>: its reported
 * offset falls inside the page before it (or before that), it holds the very same items as the page
 * before it, or the same items as a page the walk remembers (see {@code PageTrail}). The server is
 * not paging as asked, so no page follows it and an auto-pager ends before its items, which would
 * come again.
 *
 * @param <T> the item type
 */
abstract class PageContents<T> {
  private final List<T> items;
  private final long total;
  private final int limit;
  private final int offset;
  private final ResponseMetadata metadata;
  // The trail of the walk up to this page. A page fetched as the next of another is given it (its
  // items were fingerprinted once, to tell whether it repeats); a first page makes it when first
  // asked for, which is when the page after it is, so a page read alone never fingerprints its
  // items. Made again by any thread that finds it null: a PageTrail is immutable.
  private PageTrail trail;
  private final boolean repeat;

  /**
   * @param trail the pages of the walk up to and including this one, or {@code null} for the first
   *     page
   */
  PageContents(
      List<T> items,
      long total,
      int limit,
      int offset,
      ResponseMetadata metadata,
      PageTrail trail,
      boolean repeat) {
    this.items = List.copyOf(items);
    this.total = total;
    this.limit = limit;
    this.offset = offset;
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    this.trail = trail;
    this.repeat = repeat;
  }

  /** {@return the items of this page, in server order} */
  public List<T> items() {
    return items;
  }

  /**
   * {@return how many items the whole list holds ({@code meta.total}); empty when the server did
   * not report it}
   */
  public Optional<Long> total() {
    return total >= 0 ? Optional.of(total) : Optional.empty();
  }

  /** {@return the reported total as given to the constructor: negative when not reported} */
  final long reportedTotal() {
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
   * Whether another page follows: this page is not empty, is not a repeat (see above), and the
   * items so far are fewer than {@link #total()} (or, when the server reported no total, this page
   * was full). An empty page ends the list even when {@code total} says more remain.
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
   * {@return whether this page, fetched as the one after {@code previous}, fails to move on: its
   * reported offset is before the end of {@code previous} (so some of its items, or all, came
   * already), it holds the very same items as {@code previous}, or the same items as a page the
   * walk remembers}
   *
   * @param previous the page this one was fetched after
   * @param print this page's items' {@linkplain PageTrail#fingerprint fingerprint}
   */
  final boolean repeats(PageContents<?> previous, long print) {
    long previousEnd = (long) previous.offset + previous.items.size();
    return offset < previousEnd
        || (!items.isEmpty() && items.equals(previous.items))
        || previous.trail().remembers(print);
  }

  /** {@return the pages of the walk up to and including this one} */
  final PageTrail trail() {
    PageTrail made = trail;
    if (made == null) {
      made = PageTrail.start(items);
      trail = made;
    }
    return made;
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
