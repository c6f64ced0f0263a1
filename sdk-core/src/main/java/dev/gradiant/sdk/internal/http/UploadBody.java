package dev.gradiant.sdk.internal.http;

import java.io.IOException;
import java.io.InputStream;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * The {@code file} part of a multipart upload: written from its {@link UploadContent} in chunks of
 * {@value #CHUNK} bytes, so that no more than one chunk is held in memory. It enforces the limit
 * while writing (a source that gives more than {@code maxBytes}, or more or fewer than it declared,
 * stops the upload before the extra bytes are written) and reports progress after each chunk.
 */
final class UploadBody extends RequestBody {
  static final int CHUNK = 8192;

  private final UploadContent content;
  private final MediaType contentType;
  private final long maxBytes;
  private final ProgressSink progress;

  UploadBody(UploadContent content, MediaType contentType, long maxBytes, ProgressSink progress) {
    this.content = content;
    this.contentType = contentType;
    this.maxBytes = maxBytes;
    this.progress = progress;
  }

  @Override
  public MediaType contentType() {
    return contentType;
  }

  @Override
  public long contentLength() {
    return content.length();
  }

  @Override
  public boolean isOneShot() {
    return !content.replayable();
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    long declared = content.length();
    long sent = 0;
    byte[] chunk = new byte[CHUNK];
    try (InputStream in = open()) {
      while (true) {
        int read = read(in, chunk);
        if (read < 0) {
          break;
        }
        if (sent + read > maxBytes) {
          throw new UploadAbortedException(
              "the file's "
                  + content.source()
                  + " holds more than the "
                  + maxBytes
                  + "-byte upload limit; the upload was stopped after "
                  + sent
                  + " bytes, before the limit",
              null);
        }
        if (declared >= 0 && sent + read > declared) {
          throw lengthMismatch(declared, "more than");
        }
        sink.write(chunk, 0, read);
        sent += read;
        report(sent, declared);
      }
    }
    if (declared >= 0 && sent != declared) {
      throw lengthMismatch(declared, "only " + sent + " bytes, not");
    }
  }

  private InputStream open() throws IOException {
    try {
      return content.open();
    } catch (UploadAbortedException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new UploadAbortedException(
          "opening the file's " + content.source() + " failed with " + e.getClass().getName(), e);
    }
  }

  private int read(InputStream in, byte[] chunk) throws IOException {
    try {
      return in.read(chunk);
    } catch (IOException | RuntimeException e) {
      throw new UploadAbortedException(
          "reading the file's " + content.source() + " failed with " + e.getClass().getName(), e);
    }
  }

  private void report(long sent, long total) throws UploadAbortedException {
    try {
      progress.sent(sent, total);
    } catch (RuntimeException e) {
      throw new UploadAbortedException(
          "the upload's progress listener threw " + e.getClass().getName(), e);
    }
  }

  private UploadAbortedException lengthMismatch(long declared, String gave) {
    return new UploadAbortedException(
        "the file's "
            + content.source()
            + " gave "
            + gave
            + " the "
            + declared
            + " bytes declared"
            + (content.replayable() ? " (it changed during the upload)" : ""),
        null);
  }
}
