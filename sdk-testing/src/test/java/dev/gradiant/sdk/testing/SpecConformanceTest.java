package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Drives every operation over raw HTTP (so requests the SDK would refuse reach the sandbox too) and
 * checks each answer against the contract's documented statuses, schemas and headers.
 */
class SpecConformanceTest {
  private final GradiantSandbox sandbox = GradiantSandbox.builder().demoSessions(3).start();
  private final List<String> problems = new ArrayList<>();

  @AfterEach
  void close() {
    sandbox.close();
  }

  private HttpResponse<String> call(
      int expected, String method, String path, String body, String... headers) {
    HttpResponse<String> response = TestSupport.send(sandbox, method, path, body, headers);
    String bare = URI.create("http://x" + path).getRawPath();
    problems.addAll(
        SpecResponses.get()
            .check(method, bare, response.statusCode(), response.headers(), response.body()));
    if (response.statusCode() != expected) {
      problems.add(
          method
              + " "
              + path
              + ": expected "
              + expected
              + ", got "
              + response.statusCode()
              + " "
              + response.body());
    }
    return response;
  }

  private JsonNode data(HttpResponse<String> response) {
    return TestSupport.json(response).get("data");
  }

  @Test
  void everyOperationAnswersAsDocumented() {
    String wednesday = TestSupport.nextWednesday(10).toInstant().toString();
    String day = TestSupport.nextWednesday(10).toLocalDate().toString();

    call(200, "GET", "/health", null, "Authorization", "");
    JsonNode tokens =
        data(
            call(
                200,
                "POST",
                "/auth/login",
                "{\"email\":\"demo.user@example.com\",\"password\":\""
                    + sandbox.demoPassword()
                    + "\"}",
                "Authorization",
                ""));
    call(401, "POST", "/auth/login", "{\"email\":\"demo.user@example.com\",\"password\":\"no\"}");
    call(
        204,
        "POST",
        "/auth/otp/send",
        "{\"email\":\"demo.user@example.com\"}",
        "Authorization",
        "");
    call(
        200,
        "POST",
        "/auth/otp/verify",
        "{\"email\":\"demo.user@example.com\",\"otp\":\"" + sandbox.demoOtp() + "\"}",
        "Authorization",
        "");
    call(
        200,
        "POST",
        "/auth/refresh",
        "{\"refreshToken\":\"" + tokens.get("refreshToken").asText() + "\"}",
        "Authorization",
        "");
    call(200, "GET", "/auth/me", null);
    call(401, "GET", "/auth/me", null, "Authorization", "Bearer nope");
    call(
        400,
        "POST",
        "/oauth/token",
        "grant_type=password",
        "Authorization",
        "",
        "Content-Type",
        "application/x-www-form-urlencoded");
    call(
        401,
        "POST",
        "/oauth/token",
        "grant_type=refresh_token&refresh_token=x&client_id=nobody",
        "Authorization",
        "",
        "Content-Type",
        "application/x-www-form-urlencoded");

    JsonNode user =
        data(
            call(201, "POST", "/users", "{\"email\":\"spec@example.com\",\"firstName\":\"Spec\"}"));
    String userId = user.get("id").asText();
    call(409, "POST", "/users", "{\"email\":\"spec@example.com\"}");
    call(200, "GET", "/users?limit=2&offset=1", null);
    call(200, "GET", "/users/" + userId, null);
    call(404, "GET", "/users/user_nobody", null);
    call(200, "PUT", "/users/" + userId, "{\"lastName\":\"Check\"}");
    call(200, "GET", "/user", null);
    call(200, "GET", "/users/" + userId + "/preferences", null);
    call(
        200,
        "PUT",
        "/users/" + userId + "/preferences",
        "{\"timezone\":\"America/New_York\",\"notifications\":{\"sms\":false}}");
    call(200, "GET", "/users/" + userId + "/health-profile", null);
    call(
        200,
        "PUT",
        "/users/" + userId + "/health-profile",
        "{\"goals\":[\"Sleep 8 hours\"],\"emergencyContact\":{\"name\":\"Mary\"}}");
    call(200, "GET", "/users/user_demo/bookings?status=confirmed&from=2024-01-01", null);

    JsonNode session =
        data(
            call(
                201,
                "POST",
                "/sessions",
                "{\"userId\":\""
                    + userId
                    + "\",\"practitionerId\":\"prac_101\",\"sessionType\":\"video_call\"}"));
    String sessionId = session.get("id").asText();
    String sessionToken = session.get("token").asText();
    call(200, "GET", "/sessions?status=invited&limit=5", null);
    call(200, "GET", "/sessions/" + sessionId, null);
    call(200, "PUT", "/sessions/" + sessionId, "{\"status\":\"in_progress\"}");
    call(409, "PUT", "/sessions/" + sessionId, "{\"status\":\"invited\"}");
    call(
        200,
        "POST",
        "/sessions/" + sessionId + "/advance-phase",
        "{\"timeRemainingAtEnd\":30}",
        "Authorization",
        "Bearer " + sessionToken);
    call(
        200,
        "POST",
        "/sessions/" + sessionId + "/advance-phase",
        null,
        "Authorization",
        "Bearer " + sessionToken);
    call(
        409,
        "POST",
        "/sessions/" + sessionId + "/advance-phase",
        null,
        "Authorization",
        "Bearer " + sessionToken);
    call(
        200,
        "POST",
        "/sessions/" + sessionId + "/checkpoint",
        "{\"deliverableState\":{\"draft\":1}}",
        "Authorization",
        "Bearer " + sessionToken);
    call(401, "POST", "/sessions/" + sessionId + "/checkpoint", "{\"deliverableState\":{}}");
    call(200, "GET", "/sessions/" + sessionId + "/events?type=phase_advanced", null);
    call(200, "PUT", "/sessions/" + sessionId, "{\"status\":\"completed\"}");
    call(204, "DELETE", "/sessions/" + sessionId, null);
    call(404, "GET", "/sessions/" + sessionId, null);

    String booking =
        "{\"practitionerId\":\"prac_102\",\"scheduledAt\":\""
            + wednesday
            + "\",\"duration\":60,\"sessionType\":\"video_call\",\"notes\":\"First\"}";
    String bookingId = data(call(201, "POST", "/bookings", booking)).get("id").asText();
    call(409, "POST", "/bookings", booking);
    call(200, "GET", "/bookings/" + bookingId, null);
    call(200, "PUT", "/bookings/" + bookingId, "{\"duration\":30}");
    call(200, "DELETE", "/bookings/" + bookingId, null);
    call(409, "PUT", "/bookings/" + bookingId, "{\"duration\":45}");
    call(404, "DELETE", "/bookings/booking_nobody", null);

    call(200, "GET", "/practitioners?specialization=yoga&ratingMin=4&priceMax=100", null);
    call(200, "GET", "/practitioners/prac_101", null);
    call(200, "GET", "/practitioners/prac_101/availability?from=" + day + "&to=" + day, null);
    call(400, "GET", "/practitioners/prac_101/availability?from=" + day, null);

    String range = "?from=" + LocalDate.now().minusDays(100) + "&to=" + LocalDate.now();
    call(200, "GET", "/analytics/sessions" + range + "&interval=week", null);
    call(200, "GET", "/analytics/users" + range + "&interval=month", null);

    JsonNode endpoint =
        data(
            call(
                201,
                "POST",
                "/webhooks",
                "{\"url\":\"https://clinic.example/hook\",\"events\":[\"booking.created\"]}"));
    call(200, "GET", "/webhooks", null);
    call(204, "DELETE", "/webhooks/" + endpoint.get("id").asText(), null);
    call(404, "DELETE", "/webhooks/" + endpoint.get("id").asText(), null);

    // --- healthRecords + apiKeys (issue 16) ---
    JsonNode share =
        data(
            call(
                201,
                "POST",
                "/health-records/shares",
                "{\"practitionerId\":\"prac_101\",\"recordTypes\":[\"goals\"],\"expiresAt\":\""
                    + Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS)
                    + "\"}"));
    call(200, "GET", "/users/user_demo/health-record-shares?limit=5", null);
    call(404, "GET", "/users/user_nobody/health-record-shares", null);
    call(204, "DELETE", "/health-records/shares/" + share.get("id").asText(), null);
    call(404, "DELETE", "/health-records/shares/" + share.get("id").asText(), null);
    JsonNode key =
        data(
            call(
                201,
                "POST",
                "/api-keys",
                "{\"name\":\"Reader\",\"scopes\":[\"read:practitioners\"]}"));
    call(200, "GET", "/api-keys", null);
    call(403, "GET", "/api-keys", null, "X-API-Key", key.get("secret").asText());
    call(200, "GET", "/practitioners/prac_101", null, "X-API-Key", key.get("secret").asText());
    call(204, "DELETE", "/api-keys/" + key.get("id").asText(), null);
    call(404, "DELETE", "/api-keys/" + key.get("id").asText(), null);
    call(401, "GET", "/practitioners/prac_101", null, "X-API-Key", key.get("secret").asText());

    sandbox.failNext(1, 503);
    call(503, "GET", "/users", null);

    assertThat(problems).isEmpty();
  }

  @Test
  void paymentOperationsAnswerAsDocumented() {
    String booking =
        "{\"practitionerId\":\"prac_102\",\"scheduledAt\":\""
            + TestSupport.nextWednesday(10).toInstant()
            + "\",\"duration\":60,\"sessionType\":\"video_call\"}";
    String bookingId = data(call(201, "POST", "/bookings", booking)).get("id").asText();
    String pay = "{\"bookingId\":\"" + bookingId + "\",\"amount\":12000,\"currency\":\"USD\"}";

    String intentId = data(call(201, "POST", "/payments/intents", pay)).get("id").asText();
    expectInvalid(
        call(422, "POST", "/payments/intents", pay.replace("12000", "120.5")), "amount", "integer");
    expectInvalid(
        call(422, "POST", "/payments/intents", pay.replace("12000", "11999")), "amount", "price");
    expectInvalid(
        call(422, "POST", "/payments/intents", pay.replace("USD", "usd")), "currency", "ISO 4217");
    expectInvalid(
        call(422, "POST", "/payments/intents", pay.replace("}", ",\"tip\":1}")), "tip", "Unknown");
    expectInvalid(
        call(422, "POST", "/payments/intents/" + intentId + "/confirm", "{\"paymentMethod\":\"\"}"),
        "paymentMethod",
        "empty");
    call(200, "GET", "/payments/intents/" + intentId, null);
    call(
        402,
        "POST",
        "/payments/intents/" + intentId + "/confirm",
        "{\"paymentMethod\":\"pm_card_declined\"}");
    call(200, "POST", "/payments/intents/" + intentId + "/confirm", null);
    call(409, "POST", "/payments/intents/" + intentId + "/confirm", "{}");
    call(409, "POST", "/payments/intents", pay);
    call(200, "GET", "/users/user_demo/payments?limit=1&offset=0", null);
    call(404, "GET", "/payments/intents/pi_nobody", null);
    call(404, "GET", "/users/user_nobody/payments", null);
    call(400, "GET", "/users/user_demo/payments?limit=0", null);
    call(200, "DELETE", "/bookings/" + bookingId, null);
    call(409, "POST", "/payments/intents", pay);
    assertThat(problems).isEmpty();
  }

  // --- conversations (issue 16) ---
  private static String form(String type, String fileName, String message) {
    String form =
        "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: "
            + type
            + "\r\n\r\n%PDF-1.4\n%%EOF\n\r\n";
    if (message != null) {
      form += "--b\r\nContent-Disposition: form-data; name=\"message\"\r\n\r\n" + message + "\r\n";
    }
    return form + "--b--\r\n";
  }

  private HttpResponse<String> upload(int expected, String conversationId, String form) {
    return call(
        expected,
        "POST",
        "/conversations/" + conversationId + "/files",
        form,
        "Content-Type",
        "multipart/form-data; boundary=b");
  }

  @Test
  void conversationOperationsAnswerAsDocumented() {
    String conversation = "/conversations/conv_demo_1";
    call(200, "GET", "/users/user_demo/conversations?limit=5&offset=0", null);
    call(404, "GET", "/users/user_nobody/conversations", null);
    call(400, "GET", "/users/user_demo/conversations?limit=0", null);
    call(200, "GET", conversation + "/messages", null);
    call(404, "GET", "/conversations/conv_nobody/messages", null);
    call(
        201,
        "POST",
        conversation + "/messages",
        "{\"content\":\"Hello\",\"messageType\":\"text\"}");
    expectInvalid(
        call(422, "POST", conversation + "/messages", "{\"content\":\"\"}"), "content", "empty");
    expectInvalid(
        call(
            422,
            "POST",
            conversation + "/messages",
            "{\"content\":\"x\",\"messageType\":\"file\"}"),
        "messageType",
        "one of");
    expectInvalid(
        call(422, "POST", conversation + "/messages", "{\"content\":\"" + "x".repeat(5001) + "\"}"),
        "content",
        "5000");
    JsonNode sent =
        data(upload(201, "conv_demo_1", form("application/pdf", "report.pdf", "My report")));
    assertThat(sent.at("/attachment/size").asLong()).isEqualTo(15);
    assertThat(sent.get("content").asText()).isEqualTo("My report");
    expectInvalid(
        upload(422, "conv_demo_1", form("application/zip", "a.zip", null)), "file", "one of");
    expectInvalid(
        upload(422, "conv_demo_1", form("application/pdf", "../a.pdf", null)), "file", "/");
    expectInvalid(
        upload(422, "conv_demo_1", form("application/pdf", "", null)), "file", "1 to 255");
    expectInvalid(
        upload(422, "conv_demo_1", form("application/pdf", "a.pdf", "")), "message", "empty");
    expectInvalid(upload(422, "conv_demo_1", "--b--\r\n"), "file", "Required");
    expectInvalid(
        upload(
            422,
            "conv_demo_1",
            "--b\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\nx\r\n"
                + form("text/plain", "a.txt", null).substring(0)),
        "caption",
        "Unknown field");
    expectInvalid(upload(400, "conv_demo_1", "--b\r\nContent-Disposition: form-data"), "body", "");
    expectInvalid(
        call(400, "POST", conversation + "/files", "{\"file\":\"x\"}"),
        "Content-Type",
        "multipart");
    upload(404, "conv_nobody", form("application/pdf", "a.pdf", null));
    String otherUser =
        data(call(
                200,
                "POST",
                "/auth/login",
                "{\"email\":\"jamie.rivera@example.com\",\"password\":\""
                    + sandbox.demoPassword()
                    + "\"}",
                "Authorization",
                ""))
            .get("accessToken")
            .asText();
    call(404, "GET", conversation + "/messages", null, "Authorization", "Bearer " + otherUser);
    for (int i = 0; i < 41; i++) { // 9 uploads above counted: 50 in all
      assertThat(
              TestSupport.send(
                      sandbox,
                      "POST",
                      conversation + "/files",
                      form("text/plain", "n.txt", null),
                      "Content-Type",
                      "multipart/form-data; boundary=b")
                  .statusCode())
          .isIn(201, 422);
    }
    HttpResponse<String> limited =
        upload(429, "conv_demo_1", form("application/pdf", "a.pdf", null));
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    assertThat(problems).isEmpty();
  }

  @Test
  void requestsThatBreakTheSpecGetTheSpecsError() {
    expectInvalid(
        call(422, "POST", "/users", "{\"email\":\"a@clinic.example\",\"nickname\":\"x\"}"),
        "nickname",
        "Unknown field");
    expectInvalid(call(422, "POST", "/users", "{}"), "email", "Required");
    expectInvalid(
        call(422, "POST", "/users", "{\"email\":\"not-an-email\"}"),
        "email",
        "Invalid email format");
    expectInvalid(
        call(
            422,
            "POST",
            "/users",
            "{\"email\":\"a@clinic.example\",\"dateOfBirth\":\"01/02/1990\"}"),
        "dateOfBirth",
        "date");
    expectInvalid(call(422, "POST", "/users", "{\"email\":42}"), "email", "string");
    expectInvalid(call(422, "PUT", "/users/user_demo", "{}"), "body", "At least one field");
    expectInvalid(call(400, "POST", "/users", "{\"email\":"), "body", "Malformed JSON");
    expectInvalid(
        call(400, "POST", "/users", "{\"email\":\"a@b.co\"} trailing"), "body", "Malformed");
    expectInvalid(call(422, "POST", "/users", "[]"), "body", "object");
    expectInvalid(call(400, "GET", "/users?limit=0", null), "limit", "between 1 and 100");
    expectInvalid(call(400, "GET", "/users?limit=101", null), "limit", "between 1 and 100");
    expectInvalid(call(400, "GET", "/users?offset=-1", null), "offset", "at least 0");
    expectInvalid(call(400, "GET", "/users?limit=ten", null), "limit", "between");
    expectInvalid(call(400, "GET", "/sessions?status=done", null), "status", "one of");
    expectInvalid(
        call(400, "GET", "/practitioners?ratingMin=6", null), "ratingMin", "between 0 and 5");
    expectInvalid(
        call(400, "GET", "/practitioners?availableFrom=tomorrow", null),
        "availableFrom",
        "date-time");
    expectInvalid(call(400, "GET", "/analytics/users?from=2024-01-01", null), "to", "Required");
    expectInvalid(
        call(400, "GET", "/analytics/users?from=2024-02-01&to=2024-01-01", null), "to", "before");
    expectInvalid(
        call(400, "GET", "/analytics/sessions?from=2024-01-01&to=2024-01-02&interval=year", null),
        "interval",
        "one of");
    expectInvalid(
        call(
            422,
            "POST",
            "/webhooks",
            "{\"url\":\"http://clinic.example/hook\",\"events\":[\"booking.created\"]}"),
        "url",
        "https");
    expectInvalid(
        call(422, "POST", "/webhooks", "{\"url\":\"https://clinic.example/hook\",\"events\":[]}"),
        "events",
        "at least 1");
    expectInvalid(
        call(
            422,
            "POST",
            "/webhooks",
            "{\"url\":\"https://clinic.example/hook\",\"events\":[\"booking.created\",\"booking.created\"]}"),
        "events[1]",
        "unique");
    expectInvalid(
        call(
            422,
            "POST",
            "/webhooks",
            "{\"url\":\"https://clinic.example/hook\",\"events\":[\"booking.moved\"]}"),
        "events[0]",
        "one of");
    expectInvalid(
        call(
            422,
            "POST",
            "/webhooks",
            "{\"url\":\"https://clinic.example/hook\",\"events\":[\"booking.created\"],\"secret\":\"whsec_***\"}"),
        "secret",
        "signing secret");
    HttpResponse<String> several =
        call(
            422,
            "POST",
            "/bookings",
            "{\"practitionerId\":\"\",\"scheduledAt\":\"soon\",\"duration\":0,\"sessionType\":\"fax\"}");
    assertThat(TestSupport.json(several).at("/error/details")).hasSize(4);
    expectInvalid(
        call(
            422,
            "POST",
            "/bookings",
            "{\"practitionerId\":\"prac_101\",\"scheduledAt\":\"2030-01-01T10:00:00Z\",\"duration\":1.5,\"sessionType\":\"chat\"}"),
        "duration",
        "integer");
    expectInvalid(
        call(422, "PUT", "/users/user_demo/preferences", "{\"notifications\":{\"sms\":\"no\"}}"),
        "notifications.sms",
        "boolean");
    expectInvalid(
        call(422, "PUT", "/users/user_demo/health-profile", "{\"goals\":[1]}"),
        "goals[0]",
        "string");
    expectInvalid(
        call(
            422,
            "POST",
            "/health-records/shares",
            "{\"practitionerId\":\"prac_101\",\"recordTypes\":[\"goals\"],"
                + "\"expiresAt\":\"2020-01-01T00:00:00Z\"}"),
        "expiresAt",
        "future");
    expectInvalid(
        call(422, "POST", "/api-keys", "{\"name\":\"k\",\"scopes\":[\"read:wearables\"]}"),
        "scopes[0]",
        "one of");
    expectInvalid(
        call(400, "GET", "/users", null, "X-Request-ID", "r".repeat(256)), "X-Request-ID", "255");
    assertThat(problems).isEmpty();
  }

  private static void expectInvalid(HttpResponse<String> response, String field, String issue) {
    JsonNode error = TestSupport.json(response).get("error");
    assertThat(error.get("code").asText()).isEqualTo("VALIDATION_ERROR");
    JsonNode details = error.get("details");
    JsonNode first = details.isArray() ? details.get(0) : details;
    assertThat(first.get("field").asText()).isEqualTo(field);
    assertThat(first.get("issue").asText()).containsIgnoringCase(issue);
  }

  @Test
  void unknownPathsAndMethodsAreAnsweredInTheErrorEnvelope() {
    HttpResponse<String> unknown = TestSupport.send(sandbox, "GET", "/nothing/here", null);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(TestSupport.json(unknown).at("/error/code").asText())
        .isEqualTo("RESOURCE_NOT_FOUND");

    HttpResponse<String> method = TestSupport.send(sandbox, "PATCH", "/users/user_demo", "{}");
    assertThat(method.statusCode()).isEqualTo(405);
    assertThat(method.headers().firstValue("Allow")).contains("GET, PUT");

    HttpResponse<String> outside = TestSupport.send(sandbox, "GET", "/../health", null);
    assertThat(outside.statusCode()).isIn(400, 404);
  }

  @Test
  void theRequestIdIsEchoedOrAssignedAndMatchesMeta() {
    HttpResponse<String> chosen =
        TestSupport.send(sandbox, "GET", "/user", null, "X-Request-ID", "trace-123");
    HttpResponse<String> assigned = TestSupport.send(sandbox, "GET", "/user", null);

    assertThat(chosen.headers().firstValue("X-Request-ID")).contains("trace-123");
    assertThat(TestSupport.json(chosen).at("/meta/requestId").asText()).isEqualTo("trace-123");
    String id = assigned.headers().firstValue("X-Request-ID").orElseThrow();
    assertThat(id).startsWith("req_");
    assertThat(TestSupport.json(assigned).at("/meta/requestId").asText()).isEqualTo(id);
    assertThat(chosen.headers().firstValue("Content-Type")).contains("application/json");
  }

  @Test
  void idsThatWouldChangeThePathAreJustUnknownIds() {
    HttpResponse<String> encoded = TestSupport.send(sandbox, "GET", "/users/a%2Fb", null);
    assertThat(encoded.statusCode()).isEqualTo(404);
    assertThat(TestSupport.json(encoded).at("/error/message").asText()).contains("User");
    HttpResponse<String> plus = TestSupport.send(sandbox, "GET", "/users/a+b", null);
    assertThat(plus.statusCode()).isEqualTo(404);
  }

  @Test
  void grantsAndWearablesAnswerAsDocumented() {
    call(200, "GET", "/grants/outgoing", null);
    call(200, "GET", "/grants/outgoing?status=expired&limit=1&offset=0", null);
    call(400, "GET", "/grants/outgoing?status=sleeping", null);
    call(200, "GET", "/grants/grant_demo_1", null);
    call(200, "GET", "/grants/grant_demo_3", null);
    call(404, "GET", "/grants/grant_other_1", null);
    call(401, "GET", "/grants/outgoing", null, "Authorization", "Bearer nope");
    String sample =
        "{\"deviceId\":\"dev_1\",\"metric\":\"heart_rate\",\"unit\":\"bpm\",\"value\":%s,"
            + "\"recordedAt\":\"2024-03-21T10:00:00Z\"}";
    call(
        200,
        "POST",
        "/users/user_demo/wearables/samples",
        "{\"samples\":[" + sample.formatted("72") + "," + sample.formatted("900") + "]}");
    call(422, "POST", "/users/user_demo/wearables/samples", "{\"samples\":[]}");
    call(
        422,
        "POST",
        "/users/user_demo/wearables/samples",
        "{\"samples\":[" + sample.formatted("\"72\"") + "]}");
    call(
        404,
        "POST",
        "/users/user_nobody/wearables/samples",
        "{\"samples\":[" + sample.formatted("72") + "]}");
    assertThat(problems).isEmpty();
  }
}
