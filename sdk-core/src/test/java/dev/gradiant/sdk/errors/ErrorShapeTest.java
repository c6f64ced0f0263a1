package dev.gradiant.sdk.errors;

import static dev.gradiant.sdk.GrowableShape.assertGrowable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ApiError} and {@link FieldError} can gain fields without breaking callers, and return
 * {@code Optional} for what an error body may leave out.
 */
class ErrorShapeTest {
  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @Test
  void bothAreGrowableFinalClasses() {
    assertGrowable(ApiError.class);
    assertGrowable(FieldError.class);
  }

  @Test
  void apiErrorRoundTripsEveryField() {
    ApiError error =
        ApiError.builder()
            .code("VALIDATION_ERROR")
            .message("Invalid input parameters")
            .details(Map.of("field", "email"))
            .fieldErrors(List.of(FieldError.builder().field("email").message("invalid").build()))
            .build();

    ApiError copy = error.toBuilder().build();

    assertThat(copy).isEqualTo(error).hasSameHashCodeAs(error).isNotSameAs(error);
    assertThat(copy.code()).contains("VALIDATION_ERROR");
    assertThat(copy.message()).isEqualTo("Invalid input parameters");
    assertThat(copy.details()).contains(Map.of("field", "email"));
    assertThat(copy.fieldErrors())
        .containsExactly(FieldError.builder().field("email").message("invalid").build());
  }

  @Test
  void fieldErrorRoundTripsEveryField() {
    FieldError error = FieldError.builder().field("address.city").message("required").build();

    FieldError copy = error.toBuilder().build();

    assertThat(copy).isEqualTo(error).hasSameHashCodeAs(error).isNotSameAs(error);
    assertThat(copy.field()).contains("address.city");
    assertThat(copy.message()).isEqualTo("required");
  }

  @Test
  void whatIsLeftOutIsEmptyAndTheMessageIsRequired() {
    ApiError error = ApiError.builder().message("Not Found").build();

    assertThat(error.code()).isEmpty();
    assertThat(error.details()).isEmpty();
    assertThat(error.fieldErrors()).isEmpty();
    assertThat(FieldError.builder().message("required").build().field()).isEmpty();
    assertThatThrownBy(() -> ApiError.builder().code("X").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ApiError.message is required");
    assertThatThrownBy(() -> FieldError.builder().field("email").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("FieldError.message is required");
  }

  @Test
  void buildersRejectNullNamingTheField() {
    assertThatThrownBy(() -> ApiError.builder().code(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("code");
    assertThatThrownBy(() -> ApiError.builder().details(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("details");
    assertThatThrownBy(() -> FieldError.builder().field(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("field");
  }

  @Test
  void aBodyWithoutCodeOrDetailsReadsEmpty() {
    api.enqueueJson(404, "{\"error\": {\"message\": \"User not found\"}}");

    NotFoundException e =
        catchThrowableOfType(NotFoundException.class, () -> client.users().get("user_404"));

    assertThat(e.serverMessage()).isEqualTo("User not found");
    assertThat(e.errorCode()).isEmpty();
    assertThat(e.details()).isEmpty();
    assertThat(e.error().details()).isEmpty();
    assertThat(e.fieldErrors()).isEmpty();
  }

  @Test
  void aFieldNamedWithoutAMessageStillBecomesAFieldError() {
    api.enqueueJson(
        422,
        "{\"error\": {\"code\": \"VALIDATION_ERROR\", \"message\": \"Invalid\","
            + " \"details\": [{\"field\": \"email\"}]}}");

    UnprocessableEntityException e =
        catchThrowableOfType(UnprocessableEntityException.class, () -> client.users().me());

    assertThat(e.fieldErrors())
        .containsExactly(FieldError.builder().field("email").message("invalid").build());
  }

  @Test
  void aValidationItemWithoutLocationHasNoField() {
    api.enqueueJson(422, "{\"detail\": [{\"msg\": \"body is not valid\"}]}");

    UnprocessableEntityException e =
        catchThrowableOfType(UnprocessableEntityException.class, () -> client.users().me());

    assertThat(e.fieldErrors()).hasSize(1);
    assertThat(e.fieldErrors().get(0).field()).isEmpty();
    assertThat(e.fieldErrors().get(0).message()).isEqualTo("body is not valid");
  }
}
