package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.core.ResponseMetadata;

/** Builds a response's {@link ResponseMetadata}; the header's request id wins over the body's. */
public final class ResponseMetadataReader {
  static final String REQUEST_ID_HEADER = "X-Request-ID";

  private ResponseMetadataReader() {}

  /**
   * @param response the answer
   * @param bodyRequestId the request id the body carries, or {@code null}
   * @return its metadata; the {@code X-Request-ID} header wins over {@code bodyRequestId}
   */
  public static ResponseMetadata read(HttpResponse response, String bodyRequestId) {
    return read(response, bodyRequestId, false);
  }

  /** As {@link #read(HttpResponse, String)}, for a success inferred from a lost answer. */
  static ResponseMetadata inferred(HttpResponse response, String bodyRequestId) {
    return read(response, bodyRequestId, true);
  }

  private static ResponseMetadata read(
      HttpResponse response, String bodyRequestId, boolean inferredFromRetry) {
    String header = response.headers().get(REQUEST_ID_HEADER);
    String requestId = header != null && !header.isBlank() ? header : bodyRequestId;
    ResponseMetadata.Builder metadata =
        ResponseMetadata.builder()
            .statusCode(response.statusCode())
            .headers(ResponseHeaders.of(response.headers()))
            .attempts(response.attempts())
            .inferredFromRetry(inferredFromRetry);
    if (requestId != null) {
      metadata.requestId(requestId);
    }
    if (response.retryReason() != null) {
      metadata.retryReason(response.retryReason());
    }
    return metadata.build();
  }
}
