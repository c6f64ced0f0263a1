package dev.gradiant.sdk.pagination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.core.HttpHeaders;
import dev.gradiant.sdk.core.ResponseMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A page fingerprints its items (their {@code hashCode()}, a walk through every field of each) only
 * for the walk that goes on from it: reading one page costs no hashing, and a walk hashes each page
 * once (the one fingerprint both checks it is not a repeat and is remembered), on the blocking and
 * the async face.
 */
class PageFingerprintCostTest {
  private static final ResponseMetadata META =
      ResponseMetadata.builder().statusCode(200).headers(HttpHeaders.of()).build();

  private final AtomicInteger hashed = new AtomicInteger();

  /** An item that counts how often it is hashed. */
  private final class Item {
    private final int value;

    Item(int value) {
      this.value = value;
    }

    @Override
    public int hashCode() {
      hashed.incrementAndGet();
      return value;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Item that && that.value == value;
    }
  }

  private Page<Item> page(int offset, int size, int total) {
    List<Item> items = new ArrayList<>();
    for (int i = offset; i < Math.min(total, offset + size); i++) {
      items.add(new Item(i));
    }
    return new Page<>(items, total, size, offset, META, next -> page(next, size, total));
  }

  @Test
  void aPageReadAloneHashesNoItem() {
    Page<Item> first = page(0, 100, 1_000);

    assertThat(first.items()).hasSize(100);
    assertThat(first.hasNextPage()).isTrue();
    assertThat(hashed).hasValue(0);
  }

  @Test
  void aWalkHashesEachItemAtMostTwice() {
    List<Item> all = new ArrayList<>();
    page(0, 10, 50).autoPager().forEach(all::add);

    assertThat(all).hasSize(50);
    // the first page is remembered once; every later page is checked, and remembered unless last
    assertThat(hashed.get()).isLessThanOrEqualTo(2 * 50);
  }

  @Test
  void aWalkHashesEachItemOnce() {
    List<Item> all = new ArrayList<>();
    page(0, 10, 50).autoPager().forEach(all::add);

    assertThat(all).hasSize(50);
    assertThat(hashed).hasValue(50);
  }

  @Test
  void anAsyncWalkHashesEachItemOnce() {
    List<Item> all = new ArrayList<>();
    asyncPage(0, 10, 50).autoPager().forEach(all::add).join();

    assertThat(all).hasSize(50);
    assertThat(hashed).hasValue(50);
  }

  private AsyncPage<Item> asyncPage(int offset, int size, int total) {
    Page<Item> page = page(offset, size, total);
    return new AsyncPage<>(
        page.items(),
        total,
        size,
        offset,
        META,
        next -> CompletableFuture.completedFuture(asyncPage(next, size, total)));
  }
}
