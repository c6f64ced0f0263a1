package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.core.ResponseMetadata;
import dev.gradiant.sdk.errors.ApiError;
import dev.gradiant.sdk.errors.ApiException;
import dev.gradiant.sdk.errors.AuthenticationException;
import dev.gradiant.sdk.errors.BadRequestException;
import dev.gradiant.sdk.errors.BookingConflictException;
import dev.gradiant.sdk.errors.ConflictException;
import dev.gradiant.sdk.errors.CredentialsRenewedException;
import dev.gradiant.sdk.errors.InvalidBookingStatusException;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.errors.PayloadTooLargeException;
import dev.gradiant.sdk.errors.PaymentRequiredException;
import dev.gradiant.sdk.errors.PermissionDeniedException;
import dev.gradiant.sdk.errors.PractitionerUnavailableException;
import dev.gradiant.sdk.errors.RateLimitException;
import dev.gradiant.sdk.errors.ServerException;
import dev.gradiant.sdk.errors.UnexpectedRedirectException;
import dev.gradiant.sdk.errors.UnprocessableEntityException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The one place where an error status becomes a typed exception. */
public final class ErrorMapper {
  private ErrorMapper() {}

  /**
   * The exception for a non-2xx response: the status's own subclass of {@link ApiException}, a
   * {@link UnexpectedRedirectException} for any {@code 3xx}, else {@link ApiException} itself. A
   * {@code 401} after which the credentials were renewed ({@link
   * HttpResponse#credentialsRenewed()}, returned when the call could not be repeated) is a {@link
   * CredentialsRenewedException}.
   */
  public static ApiException toException(HttpResponse response) {
    ErrorBodyParser.Parsed parsed =
        ErrorBodyParser.parse(response.statusCode(), response.reasonPhrase(), response.body());
    ResponseMetadata metadata = ResponseMetadataReader.read(response, parsed.bodyRequestId());
    ApiError error = parsed.error();
    String raw = ErrorBodyExcerpt.of(response.body());
    int status = response.statusCode();
    return switch (status) {
      case 400 -> new BadRequestException(error, metadata, raw);
      case 401 ->
          response.credentialsRenewed()
              ? new CredentialsRenewedException(error, metadata, raw)
              : new AuthenticationException(error, metadata, raw);
      case 402 -> new PaymentRequiredException(error, metadata, raw);
      case 403 -> new PermissionDeniedException(error, metadata, raw);
      case 404 -> new NotFoundException(error, metadata, raw);
      case 409 -> conflict(error, metadata, raw);
      case 413 -> new PayloadTooLargeException(error, metadata, raw);
      case 422 -> new UnprocessableEntityException(error, metadata, raw);
      case 429 -> new RateLimitException(error, metadata, raw);
      default -> {
        if (status >= 500) {
          yield new ServerException(error, metadata, raw);
        }
        // No redirect is followed (see GradiantClientBuilder): a 3xx reaches the caller as is.
        yield status >= 300 && status < 400
            ? new UnexpectedRedirectException(error, metadata, raw)
            : new ApiException(error, metadata, raw);
      }
    };
  }

  /**
   * A {@code 409}, typed by its error code when the code names a booking problem. Codes are
   * compared case-insensitively (the contract says so; some servers answer in lower case).
   */
  private static ConflictException conflict(ApiError error, ResponseMetadata metadata, String raw) {
    String code = error.code().map(c -> c.strip().toUpperCase(Locale.ROOT)).orElse("");
    return switch (code) {
      case "BOOKING_CONFLICT" -> new BookingConflictException(error, metadata, raw);
      case "PRACTITIONER_UNAVAILABLE" -> new PractitionerUnavailableException(error, metadata, raw);
      case "INVALID_BOOKING_STATUS" -> new InvalidBookingStatusException(error, metadata, raw);
      default -> new ConflictException(error, metadata, raw);
    };
  }

  /** The body as text, decoded as UTF-8 and cut to the excerpt length before decoding. */
  static String rawText(byte[] body) {
    int length = Math.min(body.length, ApiException.MAX_RAW_BODY_CHARS * 4);
    return new String(body, 0, length, StandardCharsets.UTF_8);
  }
}
