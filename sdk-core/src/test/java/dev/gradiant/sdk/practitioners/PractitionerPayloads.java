package dev.gradiant.sdk.practitioners;

/** The spec's practitioner examples (document 004's, flattened and camelCased). */
final class PractitionerPayloads {
  private PractitionerPayloads() {}

  /** An item of the {@code yoga} example of {@code GET /practitioners}. */
  static final String LISTED =
      """
      {"id": "prac_123", "firstName": "Jane", "lastName": "Smith",
       "bio": "Certified yoga instructor with 10 years of experience",
       "specializations": ["Hatha Yoga", "Meditation"], "rating": 4.8, "totalSessions": 1250,
       "responseTime": 120, "languages": ["English", "Spanish"], "verified": true,
       "availabilityId": "avail_123"}""";

  /** The {@code practitioner} example of {@code GET /practitioners/{id}}. */
  static final String FULL =
      """
      {"id": "prac_123", "userId": "user_456", "firstName": "Jane", "lastName": "Smith",
       "bio": "Certified yoga instructor with 10 years of experience",
       "specializations": ["Hatha Yoga", "Meditation"], "experience": 10, "rating": 4.8,
       "totalSessions": 1250, "responseTime": 120, "languages": ["English", "Spanish"],
       "basePrice": {"amount": 75, "currency": "USD"}, "verified": true,
       "availabilityId": "avail_123", "createdAt": "2024-01-01T00:00:00Z",
       "updatedAt": "2024-01-01T00:00:00Z"}""";

  /** The {@code week} example of {@code GET /practitioners/{id}/availability}. */
  static final String AVAILABILITY =
      """
      {"id": "avail_123", "practitionerId": "prac_123", "timezone": "America/New_York",
       "slots": [{"startTime": "2024-01-01T09:00:00Z", "endTime": "2024-01-01T10:00:00Z",
                  "available": true, "price": {"amount": 75, "currency": "USD"}}]}""";

  /** A listed practitioner with another id. */
  static String listed(String id) {
    return LISTED.replace("prac_123", id);
  }

  /** {@code {"data": <data>, "meta": {...}}} with the spec's meta. */
  static String envelope(String data) {
    return "{\"data\": "
        + data
        + ", \"meta\": {\"requestId\": \"req_123\", \"timestamp\": \"2024-01-01T00:00:00Z\"}}";
  }

  /** A list envelope with the spec's paging counters. */
  static String list(String items, long total, int limit, int offset) {
    return """
        {"data": [%s],
         "meta": {"requestId": "req_123", "timestamp": "2024-01-01T00:00:00Z",
                  "total": %d, "limit": %d, "offset": %d}}"""
        .formatted(items, total, limit, offset);
  }
}
