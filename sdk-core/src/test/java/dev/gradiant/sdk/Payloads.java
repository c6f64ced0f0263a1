package dev.gradiant.sdk;

/** The documents' own example payloads, in the contract's envelope and camelCase. */
public final class Payloads {
  private Payloads() {}

  /** Document 004's user, flattened and camelCased. */
  public static final String USER =
      """
      {"id": "user_123", "email": "user@example.com", "firstName": "John", "lastName": "Doe",
       "dateOfBirth": "1990-01-01", "phoneNumber": "+1234567890", "verified": true,
       "createdAt": "2024-01-01T00:00:00Z", "updatedAt": "2024-01-01T00:00:00Z"}""";

  /** Document 000's meta. */
  public static final String META =
      "{\"requestId\": \"req_123\", \"timestamp\": \"2024-03-21T10:30:00Z\"}";

  /** {@code {"data": <data>, "meta": <META>}}. */
  public static String envelope(String data) {
    return "{\"data\": " + data + ", \"meta\": " + META + "}";
  }

  /** A list envelope with paging counters. */
  public static String list(String items, long total, int limit, int offset) {
    return "{\"data\": ["
        + items
        + "], \"meta\": {\"requestId\": \"req_123\", \"timestamp\": \"2024-03-21T10:30:00Z\","
        + " \"total\": "
        + total
        + ", \"limit\": "
        + limit
        + ", \"offset\": "
        + offset
        + "}}";
  }
}
