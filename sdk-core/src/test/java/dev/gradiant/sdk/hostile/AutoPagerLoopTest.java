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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server that answers the same page again (ignoring {@code offset}, or reporting an offset that
 * does not advance) cannot make an auto-pager fetch forever: the walk ends at the first page that
 * does not move on. Each test queues five identical answers (then a {@code 500}, so that a walk
 * which does not stop fails instead of waiting) and checks that only two were asked for.
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
