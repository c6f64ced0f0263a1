package dev.gradiant.sdk.internal.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where the bytes of an uploaded file come from: a file, an array or a stream, read only while the
 * request body is written ({@link UploadBody}), never copied in memory as a whole. A file or an
 * array can be read again for a retry; a stream cannot, so once it has been opened {@link
 * #canSendAgain()} is false and the retry loop does not repeat the call.
 */
public abstract class UploadContent {
  private UploadContent() {}

  /**
   * @param path a regular file
   * @param size its size when the call was made, which the upload must match
   * @return content read from {@code path}, opened anew for each attempt
   */
  public static UploadContent ofPath(Path path, long size) {
    return new FromPath(path, size);
  }

  /**
   * @param bytes the bytes, not copied: the caller must not change them during the call
   * @return content read from {@code bytes} for each attempt
   */
  public static UploadContent ofBytes(byte[] bytes) {
    return new FromBytes(bytes);
  }

  /**
   * @param stream the caller's stream, read once and not closed (the caller owns it)
   * @param length how many bytes it holds, or {@code -1} when unknown
   * @return content read from {@code stream} by the first attempt only
   */
  public static UploadContent ofStream(InputStream stream, long length) {
    return new FromStream(stream, length);
  }

  /** {@return the number of bytes, or {@code -1} when unknown until the end is read} */
  public abstract long length();

  /** {@return whether the bytes can be read again from the start for another attempt} */
  public abstract boolean replayable();

  /** {@return whether another attempt may send the bytes: replayable, or never read yet} */
  public abstract boolean canSendAgain();

  /** {@return a stream from the first byte; closing it must not close the caller's stream} */
  abstract InputStream open() throws IOException;

  /** {@return what a length mismatch means, e.g. "the file changed size during the upload"} */
  abstract String source();

  private static final class FromPath extends UploadContent {
    private final Path path;
    private final long size;

    FromPath(Path path, long size) {
      this.path = path;
      this.size = size;
    }

    @Override
    public long length() {
      return size;
    }

    @Override
    public boolean replayable() {
      return true;
    }

    @Override
    public boolean canSendAgain() {
      return true;
    }

    @Override
    InputStream open() throws IOException {
      try {
        return Files.newInputStream(path);
      } catch (IOException e) {
        throw new PathFreeIOException("opening the file", e);
      }
    }

    @Override
    String source() {
      return "file";
    }
  }

  private static final class FromBytes extends UploadContent {
    private final byte[] bytes;

    FromBytes(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public long length() {
      return bytes.length;
    }

    @Override
    public boolean replayable() {
      return true;
    }

    @Override
    public boolean canSendAgain() {
      return true;
    }

    @Override
    InputStream open() {
      return new ByteArrayInputStream(bytes);
    }

    @Override
    String source() {
      return "byte array";
    }
  }

  private static final class FromStream extends UploadContent {
    private final InputStream stream;
    private final long length;
    private final AtomicBoolean opened = new AtomicBoolean();

    FromStream(InputStream stream, long length) {
      this.stream = stream;
      this.length = length;
    }

    @Override
    public long length() {
      return length;
    }

    @Override
    public boolean replayable() {
      return false;
    }

    @Override
    public boolean canSendAgain() {
      return !opened.get();
    }

    @Override
    InputStream open() throws IOException {
      if (!opened.compareAndSet(false, true)) {
        throw new UploadAbortedException(
            "the file's InputStream was already read by an earlier attempt and cannot be sent"
                + " again",
            null);
      }
      return new java.io.FilterInputStream(stream) {
        @Override
        public void close() {
          // the caller's stream: the caller closes it
        }
      };
    }

    @Override
    String source() {
      return "InputStream";
    }
  }
}
