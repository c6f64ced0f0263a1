package dev.gradiant.sdk.pagination;

import dev.gradiant.sdk.core.ResponseMetadata;
import dev.gradiant.sdk.internal.concurrent.Futures;
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
public final class AsyncPage<T> extends PageContents<T> {
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
   * @param total how many items the whole list holds, or any negative number (such as {@code -1})
   *     if the server did not say; {@link #total()} is then empty
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
    this(items, total, limit, offset, metadata, fetcher, null, false);
  }

  private AsyncPage(
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
   * Fetches the next page, starting right after this page's last item. If the server answers with a
   * page that does not move on (its reported offset falls inside this page, or it holds the same
   * items as this page or as one of the pages the walk remembers), that page is returned as the
   * server sent it, with {@link #hasNextPage()} false.
   *
   * @return a future of the next page; cancelling it cancels the request
   * @throws NoSuchElementException at once if {@link #hasNextPage()} is false
   */
  public CompletableFuture<AsyncPage<T>> nextPage() {
    return Futures.map(
        fetcher.fetch(nextOffset()),
        next -> {
          long print = PageTrail.fingerprint(next.items()); // once: for the check and the trail
          return new AsyncPage<>(
              next.items(),
              next.reportedTotal(),
              next.limit(),
              next.offset(),
              next.metadata(),
              fetcher,
              trail().then(print),
              next.repeats(this, print));
        });
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
