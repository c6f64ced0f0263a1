package dev.gradiant.sdk.conversations;

import dev.gradiant.sdk.internal.http.UploadContent;
import dev.gradiant.sdk.internal.redaction.Redacted;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code POST /conversations/{id}/files}: a file, streamed from a {@link Path}, a
 * {@code byte[]} or an {@link InputStream} while the request is written (never read into memory as
 * a whole), with an optional text. Everything the contract limits is checked by {@link
 * Builder#build()}, before a byte is sent: the size (at most {@value #MAX_FILE_SIZE} bytes, 25 MiB:
 * a file's size from the file system, an array's length, a stream's declared length), the media
 * type (one of {@link #ALLOWED_CONTENT_TYPES}) and the file name. A stream of unknown length is
 * counted while it is sent, and the upload stops before the byte past the limit.
 *
 * <p>The file name defaults to a {@link Path}'s own name; the media type defaults to the one the
 * file name's extension names ({@code .pdf}, {@code .png}, {@code .jpg}/{@code .jpeg}, {@code
 * .txt}); with any other extension it must be set.
 *
 * <p>Retries: a {@link Path} or {@code byte[]} upload is retried like any {@code POST}, with the
 * same {@code Idempotency-Key}. An {@link InputStream} cannot be read twice, so its upload is
 * retried only while none of it has been read (the connection could not be made); once any of it
 * may have been sent, the first failure ends the call. Such params serve one call.
 *
 * <p>The file name and the message are personal data: {@link #toString()} never shows them.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers.
 */
public final class FileUploadParams {
  /** The largest file the contract accepts: 25 MiB. */
  public static final long MAX_FILE_SIZE = 26_214_400L;

  /** The media types the contract accepts for a file. */
  public static final List<String> ALLOWED_CONTENT_TYPES = UploadLimits.CONTENT_TYPES;

  private final Path path;
  private final byte[] bytes;
  private final InputStream stream;
  private final long length;
  private final String fileName;
  private final String contentType;
  private final String message;
  private final UploadProgressListener progressListener;
  private final UploadContent content;

  private FileUploadParams(Builder builder) {
    this.path = builder.path;
    this.bytes = builder.bytes;
    this.stream = builder.stream;
    this.message = builder.message == null ? null : MessageText.require("message", builder.message);
    this.progressListener = builder.progressListener;
    if (path != null) {
      this.length = UploadLimits.size(sizeOf(path));
      this.content = UploadContent.ofPath(path, length);
    } else if (bytes != null) {
      this.length = UploadLimits.size(bytes.length);
      this.content = UploadContent.ofBytes(bytes);
    } else if (stream != null) {
      this.length = builder.length < 0 ? -1 : UploadLimits.size(builder.length);
      // A copy made with toBuilder() shares the stream's one read: it cannot send it again either.
      this.content =
          builder.streamContent != null
              ? builder.streamContent
              : UploadContent.ofStream(stream, length);
    } else {
      throw new IllegalArgumentException(
          "file is required: set it from a Path, a byte[] or an InputStream");
    }
    String name = builder.fileName;
    if (name == null && path != null && path.getFileName() != null) {
      name = path.getFileName().toString();
    }
    if (name == null) {
      throw new IllegalArgumentException(
          "fileName is required for a byte[] or InputStream file (a Path gives its own)");
    }
    this.fileName = UploadLimits.fileName(name);
    this.contentType =
        builder.contentType == null
            ? UploadLimits.contentTypeOf(fileName)
            : UploadLimits.contentType(builder.contentType);
  }

  private static long sizeOf(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("file must be a regular file that exists");
    }
    if (!Files.isReadable(path)) {
      throw new IllegalArgumentException("file must be readable");
    }
    try {
      return Files.size(path);
    } catch (IOException e) {
      throw new UncheckedIOException("file's size could not be read", e);
    }
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder holding every field of these params} Params built from it with the same
   * {@code InputStream} share its one read: once either was sent, neither can be.
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.path = path;
    builder.bytes = bytes;
    builder.stream = stream;
    builder.streamContent = stream != null ? content : null;
    builder.length = length;
    builder.fileName = fileName;
    builder.contentType = contentType;
    builder.message = message;
    builder.progressListener = progressListener;
    return builder;
  }

  /** {@return the name sent for the file (personal data)} */
  public String fileName() {
    return fileName;
  }

  /** {@return the file's media type, one of {@link #ALLOWED_CONTENT_TYPES}} */
  public String contentType() {
    return contentType;
  }

  /** {@return the file's size in bytes; empty for a stream of undeclared length} */
  public Optional<Long> size() {
    return length < 0 ? Optional.empty() : Optional.of(length);
  }

  /** {@return the text sent with the file (personal data)} */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /** {@return the listener that hears the upload's progress} */
  public Optional<UploadProgressListener> progressListener() {
    return Optional.ofNullable(progressListener);
  }

  /** The file's bytes, as the request streams them. */
  UploadContent content() {
    return content;
  }

  @Override
  public String toString() {
    return "FileUploadParams[source="
        + (path != null ? "Path" : bytes != null ? "byte[]" : "InputStream")
        + ", fileName="
        + Redacted.of(fileName)
        + ", contentType="
        + contentType
        + ", size="
        + (length < 0 ? "unknown" : length)
        + ", message="
        + Redacted.of(message)
        + "]";
  }

  /**
   * Collects the fields of a {@link FileUploadParams}. Setting the file again replaces the earlier
   * source. Each method rejects null.
   */
  public static final class Builder {
    private Path path;
    private byte[] bytes;
    private InputStream stream;
    private UploadContent streamContent;
    private long length = -1;
    private String fileName;
    private String contentType;
    private String message;
    private UploadProgressListener progressListener;

    private Builder() {}

    /**
     * The file at {@code path}, opened anew by each attempt; its name is the default file name.
     *
     * @param path a readable regular file
     * @return this builder
     */
    public Builder file(Path path) {
      clear();
      this.path = Objects.requireNonNull(path, "file must not be null");
      return this;
    }

    /**
     * The bytes of {@code bytes}, not copied: do not change them until the call has ended.
     *
     * @param bytes the file's content
     * @return this builder
     */
    public Builder file(byte[] bytes) {
      clear();
      this.bytes = Objects.requireNonNull(bytes, "file must not be null");
      return this;
    }

    /**
     * The rest of {@code stream}, of unknown length: it is counted while it is sent, and the upload
     * stops before the byte past {@value FileUploadParams#MAX_FILE_SIZE}. The stream is read once
     * and not closed.
     *
     * @param stream the file's content
     * @return this builder
     */
    public Builder file(InputStream stream) {
      clear();
      this.stream = Objects.requireNonNull(stream, "file must not be null");
      return this;
    }

    /**
     * The next {@code length} bytes of {@code stream}: the size is checked now, and a stream that
     * gives more or fewer bytes fails the upload. The stream is read once and not closed.
     *
     * @param stream the file's content
     * @param length how many bytes it holds
     * @return this builder
     */
    public Builder file(InputStream stream, long length) {
      clear();
      this.stream = Objects.requireNonNull(stream, "file must not be null");
      this.length = UploadLimits.size(length);
      return this;
    }

    private void clear() {
      path = null;
      bytes = null;
      stream = null;
      streamContent = null;
      length = -1;
    }

    /**
     * @param fileName the name sent for the file: 1 to 255 characters, no path separator; required
     *     for a {@code byte[]} or {@code InputStream}
     * @return this builder
     */
    public Builder fileName(String fileName) {
      this.fileName = Objects.requireNonNull(fileName, "fileName must not be null");
      return this;
    }

    /**
     * @param contentType one of {@link FileUploadParams#ALLOWED_CONTENT_TYPES}; defaults to the one
     *     the file name's extension names
     * @return this builder
     */
    public Builder contentType(String contentType) {
      this.contentType = Objects.requireNonNull(contentType, "contentType must not be null");
      return this;
    }

    /**
     * @param message a text sent with the file, 1 to 5,000 characters
     * @return this builder
     */
    public Builder message(String message) {
      this.message = Objects.requireNonNull(message, "message must not be null");
      return this;
    }

    /**
     * @param progressListener hears the upload's progress, on the writing thread
     * @return this builder
     */
    public Builder progressListener(UploadProgressListener progressListener) {
      this.progressListener =
          Objects.requireNonNull(progressListener, "progressListener must not be null");
      return this;
    }

    /**
     * @return the params
     * @throws IllegalArgumentException if the file is unset, missing, unreadable or over the size
     *     limit, the file name is missing or invalid, the media type is not allowed (or cannot be
     *     told from the name), or the message is blank or too long
     */
    public FileUploadParams build() {
      return new FileUploadParams(this);
    }
  }
}
