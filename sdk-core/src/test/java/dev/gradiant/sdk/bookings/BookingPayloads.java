package dev.gradiant.sdk.bookings;

/** The spec's booking examples (document 004's booking, flattened and camelCased). */
final class BookingPayloads {
  private BookingPayloads() {}

  /** {@code components.examples.BookingPending}: the answer of create and get. */
  static final String PENDING =
      """
      {"id": "booking_123", "userId": "user_123", "practitionerId": "prac_123",
       "serviceId": "service_123", "scheduledAt": "2024-01-01T10:00:00Z", "duration": 60,
       "status": "pending", "sessionType": "video_call",
       "notes": "First session, interested in stress management",
       "price": {"amount": 75, "currency": "USD"}, "paymentStatus": "pending",
       "createdAt": "2024-01-01T00:00:00Z", "updatedAt": "2024-01-01T00:00:00Z"}""";

  /** The {@code rescheduled} example of {@code PUT /bookings/{id}}. */
  static final String RESCHEDULED =
      """
      {"id": "booking_123", "userId": "user_123", "practitionerId": "prac_123",
       "serviceId": "service_123", "scheduledAt": "2024-01-02T10:00:00Z", "duration": 60,
       "status": "pending", "sessionType": "video_call",
       "notes": "First session, interested in stress management",
       "price": {"amount": 75, "currency": "USD"}, "paymentStatus": "pending",
       "createdAt": "2024-01-01T00:00:00Z", "updatedAt": "2024-01-01T08:00:00Z"}""";

  /** The {@code cancelled} example of {@code DELETE /bookings/{id}}. */
  static final String CANCELLED =
      """
      {"id": "booking_123", "userId": "user_123", "practitionerId": "prac_123",
       "serviceId": "service_123", "scheduledAt": "2024-01-01T10:00:00Z", "duration": 60,
       "status": "cancelled", "sessionType": "video_call",
       "price": {"amount": 75, "currency": "USD"}, "paymentStatus": "refunded",
       "createdAt": "2024-01-01T00:00:00Z", "updatedAt": "2024-01-01T06:00:00Z"}""";

  /** Document 004's own create answer: no userId, serviceId, notes or updatedAt. */
  static final String CREATED_004 =
      """
      {"id": "booking_123", "practitionerId": "prac_123", "scheduledAt": "2024-01-01T10:00:00Z",
       "duration": 60, "status": "pending", "sessionType": "video_call",
       "price": {"amount": 75, "currency": "USD"}, "paymentStatus": "pending",
       "createdAt": "2024-01-01T00:00:00Z"}""";

  /** {@code {"data": <booking>, "meta": {...}}} with the spec's meta. */
  static String envelope(String booking) {
    return "{\"data\": "
        + booking
        + ", \"meta\": {\"requestId\": \"req_123\", \"timestamp\": \"2024-01-01T00:00:00Z\"}}";
  }
}
