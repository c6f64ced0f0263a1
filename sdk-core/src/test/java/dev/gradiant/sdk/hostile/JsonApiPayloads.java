package dev.gradiant.sdk.hostile;

/**
 * Document 004's own success bodies, in its JSON:API form ({@code data.type}, {@code
 * data.attributes} in snake_case, {@code data.relationships}), copied as the document shows them.
 */
final class JsonApiPayloads {
  private JsonApiPayloads() {}

  /** The answer of {@code POST /bookings}. */
  static final String BOOKING =
      """
      {
        "data": {
          "id": "booking_123",
          "type": "booking",
          "attributes": {
            "scheduled_at": "2024-01-01T10:00:00Z",
            "duration": 60,
            "status": "pending",
            "session_type": "video_call",
            "price": {
              "amount": 75,
              "currency": "USD"
            },
            "payment_status": "pending",
            "created_at": "2024-01-01T00:00:00Z"
          },
          "relationships": {
            "practitioner": {
              "data": {
                "id": "prac_123",
                "type": "practitioner"
              }
            }
          }
        }
      }""";

  /** One practitioner of the answer of {@code GET /practitioners}. */
  static final String PRACTITIONER_RESOURCE =
      """
      {
        "id": "prac_123",
        "type": "practitioner",
        "attributes": {
          "first_name": "Jane",
          "last_name": "Smith",
          "bio": "Certified yoga instructor with 10 years of experience",
          "specializations": ["Hatha Yoga", "Meditation"],
          "rating": 4.8,
          "total_sessions": 1250,
          "response_time": 120,
          "languages": ["English", "Spanish"],
          "verified": true
        },
        "relationships": {
          "availability": {
            "data": {
              "id": "avail_123",
              "type": "availability"
            }
          }
        }
      }""";

  /** The answer of {@code GET /practitioners}, with its {@code meta}. */
  static final String PRACTITIONER_LIST =
      """
      {
        "data": [%s],
        "meta": {
          "total_count": 150,
          "page": 1,
          "per_page": 20,
          "total_pages": 8
        }
      }"""
          .formatted(PRACTITIONER_RESOURCE);

  /** The answer of {@code GET /users/{user_id}}. */
  static final String USER =
      """
      {
        "data": {
          "id": "user_123",
          "type": "user",
          "attributes": {
            "email": "user@example.com",
            "first_name": "John",
            "last_name": "Doe",
            "date_of_birth": "1990-01-01",
            "phone_number": "+1234567890",
            "verified": true,
            "created_at": "2024-01-01T00:00:00Z",
            "updated_at": "2024-01-01T00:00:00Z"
          },
          "relationships": {
            "health_profile": {
              "data": {
                "id": "health_123",
                "type": "health_profile"
              }
            }
          }
        }
      }""";

  /** The answer of {@code GET /users/{user_id}/preferences}: snake_case in nested objects. */
  static final String PREFERENCES =
      """
      {
        "data": {
          "id": "pref_123",
          "type": "user_preferences",
          "attributes": {
            "language": "en",
            "timezone": "America/New_York",
            "notifications": {
              "email": true,
              "sms": false,
              "push": true
            },
            "privacy": {
              "profile_visibility": "public",
              "show_online_status": true
            }
          }
        }
      }""";

  /** The answer of {@code GET /practitioners/{id}/availability}: snake_case in a nested list. */
  static final String AVAILABILITY =
      """
      {
        "data": {
          "id": "avail_123",
          "type": "availability",
          "attributes": {
            "timezone": "America/New_York",
            "slots": [
              {
                "start_time": "2024-01-01T09:00:00Z",
                "end_time": "2024-01-01T10:00:00Z",
                "available": true,
                "price": {
                  "amount": 75,
                  "currency": "USD"
                }
              }
            ]
          }
        }
      }""";
}
