package dev.gradiant.sdk.graphql;

import dev.gradiant.sdk.internal.http.ApiRequest;
import java.util.Objects;

/**
 * The {@code POST /graphql} request of a {@link GraphqlRequest}, built in one place for {@link
 * GraphqlClient} and {@link AsyncGraphqlClient}: a query is marked idempotent (no {@code
 * Idempotency-Key}, retried like a GET); anything else is sent as a mutation, with the per-call key
 * unless the request opts out of it.
 */
final class GraphqlRequests {
  /** GraphQL over HTTP's own media type first; plain JSON for servers that predate it. */
  static final String ACCEPT = "application/graphql-response+json, application/json;q=0.9";

  private GraphqlRequests() {}

  static ApiRequest of(GraphqlRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    if (request.isSubscription()) {
      throw new IllegalArgumentException(
          "a subscription is not sent over HTTP: run it with subscribe(..) or publisher(..),"
              + " over the WebSocket (graphql-transport-ws)");
    }
    ApiRequest.Builder http = ApiRequest.post("/graphql").body(request.body()).accept(ACCEPT);
    if (request.isQuery()) {
      http.idempotent();
    } else if (request.withoutIdempotencyKey()) {
      http.withoutIdempotencyKey();
    }
    return http.build();
  }
}
