package dev.gradiant.sdk.graphql;

import dev.gradiant.sdk.core.ResponseMetadata;
import dev.gradiant.sdk.errors.GradiantException;
import java.io.Serial;
import java.util.List;
import java.util.Optional;

/**
 * A GraphQL request whose response carries {@code errors}: thrown by {@link
 * GraphqlResult#dataOrThrow()} when some fields failed (the partial {@link #data()} is kept), and
 * by {@code execute} when the request could not run at all ({@code 400}: it does not parse or
 * validate, or its variables do not match their types; no data).
 *
 * <p>Part of the SDK's one exception tree: catch {@link GradiantException} for every failure. Its
 * message names the error codes and paths, never the servers' messages, which may quote what the
 * request sent (read them with {@link #errors()}).
 *
 * <p>A deserialized copy keeps the errors (without their extensions), the status and the request
 * id; the partial data and the headers are not written.
 */
public class GraphqlException extends GradiantException {
  @Serial private static final long serialVersionUID = 1L;

  /** The response's errors. */
  private final List<GraphqlError> errors;

  /** The HTTP status. */
  private final int statusCode;

  /** The server's request id, or {@code null}. */
  private final String requestId;

  /** Whether the operation ran. */
  private final boolean executed;

  private final transient Object data;
  private final transient ResponseMetadata metadata;

  /**
   * @param errors the response's errors, at least one
   * @param data the partial data as the call asked to read it, or {@code null} for none
   * @param metadata status, headers and request id of the response
   */
  public GraphqlException(List<GraphqlError> errors, Object data, ResponseMetadata metadata) {
    this(errors, data, metadata, metadata.statusCode() >= 200 && metadata.statusCode() < 300);
  }

  /**
   * @param errors the errors, at least one
   * @param data the partial data, or {@code null}
   * @param metadata status {@code 101} for a subscription's (there is no HTTP response per result)
   * @param executed whether the operation ran (its errors are field errors)
   */
  GraphqlException(
      List<GraphqlError> errors, Object data, ResponseMetadata metadata, boolean executed) {
    super(
        describe(errors, data, metadata, executed),
        null,
        metadata.attempts(),
        metadata.retryReason().orElse(null));
    this.errors = List.copyOf(errors);
    this.data = data;
    this.metadata = metadata;
    this.statusCode = metadata.statusCode();
    this.requestId = metadata.requestId().orElse(null);
    this.executed = executed;
  }

  /** {@return the response's errors, never empty} */
  public List<GraphqlError> errors() {
    return errors;
  }

  /**
   * {@return the partial data, read as the call asked ({@code Map} for the tree, else the caller's
   * type); empty for a request that did not run, when every field failed, and on a deserialized
   * copy}
   */
  public Optional<Object> data() {
    return Optional.ofNullable(data);
  }

  /**
   * The partial data as {@code type}.
   *
   * @param type the type the call read the data as
   * @param <T> that type
   * @return the partial data, or empty as for {@link #data()}
   * @throws ClassCastException if the data is of another type
   */
  public <T> Optional<T> data(Class<T> type) {
    return data().map(type::cast);
  }

  /**
   * {@return the HTTP status: {@code 200} for failed fields, {@code 400} for a request error;
   * {@code 101} for a subscription's errors, which come over the WebSocket}
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * {@return whether the operation ran (its errors are field errors and data may be partial); false
   * for a request that could not run, and for a subscription the server refused ({@code error})}
   */
  public boolean executed() {
    return executed;
  }

  /** {@return the server's request id; empty when it sent none} */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** {@return the response's metadata (headers, rate limit); empty on a deserialized copy} */
  public Optional<ResponseMetadata> metadata() {
    return Optional.ofNullable(metadata);
  }

  private static String describe(
      List<GraphqlError> errors, Object data, ResponseMetadata metadata, boolean executed) {
    boolean websocket = metadata.statusCode() == GraphqlEvent.WEBSOCKET.statusCode();
    StringBuilder text =
        new StringBuilder(websocket ? "GraphQL subscription " : "GraphQL ")
            .append(
                websocket
                    ? (executed ? "errors" : "refused")
                    : (metadata.statusCode() == 400 ? "request refused" : "errors"))
            .append(websocket ? " (WebSocket" : " (HTTP " + metadata.statusCode())
            .append(", ")
            .append(errors.size())
            .append(errors.size() == 1 ? " error" : " errors")
            .append(data == null ? "" : ", partial data")
            .append("): ");
    int shown = Math.min(errors.size(), 5);
    for (int i = 0; i < shown; i++) {
      GraphqlError error = errors.get(i);
      text.append(i == 0 ? "" : "; ").append(error.code().orElse("no code"));
      if (!error.path().isEmpty()) {
        text.append(" at ").append(error.pathText());
      } else if (!error.locations().isEmpty()) {
        GraphqlError.Location location = error.locations().get(0);
        text.append(" at ").append(location.line()).append(':').append(location.column());
      }
    }
    if (shown < errors.size()) {
      text.append("; …");
    }
    text.append(" (request id: ").append(metadata.requestId().orElse("none"));
    if (metadata.attempts() > 1) {
      text.append(", after ").append(metadata.attempts()).append(" attempts");
    }
    return text.append(')').toString();
  }
}
