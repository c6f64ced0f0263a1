package dev.gradiant.sdk.errors;

import dev.gradiant.sdk.core.ResponseMetadata;
import java.util.Optional;

/**
 * The server answered with a {@code 3xx} status. The SDK follows no redirects, on the OkHttp client
 * it builds and on one handed in: following one could carry the request's credentials, {@code
 * Idempotency-Key} and body to another origin, or over plain HTTP. Nothing was sent after the
 * redirect and the call was not retried. {@link #location()} says where the server pointed; if the
 * API has moved there, configure that address as the client's base URL.
 */
public class UnexpectedRedirectException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** The header of a redirect that says where to. */
  public static final String LOCATION_HEADER = "Location";

  /** The {@code Location} header, kept apart so that it survives serialization. */
  private final String location;

  /**
   * @param error what the body said (usually only the status's reason)
   * @param metadata status, headers and request id of the response
   * @param rawBody the response body as text (kept bounded)
   */
  public UnexpectedRedirectException(ApiError error, ResponseMetadata metadata, String rawBody) {
    super(error, metadata, rawBody);
    this.location = metadata.headers().last(LOCATION_HEADER).orElse(null);
  }

  /**
   * {@return the {@code Location} the server redirected to, as it sent it (possibly relative);
   * empty when it sent none} It was not followed.
   */
  public Optional<String> location() {
    return Optional.ofNullable(location);
  }
}
