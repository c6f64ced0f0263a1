package dev.gradiant.sdk.graphql;

import dev.gradiant.sdk.errors.GradiantException;
import java.io.Serial;
import java.util.Optional;

/**
 * A GraphQL subscription ended for a reason other than the server's answer to it: its connection
 * ended for good (a close the SDK does not reconnect after, such as {@code 4403}, or {@code 4401}
 * after the credentials were renewed once), or its consumer's buffer overflowed under {@link
 * dev.gradiant.sdk.realtime.OverflowPolicy#FAIL}. The message never carries the token, the
 * variables or the data.
 */
public class GraphqlSubscriptionException extends GradiantException {
  @Serial private static final long serialVersionUID = 1L;

  /** Why the connection ended, or {@code null}. */
  private final GraphqlCloseReason closeReason;

  /**
   * @param message what went wrong, without secrets or personal data
   * @param closeReason why the connection ended, or {@code null}
   */
  public GraphqlSubscriptionException(String message, GraphqlCloseReason closeReason) {
    super(message, null);
    this.closeReason = closeReason;
  }

  /** {@return why the connection ended} */
  public Optional<GraphqlCloseReason> closeReason() {
    return Optional.ofNullable(closeReason);
  }
}
