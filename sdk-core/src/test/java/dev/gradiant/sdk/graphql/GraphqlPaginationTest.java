package dev.gradiant.sdk.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.internal.json.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The cursor pager: lazy, follows endCursor, and stops a server that repeats itself. */
class GraphqlPaginationTest {
  private static final String USER_BOOKINGS = GraphqlDocuments.read("sdk/UserBookings.graphql");

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  /** A booking node as the document selects it. */
  public record Node(String id, String status) {}

  private static GraphqlRequest request() {
    return GraphqlRequest.builder()
        .query(USER_BOOKINGS)
        .variable("userId", "user_123")
        .variable("first", 2)
        .build();
  }

  private static String page(boolean hasNext, String endCursor, String... ids) {
    String edges =
        List.of(ids).stream()
            .map(id -> "{\"cursor\": \"c_" + id + "\", \"node\": {\"id\": \"" + id + "\"}}")
            .collect(Collectors.joining(","));
    return "{\"data\": {\"user\": {\"bookings\": {\"edges\": ["
        + edges
        + "], \"pageInfo\": {\"hasNextPage\": "
        + hasNext
        + ", \"endCursor\": "
        + (endCursor == null ? "null" : "\"" + endCursor + "\"")
        + "}}}}}";
  }

  private List<JsonNode> variablesSent() throws Exception {
    List<JsonNode> sent = new ArrayList<>();
    for (int i = api.requestCount(); i > 0; i--) {
      sent.add(Json.mapper().readTree(api.takeRequest().getBody().utf8()).get("variables"));
    }
    return sent;
  }

  @Test
  void walksEveryPageFollowingEndCursorLazily() throws Exception {
    api.enqueueJson(200, page(true, "cur_2", "b1", "b2"))
        .enqueueJson(200, page(true, "cur_4", "b3", "b4"))
        .enqueueJson(200, page(false, "cur_5", "b5"));

    CursorPager<Node> pager = client.graphql().paginate(request(), "user.bookings", Node.class);
    assertThat(api.requestCount()).as("nothing sent before iterating").isZero();
    Iterator<Node> nodes = pager.iterator();
    nodes.next();
    assertThat(api.requestCount()).as("one page per page reached").isEqualTo(1);
    List<String> rest = new ArrayList<>();
    nodes.forEachRemaining(node -> rest.add(node.id()));

    assertThat(rest).containsExactly("b2", "b3", "b4", "b5");
    List<JsonNode> variables = variablesSent();
    assertThat(variables.get(0).has("after")).isFalse();
    assertThat(variables.get(1).get("after").asText()).isEqualTo("cur_2");
    assertThat(variables.get(2).get("after").asText()).isEqualTo("cur_4");
    assertThat(variables).allMatch(v -> v.get("userId").asText().equals("user_123"));
  }

  @Test
  void aServerThatRepeatsTheSameCursorEndsTheWalkWithoutRepeatingNodes() {
    // a hostile server: it ignores `after` and answers the first page forever
    for (int i = 0; i < 5; i++) {
      api.enqueueJson(200, page(true, "cur_2", "b1", "b2"));
    }

    List<String> ids =
        client.graphql().paginate(request(), "user.bookings", Node.class).stream()
            .map(Node::id)
            .toList();

    assertThat(ids).containsExactly("b1", "b2");
    assertThat(api.requestCount()).isEqualTo(2);
  }

  @Test
  void aServerThatCyclesThroughCursorsEndsTheWalkAtTheFirstRepeat() {
    api.enqueueJson(200, page(true, "cur_a", "b1"))
        .enqueueJson(200, page(true, "cur_b", "b2"))
        .enqueueJson(200, page(true, "cur_a", "b1"))
        .enqueueJson(200, page(true, "cur_b", "b2"));

    List<String> ids =
        client.graphql().paginate(request(), "user.bookings", Node.class).stream()
            .map(Node::id)
            .toList();

    assertThat(ids).containsExactly("b1", "b2");
    assertThat(api.requestCount()).isEqualTo(3);
  }

  @Test
  void hasNextPageWithoutACursorAndANullUserEndTheWalk() {
    api.enqueueJson(200, page(true, null, "b1")).enqueueJson(200, "{\"data\": {\"user\": null}}");

    assertThat(client.graphql().paginate(request(), "user.bookings", Node.class))
        .extracting(Node::id)
        .containsExactly("b1");
    assertThat(client.graphql().paginate(request(), "user.bookings", Node.class)).isEmpty();
    assertThat(api.requestCount()).isEqualTo(2);
  }

  @Test
  void aPageWithErrorsEndsTheWalkWithAGraphqlException() {
    api.enqueueJson(200, page(true, "cur_2", "b1"))
        .enqueueJson(
            200,
            "{\"data\": null, \"errors\": [{\"message\": \"boom\", \"path\": [\"user\"],"
                + " \"extensions\": {\"code\": \"INTERNAL_ERROR\"}}]}");

    Iterator<Node> nodes =
        client.graphql().paginate(request(), "user.bookings", Node.class).iterator();

    assertThat(nodes.next().id()).isEqualTo("b1");
    GraphqlException thrown = catchThrowableOfType(GraphqlException.class, nodes::hasNext);
    assertThat(thrown.errors())
        .extracting(e -> e.code().orElseThrow())
        .containsExactly("INTERNAL_ERROR");
  }

  @Test
  void aDocumentWithoutAfterOrAMutationCannotBePaginated() {
    GraphqlRequest noAfter =
        GraphqlRequest.builder()
            .query(GraphqlDocuments.read("doc004/GetUserProfile.graphql"))
            .build();
    GraphqlRequest mutation =
        GraphqlRequest.builder()
            .query(GraphqlDocuments.read("doc004/CreateBooking.graphql"))
            .build();

    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class,
                () -> client.graphql().paginate(noAfter, "user.bookings", Node.class)))
        .hasMessageContaining("$after");
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class,
                () -> client.graphql().paginate(mutation, "createBooking", Node.class)))
        .hasMessageContaining("only a query");
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class,
                () -> client.graphql().paginate(request(), "user..bookings", Node.class)))
        .hasMessageContaining("dotted path");
    assertThat(api.requestCount()).isZero();
  }
}
