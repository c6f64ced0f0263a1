package dev.gradiant.sdk.core;

import java.util.Objects;
import java.util.Optional;

/**
 * What every response carries besides its data: the status, the headers, the server's request id
 * (quote it to Gradiant support) and the rate-limit budget.
 *
 * <p>Built with {@link #builder()}; new fields may be added in a minor release (see the README's
 * compatibility rules). Nothing it returns is null: an optional value is an {@link
 * java.util.Optional}, a list is empty when absent.
 */
public final class ResponseMetadata {
  private final int statusCode;
  private final HttpHeaders headers;
  private final String requestId;
  private final int attempts;
  private final String retryReason;
  private final boolean inferredFromRetry;

  private ResponseMetadata(Builder builder) {
    if (!builder.statusCodeSet) {
      throw new IllegalStateException("ResponseMetadata.statusCode is required");
    }
    this.statusCode = builder.statusCode;
    this.headers = required(builder.headers, "headers");
    this.requestId = builder.requestId;
    this.attempts = builder.attempts;
    this.retryReason = builder.retryReason;
    this.inferredFromRetry = builder.inferredFromRetry;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this ResponseMetadata} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.statusCode = statusCode;
    builder.statusCodeSet = true;
    builder.headers = headers;
    builder.requestId = requestId;
    builder.attempts = attempts;
    builder.retryReason = retryReason;
    builder.inferredFromRetry = inferredFromRetry;
    return builder;
  }

  /** {@return the HTTP status} */
  public int statusCode() {
    return statusCode;
  }

  /** {@return the response headers} */
  public HttpHeaders headers() {
    return headers;
  }

  /**
   * {@return the server's request id, from {@code X-Request-ID} or the body's {@code
   * meta.requestId}; empty when the server sent none}
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * {@return how many attempts the call made to get this response (1 without retries): every
   * request sent (the replay after renewing credentials included) and every attempt that ended
   * before sending, because the credentials could not be obtained or renewed at that moment or the
   * rate limit refused to wait; each attempt after the first spends one of {@code maxRetries}. It
   * is never less than the number of requests sent}
   */
  public int attempts() {
    return attempts;
  }

  /**
   * {@return why the last retry was made (e.g. {@code HTTP 503}, {@code connection failed}, {@code
   * timeout}, {@code credentials renewed}, {@code credentials failed (HTTP 503)}); empty when there
   * was no retry}
   */
  public Optional<String> retryReason() {
    return Optional.ofNullable(retryReason);
  }

  /**
   * {@return whether the call's success was inferred rather than answered: true only for a {@code
   * DELETE} answered with no content on success ({@code sessions().delete}, {@code
   * webhookEndpoints().delete}) when an earlier attempt ended without an answer after the request
   * may have reached the server (a connection was made and the request began to be written; a
   * refused connection, an unknown host, a failed TLS handshake or a timeout before connecting does
   * not count) and a later attempt was answered {@code 404}: the resource is gone, most likely
   * deleted by the attempt whose answer was lost. {@link #statusCode()} is then that {@code 404}.
   * False for every other response, and on every exception's metadata}
   */
  public boolean inferredFromRetry() {
    return inferredFromRetry;
  }

  /**
   * The last value of a response header, looked up case-insensitively.
   *
   * @param name the header name
   * @return its value, or empty when absent
   */
  public Optional<String> header(String name) {
    return headers.last(name);
  }

  /** {@return the budget reported by {@code X-RateLimit-*}, or empty when the response had none} */
  public Optional<RateLimit> rateLimit() {
    return RateLimit.fromHeaders(headers);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ResponseMetadata other)) {
      return false;
    }
    return statusCode == other.statusCode
        && Objects.equals(headers, other.headers)
        && Objects.equals(requestId, other.requestId)
        && attempts == other.attempts
        && Objects.equals(retryReason, other.retryReason)
        && inferredFromRetry == other.inferredFromRetry;
  }

  @Override
  public int hashCode() {
    return Objects.hash(statusCode, headers, requestId, attempts, retryReason, inferredFromRetry);
  }

  @Override
  public String toString() {
    return "ResponseMetadata["
        + "statusCode="
        + statusCode
        + ", headers="
        + headers
        + ", requestId="
        + requestId
        + ", attempts="
        + attempts
        + ", retryReason="
        + retryReason
        + ", inferredFromRetry="
        + inferredFromRetry
        + "]";
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalStateException("ResponseMetadata." + field + " is required");
    }
    return value;
  }

  /**
   * Collects the fields of a {@link ResponseMetadata}; each method rejects {@code null}. {@code
   * attempts} is 1 and {@code inferredFromRetry} false unless set.
   */
  public static final class Builder {
    // Primitives, with a flag for the one required: boxing a status of 200 allocates.
    private int statusCode;
    private boolean statusCodeSet;
    private HttpHeaders headers;
    private String requestId;
    private int attempts = 1;
    private String retryReason;
    private boolean inferredFromRetry;

    private Builder() {}

    /**
     * @param statusCode the HTTP status
     * @return this builder
     */
    public Builder statusCode(int statusCode) {
      this.statusCode = statusCode;
      this.statusCodeSet = true;
      return this;
    }

    /**
     * @param headers the response headers
     * @return this builder
     */
    public Builder headers(HttpHeaders headers) {
      this.headers = Objects.requireNonNull(headers, "headers must not be null");
      return this;
    }

    /**
     * @param requestId the server's request id, from {@code X-Request-ID} or the body's {@code
     *     meta.requestId}; empty when the server sent none
     * @return this builder
     */
    public Builder requestId(String requestId) {
      this.requestId = Objects.requireNonNull(requestId, "requestId must not be null");
      return this;
    }

    /**
     * @param attempts how many attempts the call made to get this response (1 without retries):
     *     every request sent (the replay after renewing credentials included) and every attempt
     *     that ended before sending, because the credentials could not be obtained or renewed at
     *     that moment or the rate limit refused to wait; each attempt after the first spends one of
     *     {@code maxRetries}. It is never less than the number of requests sent
     * @return this builder
     */
    public Builder attempts(int attempts) {
      if (attempts < 1) {
        throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
      }
      this.attempts = attempts;
      return this;
    }

    /**
     * @param retryReason why the last retry was made (e.g. {@code HTTP 503}, {@code connection
     *     failed}, {@code timeout}, {@code credentials renewed}, {@code credentials failed (HTTP
     *     503)}); empty when there was no retry
     * @return this builder
     */
    public Builder retryReason(String retryReason) {
      this.retryReason = Objects.requireNonNull(retryReason, "retryReason must not be null");
      return this;
    }

    /**
     * @param inferredFromRetry whether the call's success was inferred rather than answered: true
     *     only for a {@code DELETE} answered with no content on success ({@code sessions().delete},
     *     {@code webhookEndpoints().delete}) when an earlier attempt ended without an answer after
     *     the request may have reached the server (a connection was made and the request began to
     *     be written; a refused connection, an unknown host, a failed TLS handshake or a timeout
     *     before connecting does not count) and a later attempt was answered {@code 404}: the
     *     resource is gone, most likely deleted by the attempt whose answer was lost. {@link
     *     #statusCode()} is then that {@code 404}. False for every other response, and on every
     *     exception's metadata
     * @return this builder
     */
    public Builder inferredFromRetry(boolean inferredFromRetry) {
      this.inferredFromRetry = inferredFromRetry;
      return this;
    }

    /**
     * @return the ResponseMetadata
     * @throws IllegalStateException if a required field ({@code statusCode} or {@code headers}) is
     *     unset
     */
    public ResponseMetadata build() {
      return new ResponseMetadata(this);
    }
  }
}
