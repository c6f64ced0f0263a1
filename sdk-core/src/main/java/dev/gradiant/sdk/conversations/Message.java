package dev.gradiant.sdk.conversations;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.gradiant.sdk.internal.redaction.Redacted;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message of a conversation: a text, or a file with an optional text. Its content is personal
 * (health) data: {@link #toString()} never shows it, nor the attachment's file name.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null: {@link #id()}, {@link
 * #conversationId()}, {@link #senderId()}, {@link #messageType()} and {@link #createdAt()} are
 * always present; {@link #content()} and {@link #attachment()} are {@link Optional}s.
 */
@JsonDeserialize(builder = Message.Builder.class)
public final class Message {
  @JsonProperty private final String id;
  @JsonProperty private final String conversationId;
  @JsonProperty private final String senderId;
  @JsonProperty private final MessageType messageType;
  @JsonProperty private final String content;
  @JsonProperty private final Attachment attachment;
  @JsonProperty private final Instant createdAt;

  private Message(Builder builder) {
    this.id = builder.id;
    this.conversationId = builder.conversationId;
    this.senderId = builder.senderId;
    this.messageType = builder.messageType;
    this.content = builder.content;
    this.attachment = builder.attachment;
    this.createdAt = builder.createdAt;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this message} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.conversationId = conversationId;
    builder.senderId = senderId;
    builder.messageType = messageType;
    builder.content = content;
    builder.attachment = attachment;
    builder.createdAt = createdAt;
    return builder;
  }

  /** {@return the message's id} */
  public String id() {
    return id;
  }

  /** {@return the conversation it belongs to} */
  public String conversationId() {
    return conversationId;
  }

  /** {@return the id of the user who sent it} */
  public String senderId() {
    return senderId;
  }

  /** {@return {@link MessageType#TEXT}, {@link MessageType#FILE}, or a type added later} */
  public MessageType messageType() {
    return messageType;
  }

  /** {@return the text (personal data); empty for a file sent without one} */
  public Optional<String> content() {
    return Optional.ofNullable(content);
  }

  /** {@return the file's metadata, for a {@code file} message} */
  public Optional<Attachment> attachment() {
    return Optional.ofNullable(attachment);
  }

  /** {@return when it was sent} */
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Message that
        && id.equals(that.id)
        && conversationId.equals(that.conversationId)
        && senderId.equals(that.senderId)
        && messageType.equals(that.messageType)
        && Objects.equals(content, that.content)
        && Objects.equals(attachment, that.attachment)
        && createdAt.equals(that.createdAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, conversationId, senderId, messageType, content, attachment, createdAt);
  }

  @Override
  public String toString() {
    return "Message[id="
        + id
        + ", conversationId="
        + conversationId
        + ", senderId="
        + senderId
        + ", messageType="
        + messageType
        + ", content="
        + Redacted.of(content)
        + ", attachment="
        + attachment
        + ", createdAt="
        + createdAt
        + "]";
  }

  /**
   * Collects the fields of a {@link Message}. Each method rejects null; leave a field unset to have
   * it absent. The SDK reads answers with it, skipping JSON nulls.
   */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String conversationId;
    private String senderId;
    private MessageType messageType;
    private String content;
    private Attachment attachment;
    private Instant createdAt;

    private Builder() {}

    /**
     * @param id the message's id (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /**
     * @param conversationId the conversation it belongs to (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder conversationId(String conversationId) {
      this.conversationId =
          Objects.requireNonNull(conversationId, "conversationId must not be null");
      return this;
    }

    /**
     * @param senderId the sending user's id (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder senderId(String senderId) {
      this.senderId = Objects.requireNonNull(senderId, "senderId must not be null");
      return this;
    }

    /**
     * @param messageType what the message carries (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder messageType(MessageType messageType) {
      this.messageType = Objects.requireNonNull(messageType, "messageType must not be null");
      return this;
    }

    /**
     * @param content the text
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder content(String content) {
      this.content = Objects.requireNonNull(content, "content must not be null");
      return this;
    }

    /**
     * @param attachment the file's metadata
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder attachment(Attachment attachment) {
      this.attachment = Objects.requireNonNull(attachment, "attachment must not be null");
      return this;
    }

    /**
     * @param createdAt when it was sent (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder createdAt(Instant createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt must not be null");
      return this;
    }

    /**
     * @return the message
     * @throws IllegalStateException if {@code id}, {@code conversationId}, {@code senderId}, {@code
     *     messageType} or {@code createdAt} is unset
     */
    public Message build() {
      required(id, "id");
      required(conversationId, "conversationId");
      required(senderId, "senderId");
      required(messageType, "messageType");
      required(createdAt, "createdAt");
      return new Message(this);
    }

    private static void required(Object value, String field) {
      if (value == null) {
        throw new IllegalStateException("Message." + field + " is required");
      }
    }
  }
}
