package dev.gradiant.sdk.pagination;

import dev.gradiant.sdk.ResponseMetadata;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * One page of a list fetched by the asynchronous client: the asynchronous sibling of {@link Page},
 * with the same items and counters, whose {@link #nextPage()} returns a future instead of blocking.
 * {@link #autoPager()} publishes every item of every following page, fetching a page only when the
 * subscriber's demand reaches it.
 *
 * @param <T> the item type
 */
public final class AsyncPage<T> {
  private final List<T> items;
  private final long total;
  private final int limit;
  private final int offset;
  private final ResponseMetadata metadata;
  private final Fetcher<T> fetcher;

  /**
   * Fetches the page that starts at a given offset, without blocking.
   *
   * @param <T> the item type
   */
  @FunctionalInterface
  public interface Fetcher<T> {
    /**
     * @param offset the index of the first item wanted
     * @return a future of that page; cancelling it cancels the request
     */
    CompletableFuture<AsyncPage<T>> fetch(int offset);
  }

  /**
   * @param items the items of this page
   * @param total how many items the whole list holds, or {@code -1} if the server did not say
   * @param limit the page size
   * @param offset the index of this page's first item
   * @param metadata the response this page came from
   * @param fetcher how to fetch another page of the same list
   */
  public AsyncPage(
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
   * Whether another page follows, by the same rule as {@link Page#hasNextPage()}.
   *
   * @return whether {@link #nextPage()} may be called
   */
  public boolean hasNextPage() {
    return Page.hasNext(items.size(), total, limit, offset);
  }

  /**
   * Fetches the next page, starting right after this page's last item.
   *
   * @return a future of the next page; cancelling it cancels the request
   * @throws NoSuchElementException at once if {@link #hasNextPage()} is false
   */
  public CompletableFuture<AsyncPage<T>> nextPage() {
    if (!hasNextPage()) {
      throw new NoSuchElementException("This is the last page (offset " + offset + ").");
    }
    return fetcher.fetch(offset + items.size());
  }

  /**
   * Every item of this page and of the pages after it, as a {@link java.util.concurrent.Flow
   * Publisher} that honours the subscriber's demand.
   *
   * @return the publisher (and {@link AsyncAutoPager#forEach} for a plain walk)
   */
  public AsyncAutoPager<T> autoPager() {
    return new AsyncAutoPager<>(this);
  }
}
