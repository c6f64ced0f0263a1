package dev.gradiant.sdk.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request the sandbox received, as it arrived, and the status it answered.
 *
 * <p>Like the SDK's models, a final class built with {@link #builder()} (so a field can be added
 * without breaking callers) that returns no {@code null}: what may be absent is an {@link Optional}
 * or an empty collection.
 */
public final class RecordedRequest {
  private final String method;
  private final String path;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final String body;
  private final int status;
  private final Instant receivedAt;

  private RecordedRequest(Builder builder) {
    this.method = required(builder.method, "method");
    this.path = required(builder.path, "path");
    this.query = Map.copyOf(builder.query);
    this.headers = Map.copyOf(builder.headers);
    this.body = builder.body;
    this.status = builder.status;
    this.receivedAt = required(builder.receivedAt, "receivedAt");
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalStateException("RecordedRequest." + field + " is required");
    }
    return value;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding this request's fields} */
  public Builder toBuilder() {
    return new Builder()
        .method(method)
        .path(path)
        .query(query)
        .headers(headers)
        .body(body)
        .status(status)
        .receivedAt(receivedAt);
  }

  /** {@return the HTTP method, e.g. {@code POST}} */
  public String method() {
    return method;
  }

  /**
   * {@return the path below the base URL, as sent (percent-encoded), e.g. {@code /users/user_1}}
   */
  public String path() {
    return path;
  }

  /** {@return the decoded query parameters, in the order sent; unmodifiable} */
  public Map<String, List<String>> query() {
    return query;
  }

  /** {@return the request headers, names in lower case; unmodifiable} */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * {@return the request body as UTF-8 text; empty when there was none} For a {@code
   * multipart/form-data} upload, which the sandbox reads as a stream, it is the form as read: the
   * delimiters, each part's headers and text, and in place of a file's bytes a note of their number
   * ({@code [26214400 bytes]}); what was not read is noted too.
   */
  public String body() {
    return body;
  }

  /**
   * {@return the status answered} 0 when the sandbox dropped the connection on purpose ({@code
   * dropNext}, or {@code dropResponseOfNext}, which carried the request out first) and answered
   * nothing.
   */
  public int status() {
    return status;
  }

  /** {@return when the request arrived, by the sandbox's clock} */
  public Instant receivedAt() {
    return receivedAt;
  }

  /**
   * The first value of a request header.
   *
   * @param name the header name, in any case
   * @return its value; empty when absent
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * The first value of a query parameter.
   *
   * @param name the parameter name
   * @return its decoded value; empty when absent
   */
  public Optional<String> queryParam(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** {@return the body's UTF-8 bytes} */
  public byte[] bodyBytes() {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordedRequest that
        && method.equals(that.method)
        && path.equals(that.path)
        && query.equals(that.query)
        && headers.equals(that.headers)
        && body.equals(that.body)
        && status == that.status
        && receivedAt.equals(that.receivedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, path, query, headers, body, status, receivedAt);
  }

  /** Shows the method, path and status: headers and body may hold credentials or personal data. */
  @Override
  public String toString() {
    return "RecordedRequest[" + method + " " + path + " -> " + status + "]";
  }

  /** Collects the fields of a {@link RecordedRequest}; every method rejects {@code null}. */
  public static final class Builder {
    private String method;
    private String path;
    private Map<String, List<String>> query = Map.of();
    private Map<String, List<String>> headers = Map.of();
    private String body = "";
    private int status;
    private Instant receivedAt;

    private Builder() {}

    /**
     * @param method the HTTP method
     * @return this builder
     */
    public Builder method(String method) {
      this.method = Objects.requireNonNull(method, "method must not be null");
      return this;
    }

    /**
     * @param path the path below the base URL
     * @return this builder
     */
    public Builder path(String path) {
      this.path = Objects.requireNonNull(path, "path must not be null");
      return this;
    }

    /**
     * @param query the decoded query parameters
     * @return this builder
     */
    public Builder query(Map<String, List<String>> query) {
      this.query = Objects.requireNonNull(query, "query must not be null");
      return this;
    }

    /**
     * @param headers the request headers, names in lower case
     * @return this builder
     */
    public Builder headers(Map<String, List<String>> headers) {
      this.headers = Objects.requireNonNull(headers, "headers must not be null");
      return this;
    }

    /**
     * @param body the request body as text (empty by default)
     * @return this builder
     */
    public Builder body(String body) {
      this.body = Objects.requireNonNull(body, "body must not be null");
      return this;
    }

    /**
     * @param status the status answered, or 0 for a dropped connection
     * @return this builder
     */
    public Builder status(int status) {
      this.status = status;
      return this;
    }

    /**
     * @param receivedAt when the request arrived
     * @return this builder
     */
    public Builder receivedAt(Instant receivedAt) {
      this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt must not be null");
      return this;
    }

    /**
     * {@return the recorded request}
     *
     * @throws IllegalStateException if {@code method}, {@code path} or {@code receivedAt} is unset
     */
    public RecordedRequest build() {
      return new RecordedRequest(this);
    }
  }
}
