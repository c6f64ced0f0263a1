package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.errors.ResponseTooLargeException;
import java.io.IOException;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Reads a response body up to a size limit, never buffering much past it: a declared {@code
 * Content-Length} over the limit fails before a byte is read; a body without one (chunked, or
 * ending with the connection), or longer than it said, fails once {@code limit + 1} bytes have
 * arrived. Bytes are counted as decoded (after OkHttp's transparent gzip), so a small compressed
 * body cannot expand past the limit either.
 */
final class BoundedBody {
  /** The largest limit: a byte array can hold no more. */
  static final long MAX_LIMIT = Integer.MAX_VALUE - 8;

  private static final byte[] EMPTY = new byte[0];

  private BoundedBody() {}

  /**
   * @param request the request answered, for the failure's message and attempt count
   * @param response the response whose body to read
   * @param limit the most bytes accepted, at most {@link #MAX_LIMIT}
   * @return the whole body, empty when there was none
   * @throws ResponseTooLargeException if the body is longer than {@code limit}; the caller closes
   *     the connection rather than read the rest
   * @throws IOException if reading failed
   */
  static byte[] read(HttpRequest request, Response response, long limit) throws IOException {
    ResponseBody body = response.body();
    if (body == null) {
      return EMPTY;
    }
    long declared = body.contentLength();
    if (declared > limit) {
      throw tooLarge(request, response, limit, declared);
    }
    BufferedSource source = body.source();
    if (source.request(limit + 1)) {
      throw tooLarge(request, response, limit, declared);
    }
    return source.readByteArray();
  }

  private static ResponseTooLargeException tooLarge(
      HttpRequest request, Response response, long limit, long declared) {
    String size =
        declared > limit ? "declared a body of " + declared + " bytes, over" : "sent a body over";
    return new ResponseTooLargeException(
        request.describe()
            + " was answered HTTP "
            + response.code()
            + " and "
            + size
            + " the limit of "
            + limit
            + " bytes (maxResponseBodySize); the rest was not read",
        response.code(),
        limit,
        declared,
        request.attempt().number());
  }
}
