package dev.gradiant.sdk.core;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings for the calls made through one sub-client view, overriding the client's: timeout,
 * retries, idempotency key, extra headers and query parameters, and other credentials (such as a
 * candidate session token). Apply them with {@code withOptions} on any sub-client:
 *
 * <pre>{@code
 * User user = client.users()
 *     .withOptions(RequestOptions.builder().timeout(Duration.ofSeconds(5)).header("X-Request-ID", id).build())
 *     .get("user_123");
 * }</pre>
 *
 * <p>Immutable; unset values fall back to the client's settings. An {@linkplain
 * Builder#idempotencyKey(String) idempotency key} applies to one call: call {@code withOptions}
 * again, with a new view, for each call that carries one.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new Builder().build();

  private final Duration timeout;
  private final Integer maxRetries;
  private final Duration retryBaseDelay;
  private final Duration retryMaxDelay;
  private final String idempotencyKey;
  private final Map<String, String> headers;
  private final Map<String, String> queryParams;
  private final Credentials credentials;

  private RequestOptions(Builder builder) {
    this.timeout = builder.timeout;
    this.maxRetries = builder.maxRetries;
    this.retryBaseDelay = builder.retryBaseDelay;
    this.retryMaxDelay = builder.retryMaxDelay;
    this.idempotencyKey = builder.idempotencyKey;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    this.queryParams = Collections.unmodifiableMap(new LinkedHashMap<>(builder.queryParams));
    this.credentials = builder.credentials;
  }

  /** {@return options that change nothing} */
  public static RequestOptions none() {
    return NONE;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the time allowed for the whole call, retries and waits included, if set} */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** {@return how many times a failed call may be retried, if set} */
  public Optional<Integer> maxRetries() {
    return Optional.ofNullable(maxRetries);
  }

  /** {@return the first backoff step between retries, if set} */
  public Optional<Duration> retryBaseDelay() {
    return Optional.ofNullable(retryBaseDelay);
  }

  /** {@return the largest backoff step between retries, if set} */
  public Optional<Duration> retryMaxDelay() {
    return Optional.ofNullable(retryMaxDelay);
  }

  /**
   * {@return the idempotency key the next POST sends instead of a generated one, if set} See {@link
   * Builder#idempotencyKey(String)}: it applies to one call.
   */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /** {@return extra headers to send, by name} */
  public Map<String, String> headers() {
    return headers;
  }

  /** {@return extra query parameters to send, by name} */
  public Map<String, String> queryParams() {
    return queryParams;
  }

  /** {@return the credentials to use instead of the client's, if set} */
  public Optional<Credentials> credentials() {
    return Optional.ofNullable(credentials);
  }

  /**
   * Combines two sets of options; a value set in {@code overrides} wins, headers and query
   * parameters are merged.
   *
   * @param overrides the options applied on top of these
   * @return the combined options
   */
  public RequestOptions merge(RequestOptions overrides) {
    Objects.requireNonNull(overrides, "overrides");
    Builder merged = toBuilder();
    if (overrides.timeout != null) {
      merged.timeout = overrides.timeout;
    }
    if (overrides.maxRetries != null) {
      merged.maxRetries = overrides.maxRetries;
    }
    if (overrides.retryBaseDelay != null) {
      merged.retryBaseDelay = overrides.retryBaseDelay;
      merged.retryMaxDelay = overrides.retryMaxDelay;
    }
    if (overrides.idempotencyKey != null) {
      merged.idempotencyKey = overrides.idempotencyKey;
    }
    if (overrides.credentials != null) {
      merged.credentials = overrides.credentials;
    }
    merged.headers.putAll(overrides.headers);
    merged.queryParams.putAll(overrides.queryParams);
    return merged.build();
  }

  /** {@return a builder holding these options} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.timeout = timeout;
    builder.maxRetries = maxRetries;
    builder.retryBaseDelay = retryBaseDelay;
    builder.retryMaxDelay = retryMaxDelay;
    builder.idempotencyKey = idempotencyKey;
    builder.headers.putAll(headers);
    builder.queryParams.putAll(queryParams);
    builder.credentials = credentials;
    return builder;
  }

  /** Shows which options are set; header values and credentials are not shown. */
  @Override
  public String toString() {
    return "RequestOptions[timeout="
        + timeout
        + ", maxRetries="
        + maxRetries
        + ", retryBackoff="
        + (retryBaseDelay == null ? "null" : retryBaseDelay + ".." + retryMaxDelay)
        + ", idempotencyKey="
        + (idempotencyKey == null ? "null" : "set")
        + ", headers="
        + headers.keySet()
        + ", queryParams="
        + queryParams.keySet()
        + ", credentials="
        + (credentials == null ? "client's" : "overridden")
        + "]";
  }

  /** Collects {@link RequestOptions}. */
  public static final class Builder {
    private static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
    private static final String[] PAGING_PARAMETERS = {"limit", "offset"};

    private Duration timeout;
    private Integer maxRetries;
    private Duration retryBaseDelay;
    private Duration retryMaxDelay;
    private String idempotencyKey;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> queryParams = new LinkedHashMap<>();
    private Credentials credentials;

    private Builder() {}

    /**
     * @param timeout time allowed for the whole call, retries and waits included; positive
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout must not be null");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive, got " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * @param maxRetries how many times a failed call may be retried; 0 turns retries off
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative, got " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * @param baseDelay the first backoff step between retries, doubled at each retry; positive
     * @param maxDelay the largest step; not less than {@code baseDelay}
     * @return this builder
     */
    public Builder retryBackoff(Duration baseDelay, Duration maxDelay) {
      Objects.requireNonNull(baseDelay, "baseDelay must not be null");
      Objects.requireNonNull(maxDelay, "maxDelay must not be null");
      if (baseDelay.isNegative() || baseDelay.isZero() || maxDelay.compareTo(baseDelay) < 0) {
        throw new IllegalArgumentException(
            "retryBackoff needs 0 < baseDelay <= maxDelay, got " + baseDelay + " and " + maxDelay);
      }
      this.retryBaseDelay = baseDelay;
      this.retryMaxDelay = maxDelay;
      return this;
    }

    /**
     * Sets the {@code Idempotency-Key} of the next {@code POST}, instead of a generated one. The
     * key stands for <b>one logical call</b> (e.g. one form submission): the first {@code POST}
     * made through the view that {@code withOptions(..)} returns (or through any view derived from
     * it by a further {@code withOptions(..)}) sends it, and resends it on each of its retries; any
     * later {@code POST} through those views throws {@link IllegalStateException} before anything
     * is sent, whatever became of the first. Calls other than {@code POST} send no key and leave it
     * unspent. Call {@code withOptions(..)} again for each call: with a new key for a new call, or
     * with the same key to send the same call again (the server then answers as it did the first
     * time).
     *
     * <pre>{@code
     * client.bookings()
     *     .withOptions(RequestOptions.builder().idempotencyKey(formSubmissionId).build())
     *     .create(booking); // one view per submission
     * }</pre>
     *
     * @param idempotencyKey the key; 1 to 255 visible ASCII characters
     * @return this builder
     */
    public Builder idempotencyKey(String idempotencyKey) {
      Objects.requireNonNull(idempotencyKey, "idempotencyKey must not be null");
      if (idempotencyKey.isEmpty()
          || idempotencyKey.length() > 255
          || !idempotencyKey.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
        throw new IllegalArgumentException(
            "idempotencyKey must be 1 to 255 visible ASCII characters");
      }
      this.idempotencyKey = idempotencyKey;
      return this;
    }

    /**
     * @param name an extra header's name; not {@code Idempotency-Key}, which is set with {@link
     *     #idempotencyKey(String)}
     * @param value its value
     * @return this builder
     * @throws IllegalArgumentException if {@code name} is {@code Idempotency-Key}
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "header name must not be null");
      Objects.requireNonNull(value, () -> "value of header " + name + " must not be null");
      if (name.equalsIgnoreCase(IDEMPOTENCY_KEY_HEADER)) {
        throw new IllegalArgumentException(
            "header '"
                + name
                + "' cannot be set as an extra header: use idempotencyKey(..), which applies to"
                + " one call");
      }
      headers.put(name, value);
      return this;
    }

    /**
     * Adds a query parameter the operation does not have (such as a server-side feature flag). It
     * cannot replace one the operation has: {@code limit} and {@code offset} are refused here, and
     * a call whose operation has a parameter of that name (a filter such as {@code status} or
     * {@code userId}, a date such as {@code from}) throws {@link IllegalArgumentException} before
     * anything is sent; set those through the operation's params. Names are compared ignoring case.
     * Names and values are percent-encoded: they cannot change the path or add another parameter.
     *
     * @param name an extra query parameter's name; not {@code limit} or {@code offset}
     * @param value its value
     * @return this builder
     * @throws IllegalArgumentException if {@code name} is {@code limit} or {@code offset}
     */
    public Builder queryParam(String name, String value) {
      Objects.requireNonNull(name, "query parameter name must not be null");
      Objects.requireNonNull(value, () -> "value of query parameter " + name + " must not be null");
      for (String paging : PAGING_PARAMETERS) {
        if (name.equalsIgnoreCase(paging)) {
          throw new IllegalArgumentException(
              "query parameter '"
                  + name
                  + "' is managed by the SDK: set "
                  + paging
                  + " with the list call's params builder (e.g."
                  + " UserListParams.builder()."
                  + paging
                  + "(..)); the auto-pager moves the offset itself");
        }
      }
      queryParams.put(name, value);
      return this;
    }

    /**
     * @param credentials credentials to use instead of the client's, e.g. {@code
     *     Credentials.bearerToken(sessionToken)}
     * @return this builder
     */
    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials must not be null");
      return this;
    }

    /** {@return the options} */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
