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
import dev.gradiant.sdk.errors.MalformedResponseException;
import dev.gradiant.sdk.errors.UnprocessableEntityException;
import dev.gradiant.sdk.users.HealthProfileUpdateParams;
import dev.gradiant.sdk.users.UserCreateParams;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A server that echoes what the request sent in its error body (a 422 quoting the email address or
 * a health condition, as validation frameworks do) cannot make the exception leak it: {@code
 * rawBody()}, {@code getMessage()} and {@code toString()} are what apps log, and they never hold
 * the echoed values, on the blocking face and on the async face. A body that is not JSON keeps its
 * text with email addresses and long digit runs masked.
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

  /** A call that sends personal data, made through either face. */
  enum PersonalDataCall {
    CREATE_USER {
      @Override
      Object make(Face face, GradiantClient client) {
        UserCreateParams params = UserCreateParams.builder().email(EMAIL).build();
        return face.call(client, c -> c.users().create(params), a -> a.users().create(params));
      }
    },
    HEALTH_PROFILE {
      @Override
      Object make(Face face, GradiantClient client) {
        HealthProfileUpdateParams params =
            HealthProfileUpdateParams.builder().conditions(List.of(CONDITION)).build();
        return face.call(
            client,
            c -> c.users().updateHealthProfile("user_1", params),
            a -> a.users().updateHealthProfile("user_1", params));
      }
    };

    abstract Object make(Face face, GradiantClient client);

    /** {@return what the call failed with, checked to be the 422's exception} */
    ApiException failure(Face face, GradiantClient client) {
      return catchThrowableOfType(UnprocessableEntityException.class, () -> make(face, client));
    }
  }

  static Stream<Arguments> echoes() {
    return faces()
        .flatMap(
            faceAndCall ->
                Stream.of(
                    Arguments.of(faceAndCall.get()[0], faceAndCall.get()[1], "gradiant", GRADIANT),
                    Arguments.of(faceAndCall.get()[0], faceAndCall.get()[1], "json:api", JSON_API),
                    Arguments.of(
                        faceAndCall.get()[0], faceAndCall.get()[1], "pydantic", PYDANTIC)));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("echoes")
  void theEchoedValuesReachNoTextAnAppLogs(
      Face face, PersonalDataCall call, String shape, String body) {
    api.enqueueJson(422, body, "X-Request-ID", "req_echo_1");

    ApiException e = call.failure(face, client);

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
      assertThat(e.errorCode()).contains("VALIDATION_ERROR");
    }
  }

  /** What a plain-text 422 from a validation layer echoes: email, phone and date of birth. */
  private static final String PLAIN_TEXT =
      "Validation failed for jane@clinic.example: phone +1 (555) 123-4567 and date of birth"
          + " 1990-01-02 are not accepted (code 422)";

  /** An HTML error page from a gateway echoing the same, in other formats. */
  private static final String HTML =
      "<html><head><title>422 Unprocessable</title></head><body><h1>Rejected</h1>"
          + "<p>jane@clinic.example, 555.123.4567, born 02/01/1990</p></body></html>";

  static Stream<Arguments> nonJsonEchoes() {
    return Stream.of(Face.values())
        .flatMap(
            face ->
                Stream.of(
                    Arguments.of(face, "text/plain", PLAIN_TEXT),
                    Arguments.of(face, "text/html", HTML)));
  }

  /**
   * A body that is not JSON is kept as text, so that a proxy's page still says what went wrong, but
   * with the email address and every run of six or more digits (phone, date of birth) masked.
   */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("nonJsonEchoes")
  void aBodyThatIsNotJsonKeepsItsTextButNotTheEchoedValues(
      Face face, String contentType, String body) {
    api.enqueue(
        new MockResponse.Builder()
            .code(422)
            .addHeader("Content-Type", contentType)
            .body(body)
            .build());

    ApiException e = PersonalDataCall.CREATE_USER.failure(face, client);

    assertThat(e.statusCode()).isEqualTo(422);
    for (String text : List.of(e.rawBody(), e.getMessage(), e.toString())) {
      assertThat(text)
          .doesNotContain(EMAIL)
          .doesNotContain("clinic.example")
          .doesNotContain("555")
          .doesNotContain("4567")
          .doesNotContain("1990");
    }
    if (contentType.equals("text/plain")) {
      assertThat(e.rawBody())
          .isEqualTo(
              "Validation failed for ***: phone +*** and date of birth *** are not accepted"
                  + " (code 422)");
    } else {
      assertThat(e.rawBody())
          .isEqualTo(
              "<html><head><title>422 Unprocessable</title></head><body><h1>Rejected</h1>"
                  + "<p>***, ***, born ***</p></body></html>");
    }
  }

  /** The excerpt of a success body that cannot be read follows the same rule. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(booleans = {false, true})
  void aSuccessBodyThatIsNotJsonIsMaskedTheSameWay(boolean async) {
    api.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "text/html")
            .body(HTML)
            .build());

    MalformedResponseException e =
        async
            ? AsyncResults.failure(
                MalformedResponseException.class, client.async().users().get("user_1"))
            : catchThrowableOfType(
                MalformedResponseException.class, () -> client.users().get("user_1"));

    assertThat(e.rawBody())
        .contains("<h1>Rejected</h1>")
        .contains("<p>***, ***, born ***</p>")
        .doesNotContain(EMAIL)
        .doesNotContain("4567")
        .doesNotContain("1990");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("faces")
  void theParsedErrorStaysAsTheServerSentIt(Face face, PersonalDataCall call) {
    api.enqueueJson(422, GRADIANT);

    ApiException e = call.failure(face, client);

    assertThat(e.serverMessage()).isEqualTo("1 field is invalid");
    assertThat(e.fieldErrors())
        .containsExactly(FieldError.builder().field("email").message("Already registered").build());
    assertThat(e.details().orElseThrow())
        .asInstanceOf(LIST)
        .first(MAP)
        .as("details are the server's, for the developer to read")
        .containsEntry("value", EMAIL);
  }

  /** Each face with each call. */
  static Stream<Arguments> faces() {
    return Stream.of(Face.values())
        .flatMap(
            face -> Stream.of(PersonalDataCall.values()).map(call -> Arguments.of(face, call)));
  }
}
