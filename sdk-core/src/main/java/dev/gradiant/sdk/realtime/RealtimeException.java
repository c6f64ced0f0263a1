package dev.gradiant.sdk.realtime;

import dev.gradiant.sdk.errors.GradiantException;
import java.util.Optional;

/**
 * A request of the feed failed (the server answered {@code error}, e.g. {@code
 * INSUFFICIENT_PERMISSIONS} for a subscription), or the feed ended before it was answered.
 */
public class RealtimeException extends GradiantException {
  private static final long serialVersionUID = 1L;

  /** The server's error code, or {@code null}. */
  private final String code;

  /** Why the feed ended, or {@code null}. */
  private final CloseReason closeReason;

  /**
   * @param message what went wrong, without secrets or personal data
   * @param code the server's error code, or {@code null}
   * @param closeReason why the feed ended, or {@code null}
   */
  public RealtimeException(String message, String code, CloseReason closeReason) {
    super(message, null);
    this.code = code;
    this.closeReason = closeReason;
  }

  /** {@return the server's error code (e.g. {@code RESOURCE_NOT_FOUND}), when it answered one} */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** {@return why the feed ended, when that is what failed the request} */
  public Optional<CloseReason> closeReason() {
    return Optional.ofNullable(closeReason);
  }
}
