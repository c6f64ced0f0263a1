package dev.gradiant.sdk.graphql;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.errors.ApiError;
import dev.gradiant.sdk.errors.MalformedResponseException;
import dev.gradiant.sdk.internal.json.Json;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every node of a Relay cursor connection ({@code edges { node }}, {@code pageInfo { hasNextPage
 * endCursor }}), fetched one page at a time as iteration reaches it: the first request as given,
 * then the same request with the variable {@code after} set to the last page's {@code endCursor}.
 *
 * <p>The walk ends when {@code hasNextPage} is false, when a page has no {@code endCursor}, or
 * before a page whose {@code endCursor} was seen already in this walk (a server that ignores {@code
 * after}, or cycles through cursors, would otherwise make the walk repeat nodes forever); that
 * page's nodes are not returned again. A null on the way to the connection (the user does not
 * exist) is an empty list. A page whose response has GraphQL errors ends the walk with a {@link
 * GraphqlException}.
 *
 * <p>Each call to {@link #iterator()} or {@link #stream()} starts again from the first page.
 * Breaking out of a loop, or {@code limit()} on the stream, fetches nothing more.
 *
 * @param <N> the node type
 */
public final class CursorPager<N> implements Iterable<N> {
  /** The variable the pager sets to the cursor of the page to fetch. */
  static final String AFTER = "after";

  private final GraphqlRequest first;
  private final ConnectionPath path;
  private final JavaType nodeType;
  private final Function<GraphqlRequest, GraphqlResult<JsonNode>> fetch;

  CursorPager(
      GraphqlRequest first,
      ConnectionPath path,
      Class<N> nodeType,
      Function<GraphqlRequest, GraphqlResult<JsonNode>> fetch) {
    this.first = first;
    this.path = path;
    this.nodeType = Json.mapper().constructType(nodeType);
    this.fetch = fetch;
  }

  @Override
  public Iterator<N> iterator() {
    return new Walk();
  }

  /** {@return the nodes as a sequential, ordered stream; pages are fetched as the stream pulls} */
  public Stream<N> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  @Override
  public String toString() {
    return "CursorPager[" + path + " of " + first + "]";
  }

  private final class Walk implements Iterator<N> {
    private final Deque<N> nodes = new ArrayDeque<>();
    private final Set<String> seenCursors = new HashSet<>();
    private GraphqlRequest next = first;

    Walk() {
      JsonNode after = first.variablesTree() == null ? null : first.variablesTree().get(AFTER);
      if (after != null && after.isTextual()) {
        seenCursors.add(after.asText());
      }
    }

    @Override
    public boolean hasNext() {
      while (nodes.isEmpty() && next != null) {
        fetchPage();
      }
      return !nodes.isEmpty();
    }

    @Override
    public N next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return nodes.removeFirst();
    }

    private void fetchPage() {
      GraphqlResult<JsonNode> result = fetch.apply(next);
      next = null;
      JsonNode data = result.dataOrThrow();
      JsonNode connection = path.find(data);
      if (connection == null) {
        return;
      }
      JsonNode pageInfo = connection.path("pageInfo");
      JsonNode endCursor = pageInfo.path("endCursor");
      String cursor = endCursor.isTextual() ? endCursor.asText() : null;
      if (cursor != null && !seenCursors.add(cursor)) {
        return; // the server answered a page it sent already: its nodes would come again
      }
      for (JsonNode edge : connection.path("edges")) {
        JsonNode node = edge.get("node");
        if (node != null && !node.isNull()) {
          nodes.addLast(read(node, result));
        }
      }
      if (pageInfo.path("hasNextPage").asBoolean(false) && cursor != null) {
        next = first.withVariable(AFTER, cursor);
      }
    }

    private N read(JsonNode node, GraphqlResult<?> result) {
      try {
        return JsonTrees.read(node, nodeType);
      } catch (IOException e) {
        ApiError error =
            ApiError.builder()
                .message(
                    "Could not read the response of POST /graphql: a node of "
                        + path
                        + " does not fit "
                        + nodeType.getRawClass().getSimpleName())
                .build();
        throw new MalformedResponseException(error, result.metadata(), "");
      }
    }
  }
}
