package dev.gradiant.sdk.graphql;

import dev.gradiant.sdk.core.HttpHeaders;
import dev.gradiant.sdk.core.ResponseMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One event of a GraphQL subscription: either a <b>result</b> (a {@code next} message: its {@code
 * data}, the {@code errors} of fields that failed, its {@code extensions}), or a <b>notice that
 * updates may have been missed</b> ({@link #missedUpdates()}).
 *
 * <p>The notice comes, in order, where the gap is: after a reconnect (or a pause of a slow
 * consumer) when the subscription could not be resumed, because no result carried a position yet or
 * the server does not resume; or when the server no longer had what was missed ({@code
 * resyncRequired}). Reload the state with a query then (e.g. {@code user { bookings }}); results
 * after the notice are live. When the subscription was resumed, nothing is missed or repeated and
 * no notice is sent.
 *
 * @param <T> the type {@code data} is read as
 */
public final class GraphqlEvent<T> {
  /** The metadata of the WebSocket's results: there is no HTTP response per result. */
  static final ResponseMetadata WEBSOCKET =
      ResponseMetadata.builder().statusCode(101).headers(HttpHeaders.of()).build();

  private final T data;
  private final List<GraphqlError> errors;
  private final Map<String, Object> extensions;
  private final Long seq;
  private final String eventId;
  private final boolean missedUpdates;
  private final GraphqlCloseReason closeReason;

  private GraphqlEvent(
      T data,
      List<GraphqlError> errors,
      Map<String, Object> extensions,
      Long seq,
      String eventId,
      boolean missedUpdates,
      GraphqlCloseReason closeReason) {
    this.data = data;
    this.errors = List.copyOf(errors);
    this.extensions = extensions;
    this.seq = seq;
    this.eventId = eventId;
    this.missedUpdates = missedUpdates;
    this.closeReason = closeReason;
  }

  static <T> GraphqlEvent<T> result(
      T data, List<GraphqlError> errors, Map<String, Object> extensions, Long seq, String eventId) {
    return new GraphqlEvent<>(data, errors, extensions, seq, eventId, false, null);
  }

  static <T> GraphqlEvent<T> missed(GraphqlCloseReason closeReason) {
    return new GraphqlEvent<>(null, List.of(), Map.of(), null, null, true, closeReason);
  }

  /**
   * {@return the data, read as the subscription asked; empty for a notice, and for a result whose
   * fields all failed (then {@link #errors()} says why)}
   */
  public Optional<T> data() {
    return Optional.ofNullable(data);
  }

  /**
   * {@return the data of a result without errors}
   *
   * @throws GraphqlException carrying the errors and the partial data, if {@link #errors()} is not
   *     empty or there is no data (a notice)
   */
  public T dataOrThrow() {
    if (!errors.isEmpty()) {
      throw new GraphqlException(errors, data, WEBSOCKET, true);
    }
    if (data == null) {
      throw new GraphqlException(
          List.of(
              new GraphqlError(
                  missedUpdates ? "Updates may have been missed" : "The result has no data",
                  List.of(),
                  List.of(),
                  Map.of())),
          null,
          WEBSOCKET,
          !missedUpdates);
    }
    return data;
  }

  /** {@return the GraphQL errors of the result; empty when every field succeeded} */
  public List<GraphqlError> errors() {
    return errors;
  }

  /** {@return whether some fields failed} */
  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** {@return the result's {@code extensions} as plain Java; empty when absent} */
  public Map<String, Object> extensions() {
    return extensions;
  }

  /**
   * {@return the result's position in its channel ({@code extensions.realtime.seq}, as on the live
   * feed); empty when the server sent none}
   */
  public Optional<Long> seq() {
    return Optional.ofNullable(seq);
  }

  /**
   * {@return the event's id ({@code extensions.realtime.id}, the same as the live feed's and the
   * webhook's); empty when the server sent none}
   */
  public Optional<String> eventId() {
    return Optional.ofNullable(eventId);
  }

  /**
   * {@return whether this is the notice that updates may have been missed before it (no data, no
   * errors): reload the state with a query}
   */
  public boolean missedUpdates() {
    return missedUpdates;
  }

  /**
   * {@return for a notice after a reconnect, why the connection ended; empty for a result, and for
   * a notice after a pause or a {@code resyncRequired}}
   */
  public Optional<GraphqlCloseReason> closeReason() {
    return Optional.ofNullable(closeReason);
  }

  /** {@return the kind, the position and the error codes; never the data} */
  @Override
  public String toString() {
    if (missedUpdates) {
      return "GraphqlEvent[missedUpdates" + (closeReason == null ? "" : ", " + closeReason) + "]";
    }
    return "GraphqlEvent[data="
        + (data == null ? "none" : "present")
        + ", errors="
        + errors
        + (seq == null ? "" : ", seq=" + seq)
        + "]";
  }
}
