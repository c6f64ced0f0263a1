package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.core.ResponseMetadata;
import java.util.function.Supplier;
import okhttp3.Headers;

/**
 * What a success's {@link ResponseMetadata} is read from, kept until it is asked for: the answer's
 * status, headers and attempts, and the request id of its body. Not the body itself, which the
 * decoded data replaces.
 */
final class ResponseMetadataSource implements Supplier<ResponseMetadata> {
  private final int statusCode;
  private final Headers headers;
  private final int attempts;
  private final String retryReason;
  private final String bodyRequestId;

  /**
   * @param response the answer
   * @param bodyRequestId the request id its body carries, or {@code null}
   */
  ResponseMetadataSource(HttpResponse response, String bodyRequestId) {
    this.statusCode = response.statusCode();
    this.headers = response.headers();
    this.attempts = response.attempts();
    this.retryReason = response.retryReason();
    this.bodyRequestId = bodyRequestId;
  }

  @Override
  public ResponseMetadata get() {
    return ResponseMetadataReader.read(
        statusCode, headers, attempts, retryReason, bodyRequestId, false);
  }
}
