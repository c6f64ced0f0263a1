package dev.gradiant.sdk.conversations;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradiant.sdk.internal.redaction.Redacted;
import java.util.Objects;

/**
 * The body of {@code POST /conversations/{id}/messages}: a text message. Build with {@link
 * #builder()}; {@code content} is required. The SDK sends {@code "messageType": "text"}: files are
 * sent with {@link ConversationsClient#uploadFile}. The content is personal data: {@link
 * #toString()} never shows it.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers.
 */
public final class MessageCreateParams {
  /** The longest content the contract accepts, in characters. */
  public static final int MAX_CONTENT_LENGTH = 5000;

  @JsonProperty private final String content;
  @JsonProperty private final MessageType messageType = MessageType.TEXT;

  private MessageCreateParams(Builder builder) {
    this.content = MessageText.require("content", builder.content);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of these params} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.content = content;
    return builder;
  }

  /** {@return the text, 1 to {@value #MAX_CONTENT_LENGTH} characters, not blank} */
  public String content() {
    return content;
  }

  /** {@return {@link MessageType#TEXT}, the only type this call sends} */
  public MessageType messageType() {
    return messageType;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MessageCreateParams that && content.equals(that.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(content);
  }

  @Override
  public String toString() {
    return "MessageCreateParams[content="
        + Redacted.of(content)
        + ", messageType="
        + messageType
        + "]";
  }

  /** Collects the fields of a {@link MessageCreateParams}. */
  public static final class Builder {
    private String content;

    private Builder() {}

    /**
     * @param content the text (required)
     * @return this builder
     */
    public Builder content(String content) {
      this.content = Objects.requireNonNull(content, "content must not be null");
      return this;
    }

    /**
     * @return the params
     * @throws IllegalArgumentException if {@code content} is unset, blank or longer than {@value
     *     MessageCreateParams#MAX_CONTENT_LENGTH} characters
     */
    public MessageCreateParams build() {
      return new MessageCreateParams(this);
    }
  }
}
