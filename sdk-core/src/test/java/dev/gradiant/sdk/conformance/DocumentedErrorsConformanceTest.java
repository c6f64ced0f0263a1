package dev.gradiant.sdk.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.conformance.PrismClients.Auth;
import dev.gradiant.sdk.conformance.PrismClients.Recorder;
import dev.gradiant.sdk.contract.OpenApiSpec;
import dev.gradiant.sdk.contract.SdkCall;
import dev.gradiant.sdk.contract.SdkCalls;
import dev.gradiant.sdk.errors.ApiException;
import dev.gradiant.sdk.errors.AuthenticationException;
import dev.gradiant.sdk.errors.BadRequestException;
import dev.gradiant.sdk.errors.BookingConflictException;
import dev.gradiant.sdk.errors.ConflictException;
import dev.gradiant.sdk.errors.InvalidBookingStatusException;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.errors.PayloadTooLargeException;
import dev.gradiant.sdk.errors.PaymentRequiredException;
import dev.gradiant.sdk.errors.PermissionDeniedException;
import dev.gradiant.sdk.errors.PractitionerUnavailableException;
import dev.gradiant.sdk.errors.RateLimitException;
import dev.gradiant.sdk.errors.ServerException;
import dev.gradiant.sdk.errors.UnprocessableEntityException;
import dev.gradiant.sdk.wearables.WearableIngestException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error answer the spec documents, for every operation and each of its examples (read from
 * the spec, so a newly documented error is covered without touching this class), asked of Prism
 * with {@code Prefer: code=..., example=...}: the SDK must throw the exception type for that status
 * and code, carrying the example's code, the documented request id, rate-limit headers and {@code
 * Retry-After}.
 */
@Tag("conformance")
@ExtendWith(PrismExtension.class)
class DocumentedErrorsConformanceTest {

  static List<DocumentedError> documentedErrors() {
    return DocumentedError.of(OpenApiSpec.gradiantV1());
  }

  @Test
  void theSpecDocumentsErrorsToAskFor() {
    assertThat(documentedErrors())
        .extracting(DocumentedError::status)
        .contains(400, 401, 403, 404, 409, 422, 429, 500, 503);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentedErrors")
  void theSdkThrowsTheTypedExceptionForTheDocumentedAnswer(
      DocumentedError documented, PrismServer prism) {
    SdkCall call = firstCallOf(documented.operationId());
    Recorder recorder = new Recorder();
    ApiException thrown;
    try (GradiantClient client =
        PrismClients.client(prism, Auth.BEARER_TOKEN, documented.prefer(), recorder)) {
      thrown = catchThrowableOfType(ApiException.class, () -> invoke(call, client));
    }

    PrismExchange exchange = recorder.only();
    assertThat(exchange.violations()).as("sl-violations of %s", exchange).isNull();
    assertThat(exchange.status())
        .as("what Prism answered %s with", call)
        .isEqualTo(documented.status());
    assertThat(thrown).as("what %s threw for %s", call, exchange).isNotNull();
    assertThat(thrown)
        .as("what %s threw for %s", call, exchange)
        .isExactlyInstanceOf(expectedType(documented));
    assertThat(thrown.statusCode()).isEqualTo(documented.status());
    assertThat(thrown.errorCode()).as("error code").contains(documented.errorCode());
    assertThat(thrown.requestId())
        .as("request id")
        .isEqualTo(Optional.ofNullable(documented.requestId()));
    String retryAfter = documented.headers().get("Retry-After");
    assertThat(thrown.headers().last("Retry-After").orElse(null))
        .as("Retry-After")
        .isEqualTo(retryAfter);
    if (thrown instanceof RateLimitException rateLimited) {
      assertThat(retryAfter).as("the documented Retry-After of a 429").isNotNull();
      assertThat(rateLimited.retryAfter()).contains(Duration.ofSeconds(Long.parseLong(retryAfter)));
    }
    String limit = documented.headers().get("X-RateLimit-Limit");
    if (limit != null) {
      assertThat(thrown.rateLimit())
          .hasValueSatisfying(
              rateLimit -> {
                assertThat(rateLimit.limit()).isEqualTo(Long.parseLong(limit));
                assertThat(rateLimit.remaining())
                    .isEqualTo(Long.parseLong(documented.headers().get("X-RateLimit-Remaining")));
                assertThat(rateLimit.resetAt().getEpochSecond())
                    .isEqualTo(Long.parseLong(documented.headers().get("X-RateLimit-Reset")));
              });
    }
  }

  /**
   * The exception the SDK must throw for a status and error code. A status not listed here fails
   * the test: decide which type the SDK throws for it, then add it.
   */
  static Class<? extends ApiException> expectedType(DocumentedError documented) {
    int status = documented.status();
    if (status >= 500 && status <= 599) {
      return ServerException.class;
    }
    return switch (status) {
      case 400 -> BadRequestException.class;
      case 401 -> AuthenticationException.class;
      case 402 -> PaymentRequiredException.class;
      case 403 -> PermissionDeniedException.class;
      case 404 -> NotFoundException.class;
      case 409 -> conflictType(documented.errorCode());
      case 413 -> PayloadTooLargeException.class;
      case 422 -> UnprocessableEntityException.class;
      case 429 -> RateLimitException.class;
      default ->
          throw new AssertionError(
              "The spec documents status "
                  + status
                  + " for "
                  + documented.operationId()
                  + ": decide which exception the SDK throws for it and add it here");
    };
  }

  private static Class<? extends ConflictException> conflictType(String code) {
    return switch (code == null ? "" : code.toUpperCase(Locale.ROOT)) {
      case "BOOKING_CONFLICT" -> BookingConflictException.class;
      case "PRACTITIONER_UNAVAILABLE" -> PractitionerUnavailableException.class;
      case "INVALID_BOOKING_STATUS" -> InvalidBookingStatusException.class;
      default -> ConflictException.class;
    };
  }

  /**
   * Makes the call; a wearable batch that stopped at its first request is judged by that request's
   * exception, which the {@link WearableIngestException} carries as its cause.
   */
  private static Object invoke(SdkCall call, GradiantClient client) {
    try {
      return call.invoke().apply(client);
    } catch (WearableIngestException stopped) {
      throw (RuntimeException) stopped.getCause();
    }
  }

  private static SdkCall firstCallOf(String operationId) {
    return SdkCalls.all().stream()
        .filter(call -> call.operationId().equals(operationId))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError("no SdkCall reaches " + operationId + ": add one to SdkCalls"));
  }
}
