package dev.gradiant.sdk.conversations;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.gradiant.sdk.internal.redaction.Redacted;
import java.util.Objects;

/**
 * What the server kept of an uploaded file: its name, media type, size and the SHA-256 of the bytes
 * it received (compare it with your own to check the upload). The file name is personal data
 * ({@code john-doe-bloodwork.pdf}): {@link #toString()} never shows it.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Every field is required by the contract and never null.
 */
@JsonDeserialize(builder = Attachment.Builder.class)
public final class Attachment {
  @JsonProperty private final String id;
  @JsonProperty private final String fileName;
  @JsonProperty private final String contentType;
  @JsonProperty private final long size;
  @JsonProperty private final String sha256;

  private Attachment(Builder builder) {
    this.id = builder.id;
    this.fileName = builder.fileName;
    this.contentType = builder.contentType;
    this.size = builder.size;
    this.sha256 = builder.sha256;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this attachment} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.fileName = fileName;
    builder.contentType = contentType;
    builder.size = size;
    builder.sha256 = sha256;
    return builder;
  }

  /** {@return the attachment's id} */
  public String id() {
    return id;
  }

  /** {@return the name the file was uploaded under (personal data)} */
  public String fileName() {
    return fileName;
  }

  /** {@return its media type, e.g. {@code application/pdf}} */
  public String contentType() {
    return contentType;
  }

  /** {@return its size in bytes} */
  public long size() {
    return size;
  }

  /** {@return the lower-case hex SHA-256 of the bytes the server received} */
  public String sha256() {
    return sha256;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Attachment that
        && id.equals(that.id)
        && fileName.equals(that.fileName)
        && contentType.equals(that.contentType)
        && size == that.size
        && sha256.equals(that.sha256);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, fileName, contentType, size, sha256);
  }

  @Override
  public String toString() {
    return "Attachment[id="
        + id
        + ", fileName="
        + Redacted.of(fileName)
        + ", contentType="
        + contentType
        + ", size="
        + size
        + ", sha256="
        + sha256
        + "]";
  }

  /**
   * Collects the fields of an {@link Attachment}. Each method rejects null. The SDK reads answers
   * with it, skipping JSON nulls.
   */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String fileName;
    private String contentType;
    private Long size;
    private String sha256;

    private Builder() {}

    /**
     * @param id the attachment's id (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /**
     * @param fileName the name it was uploaded under (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder fileName(String fileName) {
      this.fileName = Objects.requireNonNull(fileName, "fileName must not be null");
      return this;
    }

    /**
     * @param contentType its media type (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder contentType(String contentType) {
      this.contentType = Objects.requireNonNull(contentType, "contentType must not be null");
      return this;
    }

    /**
     * @param size its size in bytes (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder size(long size) {
      this.size = size;
      return this;
    }

    /**
     * @param sha256 the hex SHA-256 of the bytes received (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder sha256(String sha256) {
      this.sha256 = Objects.requireNonNull(sha256, "sha256 must not be null");
      return this;
    }

    /**
     * @return the attachment
     * @throws IllegalStateException if a field is unset
     */
    public Attachment build() {
      required(id, "id");
      required(fileName, "fileName");
      required(contentType, "contentType");
      required(size, "size");
      required(sha256, "sha256");
      return new Attachment(this);
    }

    private static void required(Object value, String field) {
      if (value == null) {
        throw new IllegalStateException("Attachment." + field + " is required");
      }
    }
  }
}
