package dev.gradiant.sdk.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A successful response: the typed data and the response's metadata. Returned by the {@code
 * withRawResponse()} view of every sub-client.
 *
 * <p>Built with {@link #builder()}; new fields may be added in a minor release (see the README's
 * compatibility rules).
 *
 * @param <T> the type of the data
 */
public final class ApiResponse<T> {
  private final T data;
  private final ResponseMetadata metadata;

  private ApiResponse(Builder<T> builder) {
    if (builder.metadata == null) {
      throw new IllegalStateException("ApiResponse.metadata is required");
    }
    this.data = builder.data;
    this.metadata = builder.metadata;
  }

  /**
   * {@return a builder with nothing set}
   *
   * @param <T> the type of the data
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** {@return a builder holding the data and metadata of this response} */
  public Builder<T> toBuilder() {
    Builder<T> builder = new Builder<>();
    builder.data = data;
    builder.metadata = metadata;
    return builder;
  }

  /**
   * {@return the decoded {@code data} of the envelope} Never null, except for an {@code
   * ApiResponse<Void>} (a {@code 204 No Content}), whose data is the only value of {@link Void}.
   */
  public T data() {
    return data;
  }

  /** {@return status, headers, request id and rate-limit budget} */
  public ResponseMetadata metadata() {
    return metadata;
  }

  /** {@return the HTTP status} */
  public int statusCode() {
    return metadata.statusCode();
  }

  /** {@return the server's request id; empty when it sent none} */
  public Optional<String> requestId() {
    return metadata.requestId();
  }

  /** {@return the rate-limit budget the response reported, if any} */
  public Optional<RateLimit> rateLimit() {
    return metadata.rateLimit();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof ApiResponse<?> other
        && Objects.equals(data, other.data)
        && metadata.equals(other.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(data, metadata);
  }

  @Override
  public String toString() {
    return "ApiResponse[data=" + data + ", metadata=" + metadata + "]";
  }

  /**
   * Collects the fields of an {@link ApiResponse}; each method rejects {@code null}.
   *
   * @param <T> the type of the data
   */
  public static final class Builder<T> {
    private T data;
    private ResponseMetadata metadata;

    private Builder() {}

    /**
     * @param data the decoded data (leave it unset for an {@code ApiResponse<Void>})
     * @return this builder
     */
    public Builder<T> data(T data) {
      this.data = Objects.requireNonNull(data, "data must not be null");
      return this;
    }

    /**
     * @param metadata status, headers, request id and rate-limit budget (required)
     * @return this builder
     */
    public Builder<T> metadata(ResponseMetadata metadata) {
      this.metadata = Objects.requireNonNull(metadata, "metadata must not be null");
      return this;
    }

    /**
     * @return the response
     * @throws IllegalStateException if {@code metadata} is unset
     */
    public ApiResponse<T> build() {
      return new ApiResponse<>(this);
    }
  }
}
