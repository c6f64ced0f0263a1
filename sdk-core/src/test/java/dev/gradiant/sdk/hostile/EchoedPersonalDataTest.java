package dev.gradiant.sdk.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import dev.gradiant.sdk.AsyncResults;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.errors.ApiException;
import dev.gradiant.sdk.errors.FieldError;
import dev.gradiant.sdk.errors.UnprocessableEntityException;
import dev.gradiant.sdk.users.HealthProfileUpdateParams;
import dev.gradiant.sdk.users.UserCreateParams;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A server that echoes what the request sent in its error body (a 422 quoting the email address or
 * a health condition, as validation frameworks do) cannot make the exception leak it: {@code
 * rawBody()}, {@code getMessage()} and {@code toString()} are what apps log, and they never hold
 * the echoed values, on the blocking face and on the async face.
 */
class EchoedPersonalDataTest {
  private static final String EMAIL = "jane@clinic.example";
  private static final String CONDITION = "type 2 diabetes";

  /** The Gradiant envelope, with the value in its details and the whole request echoed. */
  private static final String GRADIANT =
      """
      {"error": {"code": "VALIDATION_ERROR", "message": "1 field is invalid",
                 "details": [{"field": "email", "issue": "Already registered",
                              "value": "jane@clinic.example"}]},
       "received": {"email": "jane@clinic.example", "conditions": ["type 2 diabetes"]},
       "meta": {"requestId": "req_echo_1"}}""";

  /** JSON:API errors, with the value in {@code meta}. */
  private static final String JSON_API =
      """
      {"errors": [{"status": "422", "code": "VALIDATION_ERROR", "title": "Validation Error",
                   "detail": "The conditions field has an unknown entry",
                   "source": {"pointer": "/data/attributes/conditions"},
                   "meta": {"field": "conditions", "value": "type 2 diabetes",
                            "email": "jane@clinic.example"}}],
       "meta": {"request_id": "req_echo_1"}}""";

  /** FastAPI / pydantic v2: each item of {@code detail} carries the {@code input} it refused. */
  private static final String PYDANTIC =
      """
      {"detail": [{"type": "value_error", "loc": ["body", "email"],
                   "msg": "value is not a valid email address", "input": "jane@clinic.example"},
                  {"type": "list_type", "loc": ["body", "conditions"],
                   "msg": "Input should be a valid list",
                   "input": {"conditions": "type 2 diabetes", "email": "jane@clinic.example"}}]}""";

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  /** One call of each face that sends personal data. */
  enum Face implements Function<GradiantClient, ApiException> {
    BLOCKING_CREATE_USER {
      @Override
      public ApiException apply(GradiantClient client) {
        return catchThrowableOfType(
            UnprocessableEntityException.class,
            () -> client.users().create(UserCreateParams.builder().email(EMAIL).build()));
      }
    },
    BLOCKING_HEALTH_PROFILE {
      @Override
      public ApiException apply(GradiantClient client) {
        return catchThrowableOfType(
            UnprocessableEntityException.class,
            () -> client.users().updateHealthProfile("user_1", healthProfile()));
      }
    },
    ASYNC_CREATE_USER {
      @Override
      public ApiException apply(GradiantClient client) {
        return AsyncResults.failure(
            UnprocessableEntityException.class,
            client.async().users().create(UserCreateParams.builder().email(EMAIL).build()));
      }
    },
    ASYNC_HEALTH_PROFILE {
      @Override
      public ApiException apply(GradiantClient client) {
        return AsyncResults.failure(
            UnprocessableEntityException.class,
            client.async().users().updateHealthProfile("user_1", healthProfile()));
      }
    };

    private static HealthProfileUpdateParams healthProfile() {
      return HealthProfileUpdateParams.builder().conditions(List.of(CONDITION)).build();
    }
  }

  static Stream<Arguments> echoes() {
    return Stream.of(Face.values())
        .flatMap(
            face ->
                Stream.of(
                    Arguments.of(face, "gradiant", GRADIANT),
                    Arguments.of(face, "json:api", JSON_API),
                    Arguments.of(face, "pydantic", PYDANTIC)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("echoes")
  void theEchoedValuesReachNoTextAnAppLogs(Face face, String shape, String body) {
    api.enqueueJson(422, body, "X-Request-ID", "req_echo_1");

    ApiException e = face.apply(client);

    RecordedRequest sent = api.takeRequest();
    assertThat(sent.getBody().utf8())
        .as("the request really carried the value the server echoes")
        .containsAnyOf(EMAIL, CONDITION);
    assertThat(e.statusCode()).isEqualTo(422);
    for (String text : List.of(e.rawBody(), e.getMessage(), e.toString())) {
      assertThat(text).doesNotContain(EMAIL).doesNotContain(CONDITION).doesNotContain("jane");
    }
    assertThat(e.rawBody())
        .as("the excerpt keeps its shape and what is safe to show")
        .startsWith("{")
        .contains("***");
    if (!shape.equals("pydantic")) {
      assertThat(e.rawBody()).contains("\"code\":\"VALIDATION_ERROR\"").contains("req_echo_1");
      assertThat(e.errorCode()).isEqualTo("VALIDATION_ERROR");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faces")
  void theParsedErrorStaysAsTheServerSentIt(Face face) {
    api.enqueueJson(422, GRADIANT);

    ApiException e = face.apply(client);

    assertThat(e.serverMessage()).isEqualTo("1 field is invalid");
    assertThat(e.fieldErrors()).containsExactly(new FieldError("email", "Already registered"));
    assertThat(e.details())
        .asInstanceOf(LIST)
        .first(MAP)
        .as("details are the server's, for the developer to read")
        .containsEntry("value", EMAIL);
  }

  static Stream<Face> faces() {
    return Stream.of(Face.values());
  }
}
