package dev.gradiant.sdk.internal.resilience;

import dev.gradiant.sdk.core.ResponseMetadata;
import dev.gradiant.sdk.errors.ApiError;
import dev.gradiant.sdk.errors.ApiException;
import dev.gradiant.sdk.errors.ApiTimeoutException;
import dev.gradiant.sdk.errors.AuthenticationException;
import dev.gradiant.sdk.errors.BadRequestException;
import dev.gradiant.sdk.errors.BookingConflictException;
import dev.gradiant.sdk.errors.ConflictException;
import dev.gradiant.sdk.errors.ConnectionException;
import dev.gradiant.sdk.errors.CredentialsRenewedException;
import dev.gradiant.sdk.errors.GradiantException;
import dev.gradiant.sdk.errors.InvalidBookingStatusException;
import dev.gradiant.sdk.errors.MalformedResponseException;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.errors.PermissionDeniedException;
import dev.gradiant.sdk.errors.PractitionerUnavailableException;
import dev.gradiant.sdk.errors.RateLimitException;
import dev.gradiant.sdk.errors.ServerException;
import dev.gradiant.sdk.errors.UnexpectedRedirectException;
import dev.gradiant.sdk.errors.UnprocessableEntityException;
import java.util.Map;
import java.util.Objects;

/**
 * Gives the exception that ends a call the call's own attempt count and last retry reason. Most
 * already carry them, being made from the call's last answer; two kinds do not: what the
 * credentials threw (the token endpoint's answer to the refresh, whose attempts are the refresh
 * call's), and what a layer inside the retry loop threw on its own (the rate limit refusing to
 * wait). Such an exception is rebuilt as the same class with the same status, error, headers,
 * request id and body excerpt (those of the answer that failed, e.g. the token endpoint's), and the
 * call's attempts. An exception of a class the SDK does not make (a refresher's own subclass) is
 * left as it is, as are {@code ClientFailureException} and {@code ResponseTooLargeException}.
 */
final class AttemptsStamp {
  /** Makes an exception of one {@link ApiException} class. */
  private interface ApiExceptionMaker {
    ApiException make(ApiError error, ResponseMetadata metadata, String rawBody);
  }

  /** Every class of {@link ApiException} the SDK throws, by its exact class. */
  private static final Map<Class<?>, ApiExceptionMaker> MAKERS =
      Map.ofEntries(
          Map.entry(ApiException.class, ApiException::new),
          Map.entry(BadRequestException.class, BadRequestException::new),
          Map.entry(AuthenticationException.class, AuthenticationException::new),
          Map.entry(CredentialsRenewedException.class, CredentialsRenewedException::new),
          Map.entry(PermissionDeniedException.class, PermissionDeniedException::new),
          Map.entry(NotFoundException.class, NotFoundException::new),
          Map.entry(ConflictException.class, ConflictException::new),
          Map.entry(BookingConflictException.class, BookingConflictException::new),
          Map.entry(PractitionerUnavailableException.class, PractitionerUnavailableException::new),
          Map.entry(InvalidBookingStatusException.class, InvalidBookingStatusException::new),
          Map.entry(UnprocessableEntityException.class, UnprocessableEntityException::new),
          Map.entry(RateLimitException.class, RateLimitException::new),
          Map.entry(ServerException.class, ServerException::new),
          Map.entry(UnexpectedRedirectException.class, UnexpectedRedirectException::new),
          Map.entry(MalformedResponseException.class, MalformedResponseException::new));

  private AttemptsStamp() {}

  /**
   * {@return {@code failure} reporting {@code attempts} and {@code reason}: itself when it already
   * does or cannot be rebuilt, else a copy}
   *
   * @param failure what ends the call
   * @param attempts how many attempts the call made
   * @param reason why the call last retried, or {@code null}
   */
  static Throwable of(Throwable failure, int attempts, String reason) {
    if (!(failure instanceof GradiantException stamped)
        || (stamped.attempts() == attempts
            && Objects.equals(stamped.retryReason().orElse(null), reason))) {
      return failure;
    }
    if (failure instanceof ApiException api) {
      ApiExceptionMaker maker = MAKERS.get(api.getClass());
      if (maker == null) {
        return failure;
      }
      ResponseMetadata metadata = api.metadata();
      ResponseMetadata.Builder copy =
          ResponseMetadata.builder()
              .statusCode(metadata.statusCode())
              .headers(metadata.headers())
              .attempts(attempts)
              .inferredFromRetry(metadata.inferredFromRetry());
      metadata.requestId().ifPresent(copy::requestId);
      if (reason != null) {
        copy.retryReason(reason);
      }
      return maker.make(api.error(), copy.build(), api.rawBody());
    }
    String message =
        attempts == 1 ? failure.getMessage() : failure.getMessage() + afterAttempts(attempts);
    if (failure.getClass() == ApiTimeoutException.class) {
      return new ApiTimeoutException(message, failure.getCause(), attempts, reason);
    }
    if (failure.getClass() == ConnectionException.class) {
      return new ConnectionException(message, failure.getCause(), attempts, reason);
    }
    return failure;
  }

  private static String afterAttempts(int attempts) {
    return " (after " + attempts + " attempts)";
  }
}
