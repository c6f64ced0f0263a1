package dev.gradiant.sdk.testing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request body the server does not read up front: a {@code multipart/form-data} upload, which its
 * handler reads as a stream ({@link MultipartReader}), never holding more than a small buffer of
 * it. It counts what was read and keeps a transcript for {@link RequestLog}: the form's part
 * headers and text, with each file's bytes replaced by a note of their number.
 *
 * <p>When the answer is ready, {@link #finish()} reads and discards what the handler left (so the
 * client, which writes its whole body before reading the answer, gets it), up to {@link #MAX_BYTES}
 * in all; a handler that refused the body on purpose ({@link #abandon()}, a {@code 413}) leaves the
 * rest unread, and the server closes the connection.
 */
final class StreamedBody {
  /** The most bytes of one streamed body the server reads: a largest file and 1 MiB of form. */
  static final long MAX_BYTES = ConversationsApi.MAX_FILE_SIZE + (1 << 20);

  private final InputStream in;
  private final StringBuilder transcript = new StringBuilder();
  private long read;
  private boolean abandoned;

  StreamedBody(InputStream in) {
    this.in = in;
  }

  /** {@return whether a request with these headers (names in lower case) is streamed} */
  static boolean streams(Map<String, List<String>> headers) {
    List<String> type = headers.get("content-type");
    return type != null
        && !type.isEmpty()
        && type.get(0).strip().toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }

  /**
   * Reads like {@link InputStream#read(byte[], int, int)}.
   *
   * @throws ApiError {@code 413} past {@link #MAX_BYTES}
   */
  int read(byte[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    if (n > 0) {
      read += n;
      if (read > MAX_BYTES) {
        abandon();
        throw tooLarge("body", MAX_BYTES, "The body is larger than " + MAX_BYTES + " bytes");
      }
    }
    return n;
  }

  /** {@return a {@code 413 PAYLOAD_TOO_LARGE} about {@code field}} */
  static ApiError tooLarge(String field, long limit, String message) {
    return new ApiError(
        413, "PAYLOAD_TOO_LARGE", message, Json.object().put("field", field).put("limit", limit));
  }

  /** Leaves the rest of the body unread: the server answers and closes the connection. */
  void abandon() {
    abandoned = true;
  }

  /** {@return the transcript being written} */
  StringBuilder transcript() {
    return transcript;
  }

  /** Reads and discards the rest of the body (unless abandoned), within {@link #MAX_BYTES}. */
  void finish() {
    if (abandoned) {
      transcript.append("[the rest was not read]");
      return;
    }
    byte[] skip = new byte[8192];
    long before = read;
    try {
      while (read(skip, 0, skip.length) >= 0) {
        // discarded
      }
    } catch (IOException | ApiError e) {
      abandoned = true;
    }
    if (read > before) {
      transcript.append('[').append(read - before).append(" bytes not read]");
    }
  }

  /** {@return what {@link RequestLog} records as the body} */
  String recorded() {
    return transcript.toString();
  }
}
