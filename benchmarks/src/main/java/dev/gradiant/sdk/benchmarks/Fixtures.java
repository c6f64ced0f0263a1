package dev.gradiant.sdk.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * The bytes every client reads: realistic bodies of the contract ({@code openapi/gradiant-v1.yaml})
 * in the API's envelope, and the headers the API sends with them. Each body is rendered once, so a
 * benchmark measures the clients, never the fixtures.
 */
public final class Fixtures {
  /** The credential all three clients send. */
  public static final String TOKEN = "gr_live_benchmark_token_0123456789abcdef";

  /** The session {@code GET /sessions/{id}} asks for. */
  public static final String SESSION_ID = "sess_0000000042";

  /** The page size of the list scenarios (the API's maximum). */
  public static final int PAGE_SIZE = 100;

  /** How many sessions the paginated list holds. */
  public static final int LIST_TOTAL = 10_000;

  private static final String TIMESTAMP = "2026-03-21T10:30:00Z";

  /** {@code X-RateLimit-Reset}: far enough ahead that the budget never runs out during a run. */
  private static final long RATE_LIMIT_RESET =
      Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();

  private Fixtures() {}

  /** {@return the headers of every answer: JSON, a request id, and a generous rate limit} */
  public static Map<String, String> responseHeaders() {
    return Map.of(
        "Content-Type", "application/json; charset=utf-8",
        "X-Request-ID", "req_7f3c2a9e4b1d",
        "X-RateLimit-Limit", "1000000",
        "X-RateLimit-Remaining", "999999",
        "X-RateLimit-Reset", Long.toString(RATE_LIMIT_RESET));
  }

  /** {@return {@code GET /sessions/{id}}'s answer} */
  public static byte[] sessionBody() {
    StringBuilder json = new StringBuilder(1024).append("{\"data\":");
    session(json, 42);
    return meta(json).append('}').toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@return {@code POST /bookings}'s answer (201)} */
  public static byte[] bookingBody() {
    String json =
        "{\"data\":{\"id\":\"booking_8d2f61c0\",\"userId\":\"user_123\",\"practitionerId\":"
            + "\"prac_123\",\"serviceId\":\"service_123\",\"scheduledAt\":\"2026-04-01T10:00:00Z\","
            + "\"duration\":60,\"status\":\"pending\",\"sessionType\":\"video_call\",\"notes\":"
            + "\"First session, interested in stress management\",\"price\":{\"amount\":75.00,"
            + "\"currency\":\"USD\"},\"paymentStatus\":\"pending\",\"createdAt\":\""
            + TIMESTAMP
            + "\",\"updatedAt\":\""
            + TIMESTAMP
            + "\"},"
            + metaFields()
            + "}";
    return json.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * {@code GET /sessions?limit=..&offset=..}'s answer: the sessions from {@code offset} on, at most
   * {@code limit}, of a list of {@code total}.
   *
   * @param offset the index of the first session
   * @param limit the page size
   * @param total how many sessions the whole list holds
   * @return the body
   */
  public static byte[] sessionPage(int offset, int limit, int total) {
    int end = Math.min(total, offset + limit);
    StringBuilder json = new StringBuilder(400 * Math.max(1, end - offset)).append("{\"data\":[");
    for (int i = offset; i < end; i++) {
      if (i > offset) {
        json.append(',');
      }
      session(json, i);
    }
    json.append("],\"meta\":{\"requestId\":\"req_7f3c2a9e4b1d\",\"timestamp\":\"")
        .append(TIMESTAMP)
        .append("\",\"total\":")
        .append(total)
        .append(",\"limit\":")
        .append(limit)
        .append(",\"offset\":")
        .append(offset)
        .append("}}");
    return json.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Therapy sessions and assessment sessions alternate, each with the fields its kind has. */
  private static void session(StringBuilder json, int index) {
    String id = String.format("sess_%010d", index);
    json.append("{\"id\":\"").append(id).append("\",\"userId\":\"user_").append(index % 997);
    if (index % 2 == 0) {
      json.append("\",\"practitionerId\":\"prac_")
          .append(index % 31)
          .append("\",\"status\":\"completed\",\"sessionType\":\"video_call\",\"dueDate\":null,")
          .append("\"completedAt\":\"2026-03-20T11:00:00Z\",");
    } else {
      json.append("\",\"assessmentId\":\"assess_")
          .append(index % 7)
          .append("\",\"status\":\"submitted\",\"dueDate\":\"2026-03-28T23:59:59Z\",")
          .append("\"setupStartedAt\":\"2026-03-20T10:00:00Z\",")
          .append("\"taskStartedAt\":\"2026-03-20T10:15:00Z\",")
          .append("\"submittedAt\":\"2026-03-20T11:00:00Z\",")
          .append("\"assessmentName\":\"Senior PM Assessment\",");
    }
    json.append("\"userName\":\"Jane Smith\",\"userEmail\":\"jane.smith")
        .append(index % 997)
        .append("@example.com\",\"createdAt\":\"2026-03-19T09:00:00Z\",\"updatedAt\":\"")
        .append(TIMESTAMP)
        .append("\"}");
  }

  private static StringBuilder meta(StringBuilder json) {
    return json.append(',').append(metaFields());
  }

  private static String metaFields() {
    return "\"meta\":{\"requestId\":\"req_7f3c2a9e4b1d\",\"timestamp\":\"" + TIMESTAMP + "\"}";
  }
}
