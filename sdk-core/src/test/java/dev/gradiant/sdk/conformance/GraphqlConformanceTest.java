package dev.gradiant.sdk.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.conformance.PrismClients.Auth;
import dev.gradiant.sdk.conformance.PrismClients.Recorder;
import dev.gradiant.sdk.graphql.GraphqlDocuments;
import dev.gradiant.sdk.graphql.GraphqlError;
import dev.gradiant.sdk.graphql.GraphqlException;
import dev.gradiant.sdk.graphql.GraphqlRequest;
import dev.gradiant.sdk.graphql.GraphqlResult;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /graphql}'s answers in GraphQL's own format, asked of Prism: the partial data of the
 * {@code partialData} example and the {@code 400} validation error (the envelope errors, {@code
 * 401}, {@code 429}, {@code 5XX}, are in {@link DocumentedErrorsConformanceTest}).
 */
@Tag("conformance")
@ExtendWith(PrismExtension.class)
class GraphqlConformanceTest {
  private static final GraphqlRequest PROFILE =
      GraphqlRequest.builder()
          .query(GraphqlDocuments.read("doc004/GetUserProfile.graphql"))
          .operationName("GetUserProfile")
          .variable("userId", "user_123")
          .build();

  @Test
  void partialDataComesWithItsErrors(PrismServer prism) {
    Recorder recorder = new Recorder();
    GraphqlResult<Map<String, Object>> result;
    try (GradiantClient client =
        PrismClients.client(prism, Auth.BEARER_TOKEN, "example=partialData", recorder)) {
      result = client.graphql().execute(PROFILE);
    }

    assertThat(recorder.only().problem()).isEmpty();
    assertThat(result.data()).isPresent();
    assertThat(result.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.code()).contains("INSUFFICIENT_PERMISSIONS");
              assertThat(error.path()).containsExactly("user", "healthProfile");
              assertThat(error.locations()).containsExactly(new GraphqlError.Location(1, 91));
            });
  }

  @Test
  void aValidationErrorIsAGraphqlException(PrismServer prism) {
    Recorder recorder = new Recorder();
    GraphqlException thrown;
    try (GradiantClient client =
        PrismClients.client(prism, Auth.BEARER_TOKEN, "code=400", recorder)) {
      thrown =
          catchThrowableOfType(GraphqlException.class, () -> client.graphql().execute(PROFILE));
    }

    assertThat(recorder.only().status()).isEqualTo(400);
    assertThat(thrown.executed()).isFalse();
    assertThat(thrown.errors())
        .extracting(e -> e.code().orElseThrow())
        .containsExactly("GRAPHQL_VALIDATION_FAILED");
    assertThat(thrown.requestId()).isPresent();
  }
}
