package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.ResponseMetadata;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Makes the {@link ApiResponse}s of successful calls, whose {@link ApiResponse#metadata()} is read
 * from the answer only when first asked for: most calls return only the data, and copying the
 * headers into a {@link ResponseMetadata} was a good part of what the SDK's layers cost a call.
 * {@code ApiResponse} hands its private constructor over when it is initialised, as the sub-clients
 * hand theirs to {@link SubClientFactories}.
 */
public final class ApiResponses {
  private static volatile BiFunction<Object, Supplier<ResponseMetadata>, ApiResponse<?>> factory;

  private ApiResponses() {}

  /**
   * Called once, by {@link ApiResponse}'s static initialiser.
   *
   * @param lazy makes a response of the data and the source of its metadata
   */
  public static void register(BiFunction<Object, Supplier<ResponseMetadata>, ApiResponse<?>> lazy) {
    factory = lazy;
  }

  /**
   * @param data the decoded data
   * @param metadata reads the metadata, the first time it is asked for
   * @param <T> the data type
   * @return the response
   */
  @SuppressWarnings("unchecked") // the factory returns an ApiResponse of the data it is given
  static <T> ApiResponse<T> of(T data, Supplier<ResponseMetadata> metadata) {
    BiFunction<Object, Supplier<ResponseMetadata>, ApiResponse<?>> lazy = factory;
    if (lazy == null) {
      ApiResponse.builder(); // initialises ApiResponse, which registers
      lazy = factory;
    }
    return (ApiResponse<T>) lazy.apply(data, metadata);
  }
}
