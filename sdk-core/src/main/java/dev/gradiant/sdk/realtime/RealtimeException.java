package dev.gradiant.sdk.realtime;

import dev.gradiant.sdk.errors.GradiantException;
import java.util.Optional;

/**
 * A request of the feed failed (the server answered {@code error}, e.g. {@code
 * INSUFFICIENT_PERMISSIONS} for a subscription), or the feed ended before it was answered.
 *
 * <p><b>Personal data.</b> {@link #getMessage()} (and so {@link #toString()} and a logged stack
 * trace) never holds the channel (a conversation's or a user's id names whom it is about) or text
 * the server wrote (its error message, its close reason, which may echo what was sent): only what
 * the SDK knows (what failed, the server's error code, the close code and its kind). Read the
 * channel through {@link #channel()} and the close reason's text through {@link #closeReason()}.
 */
public class RealtimeException extends GradiantException {
  private static final long serialVersionUID = 1L;

  /** The server's error code, or {@code null}. */
  private final String code;

  /** Why the feed ended, or {@code null}. */
  private final CloseReason closeReason;

  /** The wire name of the channel the request was about, or {@code null}. */
  private final String channel;

  /**
   * @param message what went wrong, without secrets, personal data, channels or server text
   * @param code the server's error code, or {@code null}
   * @param closeReason why the feed ended, or {@code null}
   */
  public RealtimeException(String message, String code, CloseReason closeReason) {
    this(message, code, closeReason, null);
  }

  /**
   * @param message what went wrong, without secrets, personal data, channels or server text
   * @param code the server's error code, or {@code null}
   * @param closeReason why the feed ended, or {@code null}
   * @param channel the channel the request was about, or {@code null}
   */
  public RealtimeException(String message, String code, CloseReason closeReason, Channel channel) {
    super(message, null);
    this.code = code;
    this.closeReason = closeReason;
    this.channel = channel == null ? null : channel.name();
  }

  /** {@return the server's error code (e.g. {@code RESOURCE_NOT_FOUND}), when it answered one} */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** {@return why the feed ended, when that is what failed the request} */
  public Optional<CloseReason> closeReason() {
    return Optional.ofNullable(closeReason);
  }

  /**
   * {@return the channel the failed request was about (a subscription, an unsubscription), when it
   * was about one}
   */
  public Optional<Channel> channel() {
    return Optional.ofNullable(channel).map(Channel::named);
  }
}
