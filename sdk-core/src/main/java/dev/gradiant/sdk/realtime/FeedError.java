package dev.gradiant.sdk.realtime;

import java.util.Objects;

/**
 * {@code error} that answers no request of this client still waiting (those fail their own future
 * instead): e.g. a rate limit, or the reason the server gives before closing the connection. The
 * server's message may echo what was sent (personal data): {@link #toString()} shows the code only.
 *
 * <p>Compatibility: a final class built with {@link #builder()} (for tests of an application's
 * listeners, too), so fields can be added in a minor release without breaking callers. Nothing it
 * returns is null.
 */
public final class FeedError implements RealtimeEvent {
  /** The wire type. */
  public static final String TYPE = "error";

  private final String code;
  private final String message;

  private FeedError(Builder builder) {
    this.code = builder.code;
    this.message = builder.message;
  }

  /** {@return a builder with nothing set (the message empty)} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this event} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.code = code;
    builder.message = message;
    return builder;
  }

  @Override
  public String type() {
    return TYPE;
  }

  /** {@return the error code, e.g. {@code RATE_LIMIT_EXCEEDED} (an open list); empty if none} */
  public String code() {
    return code;
  }

  /** {@return the server's message, as sent; may hold personal data, so never log it} */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FeedError that
        && code.equals(that.code)
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, message);
  }

  @Override
  public String toString() {
    return "FeedError[code=" + code + ", message=(" + message.length() + " characters)]";
  }

  /** Collects the fields of a {@link FeedError}; the code is required. */
  public static final class Builder {
    private String code;
    private String message = "";

    private Builder() {}

    /**
     * @param code the error code
     * @return this builder
     */
    public Builder code(String code) {
      this.code = Objects.requireNonNull(code, "code must not be null");
      return this;
    }

    /**
     * @param message the server's message
     * @return this builder
     */
    public Builder message(String message) {
      this.message = Objects.requireNonNull(message, "message must not be null");
      return this;
    }

    /**
     * @return the event
     * @throws IllegalStateException if the code is unset
     */
    public FeedError build() {
      if (code == null) {
        throw new IllegalStateException("FeedError.code is required");
      }
      return new FeedError(this);
    }
  }
}
