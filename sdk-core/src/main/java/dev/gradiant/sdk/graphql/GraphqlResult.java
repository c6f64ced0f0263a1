package dev.gradiant.sdk.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.core.RateLimit;
import dev.gradiant.sdk.core.ResponseMetadata;
import dev.gradiant.sdk.errors.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a GraphQL request that ran: its {@code data} (partial when some fields failed), its
 * {@code errors}, and the response's metadata (request id, rate limit).
 *
 * <p>GraphQL reports failed fields inside a successful answer, so {@code execute} returns this even
 * when {@link #errors()} is not empty; {@link #dataOrThrow()} turns errors into a {@link
 * GraphqlException}. A mutation's own problems (invalid input, a booking conflict) are not GraphQL
 * errors but data, in its payload's {@code errors { field message code }}: read them with {@link
 * #fieldErrors(String)}.
 *
 * @param <T> the type {@code data} was read as
 */
public final class GraphqlResult<T> {
  private final T data;
  private final JsonNode dataTree;
  private final List<GraphqlError> errors;
  private final Map<String, Object> extensions;
  private final ResponseMetadata metadata;

  GraphqlResult(
      T data,
      JsonNode dataTree,
      List<GraphqlError> errors,
      Map<String, Object> extensions,
      ResponseMetadata metadata) {
    this.data = data;
    this.dataTree = dataTree;
    this.errors = List.copyOf(errors);
    this.extensions = extensions;
    this.metadata = Objects.requireNonNull(metadata, "metadata");
  }

  /**
   * {@return the data, read as the call asked; empty when the response had none (every field
   * failed, so {@link #errors()} says why)}
   */
  public Optional<T> data() {
    return Optional.ofNullable(data);
  }

  /**
   * {@return the data if there are no errors}
   *
   * @throws GraphqlException carrying the errors and the partial data, if {@link #errors()} is not
   *     empty
   */
  public T dataOrThrow() {
    if (!errors.isEmpty()) {
      throw new GraphqlException(errors, data, metadata);
    }
    if (data == null) {
      throw new GraphqlException(
          List.of(new GraphqlError("The response has no data", List.of(), List.of(), Map.of())),
          null,
          metadata);
    }
    return data;
  }

  /** {@return the GraphQL errors; empty when every field succeeded} */
  public List<GraphqlError> errors() {
    return errors;
  }

  /** {@return whether some fields failed} */
  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /**
   * The problems a mutation reported in its payload's {@code errors { field message code }} (as
   * {@code createBooking} does), as the SDK's {@link FieldError}s.
   *
   * @param payloadPath the payload's path in {@code data}, dotted: {@code createBooking}
   * @return the payload's errors, in order; empty when it has none, when the payload is null or
   *     absent, or when the document did not select {@code errors}
   */
  public List<FieldError> fieldErrors(String payloadPath) {
    Objects.requireNonNull(payloadPath, "payloadPath must not be null");
    JsonNode payload = ConnectionPath.parse(payloadPath).find(dataTree);
    JsonNode entries = payload == null ? null : payload.get("errors");
    if (entries == null || !entries.isArray()) {
      return List.of();
    }
    List<FieldError> fieldErrors = new ArrayList<>();
    for (JsonNode entry : entries) {
      FieldError.Builder error =
          FieldError.builder().message(entry.path("message").asText("(no message)"));
      if (entry.path("field").isTextual()) {
        error.field(entry.get("field").asText());
      }
      if (entry.path("code").isTextual()) {
        error.code(entry.get("code").asText());
      }
      fieldErrors.add(error.build());
    }
    return List.copyOf(fieldErrors);
  }

  /** {@return the response's top-level {@code extensions} as plain Java; empty when absent} */
  public Map<String, Object> extensions() {
    return extensions;
  }

  /** {@return status, headers, request id and rate limit of the response} */
  public ResponseMetadata metadata() {
    return metadata;
  }

  /**
   * {@return the server's request id ({@code X-Request-ID}, else {@code extensions.requestId});
   * empty when it sent none}
   */
  public Optional<String> requestId() {
    return metadata.requestId();
  }

  /** {@return the rate-limit budget the response reported, if any} */
  public Optional<RateLimit> rateLimit() {
    return metadata.rateLimit();
  }

  /** {@return the tree of {@code data}, or {@code null}} */
  JsonNode dataTree() {
    return dataTree;
  }

  /** {@return the error codes and paths and the request id; never the data} */
  @Override
  public String toString() {
    return "GraphqlResult[data="
        + (data == null ? "none" : "present")
        + ", errors="
        + errors
        + ", requestId="
        + metadata.requestId().orElse(null)
        + "]";
  }
}
