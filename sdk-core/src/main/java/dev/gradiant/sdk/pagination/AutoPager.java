package dev.gradiant.sdk.pagination;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lazily walks all items from a first page on. A page is fetched only when iteration reaches its
 * first item, only one page is held at a time, and the walk stops at {@code total}, at an empty
 * page, or before a page that does not move on: its reported offset falls inside the page before
 * it, or it holds the same items as one of the 16 pages before it (the server is not paging as
 * asked, and the walk would repeat items, or fetch the same pages forever). A server that cycles
 * through more pages than that is noticed too, when the cycle comes back to a page the walk keeps a
 * fingerprint of, after walking some of its pages again. Breaking out of a loop, or {@code limit()}
 * on the stream, fetches nothing more.
 *
 * <p>Each call to {@link #iterator()} or {@link #stream()} starts again from the first page (which
 * is already in memory) and fetches the following pages anew.
 *
 * @param <T> the item type
 */
public final class AutoPager<T> implements Iterable<T> {
  private final Page<T> first;

  AutoPager(Page<T> first) {
    this.first = first;
  }

  @Override
  public Iterator<T> iterator() {
    return new PagingIterator<>(first);
  }

  /** {@return the items as a sequential, ordered stream; pages are fetched as the stream pulls} */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  private static final class PagingIterator<T> implements Iterator<T> {
    private Page<T> page;
    private int index;

    PagingIterator(Page<T> first) {
      this.page = first;
    }

    @Override
    public boolean hasNext() {
      while (index >= page.items().size()) {
        if (!page.hasNextPage()) {
          return false;
        }
        page = page.nextPage();
        index = page.repeat() ? page.items().size() : 0;
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return page.items().get(index++);
    }
  }
}
