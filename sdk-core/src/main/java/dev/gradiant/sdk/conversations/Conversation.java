package dev.gradiant.sdk.conversations;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A conversation between users (a client and a practitioner's user).
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null: {@link #id()} and {@link
 * #createdAt()} are always present, {@link #participantIds()} is empty when absent, {@link
 * #lastMessageAt()} is an {@link Optional}.
 */
@JsonDeserialize(builder = Conversation.Builder.class)
public final class Conversation {
  @JsonProperty private final String id;
  @JsonProperty private final List<String> participantIds;
  @JsonProperty private final Instant lastMessageAt;
  @JsonProperty private final Instant createdAt;

  private Conversation(Builder builder) {
    this.id = builder.id;
    this.participantIds = builder.participantIds;
    this.lastMessageAt = builder.lastMessageAt;
    this.createdAt = builder.createdAt;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this conversation} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.participantIds = participantIds;
    builder.lastMessageAt = lastMessageAt;
    builder.createdAt = createdAt;
    return builder;
  }

  /** {@return the conversation's id} */
  public String id() {
    return id;
  }

  /** {@return the ids of the users taking part; unmodifiable, empty when absent} */
  public List<String> participantIds() {
    return participantIds;
  }

  /** {@return when the latest message was sent; empty before the first} */
  public Optional<Instant> lastMessageAt() {
    return Optional.ofNullable(lastMessageAt);
  }

  /** {@return when the conversation started} */
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Conversation that
        && id.equals(that.id)
        && participantIds.equals(that.participantIds)
        && Objects.equals(lastMessageAt, that.lastMessageAt)
        && createdAt.equals(that.createdAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, participantIds, lastMessageAt, createdAt);
  }

  @Override
  public String toString() {
    return "Conversation[id="
        + id
        + ", participantIds="
        + participantIds
        + ", lastMessageAt="
        + lastMessageAt
        + ", createdAt="
        + createdAt
        + "]";
  }

  /**
   * Collects the fields of a {@link Conversation}. Each method rejects null; leave a field unset to
   * have it absent. The SDK reads answers with it, skipping JSON nulls.
   */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private List<String> participantIds = List.of();
    private Instant lastMessageAt;
    private Instant createdAt;

    private Builder() {}

    /**
     * @param id the conversation's id (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /**
     * @param participantIds the ids of the users taking part; copied
     * @return this builder
     * @throws NullPointerException if {@code participantIds} is or holds null
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder participantIds(List<String> participantIds) {
      Objects.requireNonNull(participantIds, "participantIds must not be null");
      participantIds.forEach(p -> Objects.requireNonNull(p, "participantIds must not hold null"));
      this.participantIds = List.copyOf(participantIds);
      return this;
    }

    /**
     * @param lastMessageAt when the latest message was sent
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder lastMessageAt(Instant lastMessageAt) {
      this.lastMessageAt = Objects.requireNonNull(lastMessageAt, "lastMessageAt must not be null");
      return this;
    }

    /**
     * @param createdAt when the conversation started (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder createdAt(Instant createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt must not be null");
      return this;
    }

    /**
     * @return the conversation
     * @throws IllegalStateException if {@code id} or {@code createdAt} is unset
     */
    public Conversation build() {
      required(id, "id");
      required(createdAt, "createdAt");
      return new Conversation(this);
    }

    private static void required(Object value, String field) {
      if (value == null) {
        throw new IllegalStateException("Conversation." + field + " is required");
      }
    }
  }
}
