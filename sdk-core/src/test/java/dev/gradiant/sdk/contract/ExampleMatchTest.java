package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.gradiant.sdk.auth.OAuthToken;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.HttpHeaders;
import dev.gradiant.sdk.core.ResponseMetadata;
import dev.gradiant.sdk.sessions.CheckpointResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The example comparison reads envelopes, unwrapped snake_case answers and answers without content
 * as the spec documents them, and fails when the typed result lost or changed a value.
 */
class ExampleMatchTest {
  private static final OpenApiSpec SPEC = OpenApiSpec.gradiantV1();

  @Test
  void aNoContentResponseMatchesNothingReturnedAndAnEmptyApiResponse() {
    DocumentedResponse noContent = documented("deleteSession");

    assertThat(noContent.body()).isNull();
    assertThatCode(() -> ExampleMatch.assertMatches(null, noContent)).doesNotThrowAnyException();
    assertThatCode(() -> ExampleMatch.assertMatches(raw(null, noContent), noContent))
        .doesNotThrowAnyException();
  }

  @Test
  void aNoContentResponseDoesNotMatchData() {
    DocumentedResponse noContent = documented("sendOtp");

    assertThatThrownBy(
            () ->
                ExampleMatch.assertMatches(CheckpointResult.builder().ok(true).build(), noContent))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("documented without content");
  }

  @Test
  void anApiResponseMustCarryTheDocumentedStatus() {
    DocumentedResponse noContent = documented("deleteWebhookEndpoint");
    ResponseMetadata ok =
        ResponseMetadata.builder()
            .statusCode(200)
            .headers(HttpHeaders.of(noContent.headers().toMultimap()))
            .requestId("req_123")
            .build();

    assertThatThrownBy(
            () -> ExampleMatch.assertMatches(ApiResponse.builder().metadata(ok).build(), noContent))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("status");
  }

  @Test
  void anUnwrappedSnakeCaseExampleIsComparedWhole() {
    DocumentedResponse token = documented("exchangeOAuthToken");
    OAuthToken read =
        OAuthToken.builder()
            .accessToken("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...")
            .tokenType("Bearer")
            .expiresIn(3600L)
            .refreshToken("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...")
            .scope("read:profile write:bookings")
            .build();

    assertThatCode(() -> ExampleMatch.assertMatches(read, token)).doesNotThrowAnyException();
    assertThatCode(() -> ExampleMatch.assertMatches(raw(read, token), token))
        .doesNotThrowAnyException();
  }

  @Test
  void anUnwrappedExampleReportsAValueTheTypedResultLost() {
    DocumentedResponse token = documented("exchangeOAuthToken");
    OAuthToken withoutScope =
        OAuthToken.builder()
            .accessToken("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...")
            .tokenType("Bearer")
            .expiresIn(3600L)
            .refreshToken("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...")
            .build();

    assertThatThrownBy(() -> ExampleMatch.assertMatches(withoutScope, token))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("/scope: expected \"read:profile write:bookings\"");
  }

  @Test
  void onlyAnExampleWithDataAndMetaIsReadAsAnEnvelope() {
    DocumentedResponse unwrappedWithData =
        new DocumentedResponse(
            200,
            documented("exchangeOAuthToken").headers(),
            JsonNodeFactory.instance.objectNode().put("data", "x").put("kind", "y"),
            null,
            "application/json");

    assertThatCode(
            () -> ExampleMatch.assertMatches(Map.of("data", "x", "kind", "y"), unwrappedWithData))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> ExampleMatch.assertMatches("x", unwrappedWithData))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void anEnvelopedExampleIsComparedByItsData() {
    DocumentedResponse saved = documented("checkpointSession");

    assertThatCode(
            () -> ExampleMatch.assertMatches(CheckpointResult.builder().ok(true).build(), saved))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () -> ExampleMatch.assertMatches(CheckpointResult.builder().ok(false).build(), saved))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("/ok: expected true, got false");
    assertThatThrownBy(() -> ExampleMatch.assertMatches(null, saved))
        .isInstanceOf(AssertionError.class);
  }

  private static DocumentedResponse documented(String operationId) {
    SpecOperation op =
        SPEC.operations().stream()
            .filter(o -> o.operationId().equals(operationId))
            .findFirst()
            .orElseThrow();
    return DocumentedResponse.of(SPEC, op);
  }

  private static <T> ApiResponse<T> raw(T data, DocumentedResponse documented) {
    ResponseMetadata.Builder metadata =
        ResponseMetadata.builder()
            .statusCode(documented.status())
            .headers(HttpHeaders.of(documented.headers().toMultimap()));
    String requestId = documented.headers().get("X-Request-ID");
    if (requestId != null) {
      metadata.requestId(requestId);
    }
    ApiResponse.Builder<T> response = ApiResponse.<T>builder().metadata(metadata.build());
    if (data != null) {
      response.data(data);
    }
    return response.build();
  }
}
