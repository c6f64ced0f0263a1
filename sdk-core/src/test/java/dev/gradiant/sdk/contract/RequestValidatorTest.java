package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okio.ByteString;
import org.junit.jupiter.api.Test;

/** The checker rejects what the spec does not allow, with a message saying what and where. */
class RequestValidatorTest {
  private static final RequestValidator VALIDATOR = new RequestValidator(OpenApiSpec.gradiantV1());
  private static final Headers BEARER = Headers.of("Authorization", "Bearer test-token");
  private static final String USER = "{\"email\": \"user@example.com\", \"firstName\": \"John\"}";

  @Test
  void acceptsRequestsThatFollowTheSpec() {
    assertThat(violations("GET", "/users?limit=20&offset=0", BEARER, null)).isEmpty();
    assertThat(violations("GET", "/health", Headers.of(), null)).isEmpty();
    assertThat(violations("POST", "/users", with(BEARER, "Idempotency-Key", "5f0c7a3e-8d21"), USER))
        .isEmpty();
    assertThat(
            violations(
                "GET",
                "/users/user_123/bookings?status=confirmed&from=2024-01-01&to=2024-12-31",
                Headers.of("X-API-Key", "avk_123"),
                null))
        .isEmpty();
  }

  @Test
  void reportsAnUndeclaredQueryParameter() {
    assertThat(violations("GET", "/users?limit=20&sort=name", BEARER, null))
        .containsExactly("query parameter 'sort' is not declared by listUsers");
  }

  @Test
  void reportsQueryValuesOutsideTheirSchema() {
    assertThat(violations("GET", "/users?limit=abc", BEARER, null))
        .containsExactly("query parameter 'limit'='abc' is not integer");
    assertThat(violations("GET", "/users?limit=0&offset=-1", BEARER, null))
        .satisfiesExactly(
            limit -> assertThat(limit).startsWith("query parameter 'limit'='0' ").contains("1"),
            offset -> assertThat(offset).startsWith("query parameter 'offset'='-1' "));
    assertThat(violations("GET", "/users/user_123/bookings?status=booked", BEARER, null))
        .singleElement()
        .asString()
        .startsWith("query parameter 'status'='booked' ")
        .contains("enumeration");
    assertThat(violations("GET", "/users/user_123/bookings?from=01/02/2024", BEARER, null))
        .singleElement()
        .asString()
        .startsWith("query parameter 'from'='01/02/2024' ")
        .contains("date");
  }

  @Test
  void reportsARepeatedQueryParameter() {
    assertThat(violations("GET", "/users?limit=5&limit=6", BEARER, null))
        .containsExactly("query parameter 'limit' is sent 2 times; the spec takes one value");
  }

  @Test
  void reportsAMissingRequiredQueryParameter() {
    assertThat(violations("GET", "/analytics/sessions?to=2024-01-07", BEARER, null))
        .containsExactly("required query parameter 'from' is missing");
  }

  @Test
  void reportsABodyMissingARequiredField() {
    assertThat(violations("POST", "/users", BEARER, "{\"firstName\": \"John\"}"))
        .singleElement()
        .asString()
        .startsWith("body does not match UserCreate: ")
        .contains("email");
  }

  @Test
  void reportsABodyWithAnUndeclaredField() {
    assertThat(
            violations(
                "POST",
                "/users",
                BEARER,
                "{\"email\": \"user@example.com\", \"nickname\": \"Johnny\"}"))
        .singleElement()
        .asString()
        .startsWith("body does not match UserCreate: ")
        .contains("nickname");
  }

  @Test
  void reportsAnUpdateBodyWithNoField() {
    assertThat(violations("PUT", "/users/user_123", BEARER, "{}"))
        .singleElement()
        .asString()
        .startsWith("body does not match UserUpdate: ")
        .contains("at least 1");
  }

  @Test
  void reportsBodyValuesOfTheWrongTypeFormatOrLength() {
    List<String> problems =
        violations(
            "PUT",
            "/users/user_123/health-profile",
            BEARER,
            "{\"goals\": [1], \"emergencyContact\": {\"name\": true}}");
    assertThat(problems)
        .hasSize(2)
        .allSatisfy(p -> assertThat(p).startsWith("body does not match HealthProfileUpdate: "))
        .anySatisfy(p -> assertThat(p).contains("/goals/0"))
        .anySatisfy(p -> assertThat(p).contains("/emergencyContact/name"));
    assertThat(
            violations(
                "POST",
                "/users",
                BEARER,
                "{\"email\": \"not-an-email\", \"dateOfBirth\": \"01/01/1990\", \"lastName\": \"\"}"))
        .hasSize(3)
        .anySatisfy(p -> assertThat(p).contains("/email"))
        .anySatisfy(p -> assertThat(p).contains("/dateOfBirth"))
        .anySatisfy(p -> assertThat(p).contains("/lastName"));
  }

  @Test
  void reportsAMissingRequiredBody() {
    assertThat(violations("PUT", "/users/user_123", BEARER, null))
        .containsExactly("sends no body, but the requestBody of updateUser is required");
  }

  @Test
  void reportsABodySentToAnOperationWithoutOne() {
    assertThat(violations("GET", "/users", BEARER, USER))
        .containsExactly("sends a body, but listUsers has no requestBody");
  }

  @Test
  void reportsABodyThatIsNotDeclaredJson() {
    Headers textPlain = with(BEARER, "Content-Type", "text/plain");
    assertThat(request("POST", "/users", textPlain, USER))
        .containsExactly("sends Content-Type text/plain; createUser accepts [application/json]");
    assertThat(violations("POST", "/users", BEARER, "{\"email\": "))
        .containsExactly("sends a body that is not valid JSON");
  }

  @Test
  void checksAFormBodyAgainstItsSchema() {
    Headers form = Headers.of("Content-Type", "application/x-www-form-urlencoded");
    String grant =
        "grant_type=authorization_code&client_id=app&code=abc"
            + "&redirect_uri=https%3A%2F%2Fapp.example%2Fcb";

    assertThat(
            request(
                "POST",
                "/oauth/token",
                form,
                grant + "&code_verifier=" + "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
        .isEmpty();
    assertThat(request("POST", "/oauth/token", form, grant))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p).startsWith("body does not match OAuthTokenRequest: "))
        .anySatisfy(p -> assertThat(p).contains("code_verifier"));
  }

  @Test
  void reportsAFormBodyThatIsNotUrlEncodedOrRepeatsAField() {
    Headers form = Headers.of("Content-Type", "application/x-www-form-urlencoded");
    String refresh = "grant_type=refresh_token&refresh_token=eyJ.refresh";

    assertThat(request("POST", "/oauth/token", form, refresh + "&client_id=app%G1"))
        .containsExactly("sends a form field that is not URL-encoded: 'client_id'");
    assertThat(request("POST", "/oauth/token", form, refresh + "&refresh_token=eyJ.other"))
        .containsExactly("sends the form field 'refresh_token' more than once");
  }

  @Test
  void acceptsTheSessionTokenWhereTheSpecAsksForIt() {
    String state = "{\"deliverableState\": {\"workflow\": {\"prompt\": \"Summarise\"}}}";

    assertThat(
            violations(
                "POST",
                "/sessions/sess_123/checkpoint",
                Headers.of("Authorization", "Bearer abc123"),
                state))
        .isEmpty();
  }

  @Test
  void reportsACredentialHeaderNoSecurityAlternativeUses() {
    String state = "{\"deliverableState\": {}}";

    assertThat(
            violations(
                "POST",
                "/sessions/sess_123/checkpoint",
                with(Headers.of("Authorization", "Bearer abc123"), "X-API-Key", "avk_123"),
                state))
        .containsExactly(
            "sends credentials (X-API-Key) that no security alternative of checkpointSession uses"
                + " (sessionToken)");
    assertThat(
            violations(
                "POST", "/sessions/sess_123/checkpoint", Headers.of("X-API-Key", "avk_123"), state))
        .containsExactly(
            "sends credentials (X-API-Key) that no security alternative of checkpointSession uses"
                + " (sessionToken)",
            "sends no credentials that checkpointSession accepts; it needs one of: sessionToken");
  }

  @Test
  void acceptsCredentialsOfSeveralAlternativesTheOperationOffers() {
    assertThat(violations("GET", "/users/user_123", with(BEARER, "X-API-Key", "avk_123"), null))
        .isEmpty();
  }

  @Test
  void reportsAMethodThePathDoesNotDeclare() {
    assertThat(violations("DELETE", "/users/user_123", BEARER, null))
        .containsExactly(
            "DELETE is not declared for /users/user_123; the spec has GET /users/{id},"
                + " PUT /users/{id}");
  }

  @Test
  void reportsAPathTheSpecDoesNotDeclare() {
    assertThat(violations("GET", "/userz", BEARER, null))
        .containsExactly("no path of the spec matches /userz");
  }

  @Test
  void reportsAPathOutsideTheBasePath() {
    ContractRequest request =
        ContractRequest.of("GET", HttpUrl.get("http://127.0.0.1/users"), BEARER, null, "/v1");

    assertThat(VALIDATOR.validate(request).violations())
        .containsExactly("the path is not under the base path /v1");
  }

  @Test
  void reportsCredentialsSentToAnOperationWithoutSecurity() {
    assertThat(violations("GET", "/health", BEARER, null))
        .containsExactly(
            "sends credentials (Authorization) to checkHealth, which declares security: []");
    assertThat(violations("GET", "/health", Headers.of("X-API-Key", "avk_123"), null))
        .containsExactly(
            "sends credentials (X-API-Key) to checkHealth, which declares security: []");
  }

  @Test
  void reportsMissingOrUnusableCredentials() {
    String expected =
        "sends no credentials that getUser accepts; it needs one of: bearerAuth, apiKeyAuth, oauth2";
    assertThat(violations("GET", "/users/user_123", Headers.of(), null)).containsExactly(expected);
    assertThat(
            violations("GET", "/users/user_123", Headers.of("Authorization", "Basic dTpw"), null))
        .containsExactly(expected);
    assertThat(violations("GET", "/users/user_123", Headers.of("Authorization", "Bearer  "), null))
        .containsExactly(expected);
  }

  @Test
  void reportsAnEmptyPathParameter() {
    assertThat(violations("GET", "/users//preferences", BEARER, null))
        .containsExactly("path parameter 'id' is empty");
  }

  @Test
  void reportsAPathParameterThatDecodesToSeveralSegments() {
    assertThat(violations("GET", "/users/a%2Fb", BEARER, null))
        .containsExactly("path parameter 'id'='a/b' decodes to more than one path segment");
  }

  @Test
  void reportsAnApiHeaderTheOperationDoesNotDeclare() {
    assertThat(violations("PUT", "/users/user_123", with(BEARER, "Idempotency-Key", "k-1"), USER))
        .containsExactly("header 'Idempotency-Key' is not declared by updateUser");
  }

  @Test
  void reportsAnApiHeaderValueOutsideItsSchema() {
    assertThat(violations("POST", "/users", with(BEARER, "Idempotency-Key", "k".repeat(256)), USER))
        .singleElement()
        .asString()
        .startsWith("header 'Idempotency-Key'='kkk")
        .contains("255");
  }

  /** A JSON request ({@code Content-Type: application/json} when there is a body). */
  private static List<String> violations(
      String method, String pathAndQuery, Headers headers, String json) {
    return request(
        method,
        pathAndQuery,
        json == null ? headers : with(headers, "Content-Type", "application/json"),
        json);
  }

  private static List<String> request(
      String method, String pathAndQuery, Headers headers, String body) {
    HttpUrl url = HttpUrl.get("http://127.0.0.1/v1" + pathAndQuery);
    ByteString bytes = body == null ? null : ByteString.encodeUtf8(body);
    return VALIDATOR.validate(ContractRequest.of(method, url, headers, bytes, "/v1")).violations();
  }

  private static Headers with(Headers headers, String name, String value) {
    return headers.newBuilder().add(name, value).build();
  }

  @Test
  void readsAMultipartUploadPartByPart() {
    Headers headers = with(BEARER, "Idempotency-Key", "5f0c7a3e-8d21");
    assertThat(multipart(headers, "application/pdf", "document.pdf", "message", "Hi")).isEmpty();
    assertThat(multipart(headers, "application/zip", "archive.zip", "message", "Hi"))
        .containsExactly(
            "sends the part 'file' as application/zip; its encoding allows [application/pdf,"
                + " image/png, image/jpeg, text/plain]");
    assertThat(multipart(headers, "application/pdf", "document.pdf", "caption", "Hi"))
        .singleElement()
        .asString()
        .startsWith("body does not match FileUpload")
        .contains("caption");
    assertThat(multipart(headers, "application/pdf", "document.pdf", "message", ""))
        .singleElement()
        .asString()
        .startsWith("body does not match FileUpload")
        .contains("message");
    assertThat(
            request(
                "POST",
                "/conversations/conv_123/files",
                with(headers, "Content-Type", "multipart/form-data; boundary=b"),
                "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n"))
        .singleElement()
        .asString()
        .startsWith("sends a multipart body that does not parse");
  }

  private static List<String> multipart(
      Headers headers, String fileType, String fileName, String field, String value) {
    String body =
        "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: "
            + fileType
            + "\r\n\r\n%PDF-1.7\r\n--b\r\nContent-Disposition: form-data; name=\""
            + field
            + "\"\r\n\r\n"
            + value
            + "\r\n--b--\r\n";
    return request(
        "POST",
        "/conversations/conv_123/files",
        with(headers, "Content-Type", "multipart/form-data; boundary=b"),
        body);
  }
}
