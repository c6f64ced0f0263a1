package dev.gradiant.sdk.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.AsyncResults;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.pagination.AsyncPage;
import dev.gradiant.sdk.pagination.Page;
import dev.gradiant.sdk.users.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server that answers pages again (ignoring {@code offset}, reporting an offset that does not
 * advance or that overlaps the page before, or cycling through a few pages) cannot make an
 * auto-pager fetch forever or repeat items: the walk ends at the first page that does not move on.
 * Each test queues the answers, then a {@code 500}, so that a walk which does not stop fails
 * instead of waiting, and checks how many were asked for.
 */
class AutoPagerLoopTest {
  private static final int REPEATS = 5;
  private static final String OTHER_USER = Payloads.USER.replace("user_123", "user_456");

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  /** Queues {@code body} five times, then a 500 that fails a walk which went that far. */
  private void repeat(String body) {
    for (int i = 0; i < REPEATS; i++) {
      api.enqueueJson(200, body);
    }
    api.enqueueJson(500, "{}");
  }

  /** The first page of a 100-user list, one user a page, always reported at offset 0. */
  private static String firstPageAgain() {
    return Payloads.list(Payloads.USER, 100, 1, 0);
  }

  @Test
  void aServerThatAlwaysAnswersTheFirstPageEndsTheWalk() {
    repeat(firstPageAgain());

    List<String> ids = client.users().list().autoPager().stream().map(User::id).toList();

    assertThat(ids).containsExactly("user_123");
    assertThat(api.requestCount()).isEqualTo(2);
    assertThat(api.takeRequest().getUrl().queryParameter("offset")).isNull();
    assertThat(api.takeRequest().getUrl().queryParameter("offset")).isEqualTo("1");
  }

  @Test
  void aNextPageAtTheSameOffsetHasNoNextPage() {
    repeat(firstPageAgain());
    Page<User> first = client.users().list();

    Page<User> second = first.nextPage();

    assertThat(first.hasNextPage()).isTrue();
    assertThat(second.offset()).isEqualTo(0);
    assertThat(second.hasNextPage()).isFalse();
    assertThat(second.autoPager().stream().count()).isEqualTo(1);
    assertThat(api.requestCount()).isEqualTo(2);
  }

  @Test
  void anOffsetThatGoesBackEndsTheWalk() {
    api.enqueueJson(200, Payloads.list(Payloads.USER, 100, 1, 5));
    repeat(Payloads.list(OTHER_USER, 100, 1, 2));

    List<String> ids = client.users().list().autoPager().stream().map(User::id).toList();

    assertThat(ids).containsExactly("user_123");
    assertThat(api.requestCount()).isEqualTo(2);
  }

  @Test
  void identicalPagesWithoutOffsetsEndTheWalk() {
    repeat("{\"data\": [" + Payloads.USER + "], \"meta\": {\"requestId\": \"r\", \"total\": 100}}");

    List<String> ids = client.users().list().autoPager().stream().map(User::id).toList();

    assertThat(ids).containsExactly("user_123");
    assertThat(api.requestCount()).isEqualTo(2);
  }

  /** A page of one user, with neither offset nor total: only its limit says it is full. */
  private static String onlyLimit(String user) {
    return "{\"data\": [" + user + "], \"meta\": {\"requestId\": \"r\", \"limit\": 1}}";
  }

  private static String user(int n) {
    return Payloads.USER.replace("user_123", "user_" + n);
  }

  /** Pages A, B, A, B, ... with no offset nor total: each differs from the one just before. */
  private void alternate() {
    for (int i = 0; i < REPEATS; i++) {
      api.enqueueJson(200, onlyLimit(i % 2 == 0 ? Payloads.USER : OTHER_USER));
    }
    api.enqueueJson(500, "{}");
  }

  @Test
  void alternatingPagesWithoutOffsetsEndTheWalkBeforeAnyItemRepeats() {
    alternate();

    List<String> ids = client.users().list().autoPager().stream().map(User::id).toList();

    assertThat(ids).containsExactly("user_123", "user_456");
    assertThat(api.requestCount()).isEqualTo(3);
  }

  @Test
  void theAsyncPagerEndsAlternatingPagesBeforeAnyItemRepeats() {
    alternate();
    List<String> ids = new ArrayList<>();

    AsyncPage<User> first = AsyncResults.await(client.async().users().list());
    AsyncResults.await(first.autoPager().forEach(user -> ids.add(user.id())));

    assertThat(ids).containsExactly("user_123", "user_456");
    assertThat(api.requestCount()).isEqualTo(3);
  }

  /** Two users at offset 0, then a page that says it starts at 1: its first user came already. */
  private void overlap() {
    api.enqueueJson(200, Payloads.list(Payloads.USER + ", " + OTHER_USER, 100, 2, 0));
    for (int i = 0; i < REPEATS; i++) {
      api.enqueueJson(200, Payloads.list(OTHER_USER + ", " + user(789), 100, 2, 1));
    }
    api.enqueueJson(500, "{}");
  }

  @Test
  void aReportedOffsetInsideThePreviousPageEndsTheWalk() {
    overlap();

    List<String> ids = client.users().list().autoPager().stream().map(User::id).toList();

    assertThat(ids).containsExactly("user_123", "user_456");
    assertThat(api.requestCount()).isEqualTo(2);
    api.takeRequest();
    assertThat(api.takeRequest().getUrl().queryParameter("offset")).isEqualTo("2");
  }

  @Test
  void theAsyncPagerEndsAtAReportedOffsetInsideThePreviousPage() {
    overlap();
    List<String> ids = new ArrayList<>();

    AsyncPage<User> first = AsyncResults.await(client.async().users().list());
    AsyncPage<User> second = AsyncResults.await(first.nextPage());
    AsyncResults.await(first.autoPager().forEach(user -> ids.add(user.id())));

    assertThat(second.offset()).isEqualTo(1);
    assertThat(second.hasNextPage()).isFalse();
    assertThat(ids).containsExactly("user_123", "user_456");
    assertThat(api.requestCount()).isEqualTo(3);
  }

  /**
   * A cycle longer than the pages the walk remembers one by one is noticed too, when it comes back
   * to a page the walk keeps a fingerprint of: the walk ends, having walked some of the cycle
   * again, long before the {@code 500} queued after three full rounds.
   */
  @Test
  void aCycleLongerThanTheRememberedPagesStillEndsTheWalk() {
    int cycle = 20;
    for (int i = 0; i < 3 * cycle; i++) {
      api.enqueueJson(200, onlyLimit(user(1000 + i % cycle)));
    }
    api.enqueueJson(500, "{}");

    List<String> ids = client.users().list().autoPager().stream().map(User::id).toList();

    assertThat(ids).hasSizeBetween(cycle, 3 * cycle - 1);
    assertThat(ids.subList(0, cycle)).doesNotHaveDuplicates();
    assertThat(Set.copyOf(ids)).hasSize(cycle);
    assertThat(api.requestCount()).isEqualTo(ids.size() + 1);
  }

  @Test
  void anEmptyPageEndsTheWalkThoughTotalSaysMoreRemain() {
    api.enqueueJson(200, Payloads.list(Payloads.USER, 100, 1, 0));
    repeat(Payloads.list("", 100, 1, 1));

    List<String> ids = client.users().list().autoPager().stream().map(User::id).toList();

    assertThat(ids).containsExactly("user_123");
    assertThat(api.requestCount()).isEqualTo(2);
  }

  @Test
  void aPageAtTheEndOfTheOffsetRangeIsTheLast() {
    String lastPossible = Payloads.list(Payloads.USER, 10_000_000_000L, 1, Integer.MAX_VALUE);
    api.enqueueJson(200, lastPossible).enqueueJson(200, lastPossible);
    repeat(firstPageAgain());

    Page<User> page = client.users().list();
    AsyncPage<User> asyncPage = AsyncResults.await(client.async().users().list());

    assertThat(page.hasNextPage()).isFalse();
    assertThat(page.autoPager().stream().count()).isEqualTo(1);
    assertThat(asyncPage.hasNextPage()).isFalse();
    assertThat(api.requestCount()).isEqualTo(2);
  }

  @Test
  void theAsyncPagerEndsAtAPageThatDoesNotAdvance() {
    repeat(firstPageAgain());
    List<String> ids = new ArrayList<>();

    AsyncPage<User> first = AsyncResults.await(client.async().users().list());
    AsyncResults.await(first.autoPager().forEach(user -> ids.add(user.id())));

    assertThat(ids).containsExactly("user_123");
    assertThat(api.requestCount()).isEqualTo(2);
  }

  @Test
  void theAsyncNextPageAtTheSameOffsetHasNoNextPage() {
    repeat(firstPageAgain());
    AsyncPage<User> first = AsyncResults.await(client.async().users().list());

    AsyncPage<User> second = AsyncResults.await(first.nextPage());

    assertThat(second.hasNextPage()).isFalse();
    assertThat(api.requestCount()).isEqualTo(2);
  }

  @Test
  void theAsyncPagerEndsAtIdenticalPagesWithoutOffsets() {
    repeat("{\"data\": [" + Payloads.USER + "], \"meta\": {\"requestId\": \"r\", \"total\": 100}}");
    List<String> ids = new ArrayList<>();

    AsyncPage<User> first = AsyncResults.await(client.async().users().list());
    AsyncResults.await(first.autoPager().forEach(user -> ids.add(user.id())));

    assertThat(ids).containsExactly("user_123");
    assertThat(api.requestCount()).isEqualTo(2);
  }
}
