package dev.gradiant.sdk.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.logging.CapturedLogs;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With every logger at TRACE, the personal data in a GraphQL request's variables and in its answer
 * (data and error messages) never reaches a log line or an exception message.
 */
class GraphqlLoggingTest {
  private final MockApi api = MockApi.start();

  @BeforeEach
  void clear() {
    CapturedLogs.clear();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void traceLogsShowTheOperationButNoPersonalVariablesOrData() {
    api.enqueueJson(
            200,
            """
            {"data": {"createBooking": {"booking": {"id": "booking_9", "status": "PENDING",
                      "notes": "panic attacks at night"}, "errors": []}}}""")
        .enqueueJson(
            200,
            """
            {"data": {"user": {"id": "user_123", "email": "jane@clinic.example",
                      "phoneNumber": "+15551234567", "dateOfBirth": "1984-02-29"}},
             "errors": [{"message": "Variable 'email' got invalid value 'jane@clinic.example'",
                         "path": ["user", "address"],
                         "extensions": {"code": "BAD_USER_INPUT"}}]}""");
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("practitionerId", "prac_123");
    input.put("scheduledAt", "2024-01-01T10:00:00Z");
    input.put("duration", 60);
    input.put("sessionType", "VIDEO_CALL");
    input.put("notes", "panic attacks at night");
    input.put("email", "jane@clinic.example");
    input.put("phoneNumber", "+15551234567");
    input.put("dateOfBirth", LocalDate.of(1984, 2, 29));

    String exceptionMessage;
    try (GradiantClient client = api.client()) {
      client
          .graphql()
          .execute(
              GraphqlRequest.builder()
                  .query(GraphqlDocuments.read("sdk/CreateBookingWithCodes.graphql"))
                  .operationName("CreateBooking")
                  .variable("input", input)
                  .build());
      GraphqlResult<Map<String, Object>> user =
          client
              .graphql()
              .execute(
                  GraphqlRequest.builder()
                      .query(GraphqlDocuments.read("sdk/GetUserAndPractitioner.graphql"))
                      .operationName("GetUser")
                      .variable("userId", "user_123")
                      .build());
      exceptionMessage =
          org.assertj.core.api.Assertions.catchThrowable(user::dataOrThrow).getMessage()
              + user
              + user.errors();
    }

    String logs = String.join("\n", CapturedLogs.lines());
    assertThat(logs)
        .contains("POST /graphql", "\"operationName\":\"CreateBooking\"", "prac_123", "booking_9")
        .contains("\"duration\":60", "user_123");
    assertThat(logs + exceptionMessage)
        .doesNotContain(
            "panic attacks",
            "jane@clinic.example",
            "+15551234567",
            "1984",
            "Bearer",
            MockApi.TOKEN);
  }
}
