package dev.gradiant.sdk.opentelemetry.internal;

import io.opentelemetry.api.common.AttributeKey;

/**
 * The attribute keys the spans carry: OpenTelemetry's HTTP client conventions (stable ones, and
 * {@code url.template}), and the SDK's own under {@code gradiant.*}.
 */
final class SpanAttributes {
  static final AttributeKey<String> HTTP_REQUEST_METHOD =
      AttributeKey.stringKey("http.request.method");
  static final AttributeKey<Long> HTTP_RESPONSE_STATUS_CODE =
      AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<Long> HTTP_REQUEST_RESEND_COUNT =
      AttributeKey.longKey("http.request.resend_count");
  static final AttributeKey<String> URL_TEMPLATE = AttributeKey.stringKey("url.template");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  static final AttributeKey<String> OPERATION_ID = AttributeKey.stringKey("gradiant.operation.id");
  static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("gradiant.request.id");
  static final AttributeKey<Long> ATTEMPT_COUNT = AttributeKey.longKey("gradiant.attempt.count");
  static final AttributeKey<String> RETRY_REASON = AttributeKey.stringKey("gradiant.retry.reason");
  static final AttributeKey<Long> RETRY_DELAY_MS = AttributeKey.longKey("gradiant.retry.delay_ms");
  static final AttributeKey<Long> RETRY_ATTEMPT = AttributeKey.longKey("gradiant.retry.attempt");

  /** The name of the event a retry adds to the call's span. */
  static final String RETRY_EVENT = "gradiant.retry";

  private SpanAttributes() {}
}
