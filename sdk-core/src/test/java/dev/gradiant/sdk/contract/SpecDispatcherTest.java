package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.ByteString;
import org.junit.jupiter.api.Test;

/** The spec-backed server answers as the spec documents and records what breaks the spec. */
class SpecDispatcherTest {
  private static final Headers BEARER = Headers.of("Authorization", "Bearer test-token");

  private final SpecDispatcher dispatcher = new SpecDispatcher(OpenApiSpec.gradiantV1());

  @Test
  void answersWithTheDocumentedStatusHeadersAndFirstExample() throws Exception {
    MockResponse response =
        dispatcher.dispatch(recorded("GET", "/v1/users/user_123", BEARER, null));

    assertThat(response.getCode()).isEqualTo(200);
    assertThat(response.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(response.getHeaders().get("X-RateLimit-Limit")).isEqualTo("100");
    assertThat(response.getHeaders().get("X-RateLimit-Remaining")).isEqualTo("87");
    assertThat(response.getHeaders().get("X-RateLimit-Reset")).isEqualTo("1751285520");
    assertThat(response.getHeaders().get("X-Request-ID")).isEqualTo("req_123");
    assertThat(body(response)).contains("\"id\":\"user_123\"", "\"requestId\":\"req_123\"");
    assertThat(dispatcher.violations()).isEmpty();
    assertThat(dispatcher.exercisedOperationIds()).containsExactly("getUser");
  }

  @Test
  void answersACreateWithItsDocumented201() throws Exception {
    Headers json = BEARER.newBuilder().add("Content-Type", "application/json").build();

    MockResponse response =
        dispatcher.dispatch(recorded("POST", "/v1/users", json, "{\"email\": \"a@example.com\"}"));

    assertThat(response.getCode()).isEqualTo(201);
    assertThat(body(response)).contains("\"email\":\"user@example.com\"");
  }

  @Test
  void answersANoContentOperationWithoutABody() throws Exception {
    Headers json = Headers.of("Content-Type", "application/json");

    MockResponse response =
        dispatcher.dispatch(
            recorded("POST", "/v1/auth/otp/send", json, "{\"email\": \"a@example.com\"}"));

    assertThat(response.getCode()).isEqualTo(204);
    assertThat(body(response)).isEmpty();
    assertThat(response.getHeaders().get("X-Request-ID")).isEqualTo("req_123");
  }

  @Test
  void recordsEveryViolationWithTheRequestAndOperation() {
    dispatcher.dispatch(recorded("GET", "/v1/users?sort=name", Headers.of(), null));

    assertThat(dispatcher.violations())
        .containsExactly(
            "GET /v1/users?sort=name (listUsers): query parameter 'sort' is not declared by"
                + " listUsers",
            "GET /v1/users?sort=name (listUsers): sends no credentials that listUsers accepts; it"
                + " needs one of: bearerAuth, apiKeyAuth, oauth2");
    assertThat(dispatcher.exercisedOperationIds()).containsExactly("listUsers");
  }

  @Test
  void answers404ToARequestNoOperationMatches() {
    MockResponse response = dispatcher.dispatch(recorded("PATCH", "/v1/users", BEARER, null));

    assertThat(response.getCode()).isEqualTo(404);
    assertThat(dispatcher.exercisedOperationIds()).isEmpty();
    assertThat(dispatcher.violations())
        .containsExactly(
            "PATCH /v1/users (no operation): PATCH is not declared for /users; the spec has"
                + " GET /users, POST /users");
  }

  @Test
  void clearForgetsEarlierExchanges() {
    dispatcher.dispatch(recorded("GET", "/v1/health", BEARER, null));

    dispatcher.clear();

    assertThat(dispatcher.exchanges()).isEmpty();
    assertThat(dispatcher.violations()).isEmpty();
  }

  @Test
  void aRawRequestThatBreaksTheSpecIsRecordedThroughTheServer() throws IOException {
    OkHttpClient http = new OkHttpClient();
    try (ContractServer server = ContractServer.start()) {
      Request request =
          new Request.Builder()
              .url(server.baseUrl() + "/users/user_123?expand=bookings")
              .header("Authorization", "Bearer test-token")
              .put(RequestBody.create("{\"nickname\": \"x\"}", MediaType.get("application/json")))
              .build();
      try (Response response = http.newCall(request).execute()) {
        assertThat(response.code()).isEqualTo(200);
      }

      assertThat(server.onlyExchange().violations())
          .hasSize(2)
          .anySatisfy(
              v ->
                  assertThat(v).isEqualTo("query parameter 'expand' is not declared by updateUser"))
          .anySatisfy(
              v ->
                  assertThat(v)
                      .startsWith("body does not match UserUpdate: ")
                      .contains("nickname"));
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  private static RecordedRequest recorded(
      String method, String target, Headers headers, String body) {
    HttpUrl url = HttpUrl.get("http://127.0.0.1:8080" + target);
    ByteString bytes = body == null ? null : ByteString.encodeUtf8(body);
    return new RecordedRequest(
        0,
        0,
        null,
        List.of(),
        method,
        target,
        "HTTP/1.1",
        url,
        headers,
        bytes,
        bytes == null ? 0 : bytes.size(),
        List.of(),
        null);
  }

  private static String body(MockResponse response) throws IOException {
    if (response.getBody() == null) {
      return "";
    }
    Buffer buffer = new Buffer();
    response.getBody().writeTo(buffer);
    return buffer.readUtf8();
  }
}
