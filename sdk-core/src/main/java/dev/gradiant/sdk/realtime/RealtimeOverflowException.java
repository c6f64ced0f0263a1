package dev.gradiant.sdk.realtime;

/** A consumer's buffer was full under {@link OverflowPolicy#FAIL}: the feed ended. */
public final class RealtimeOverflowException extends RealtimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what happened
   * @param closeReason the feed's end ({@link CloseReason.Kind#CLIENT_OVERFLOW})
   */
  public RealtimeOverflowException(String message, CloseReason closeReason) {
    super(message, null, closeReason);
  }
}
