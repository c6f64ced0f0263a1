package dev.gradiant.sdk.graphql;

/** The kind of a GraphQL operation, which decides how the SDK sends and retries it. */
enum OperationType {
  /** Reads only: safe to send again, retried like a GET, sent without an idempotency key. */
  QUERY,
  /** Changes data: retried only with an {@code Idempotency-Key}. */
  MUTATION,
  /** A stream of results: not sent over HTTP. */
  SUBSCRIPTION
}
