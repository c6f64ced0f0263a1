package dev.gradiant.sdk.conversations;

/** The spec's examples of the conversation resources. */
final class ConversationPayloads {
  private ConversationPayloads() {}

  static final String CONVERSATION =
      """
      {"id": "conv_123", "participantIds": ["user_123", "user_456"],
       "lastMessageAt": "2024-01-01T10:05:00Z", "createdAt": "2024-01-01T09:00:00Z"}""";

  static final String TEXT_MESSAGE =
      """
      {"id": "msg_123", "conversationId": "conv_123", "senderId": "user_123",
       "messageType": "text", "content": "Hello, I'm looking forward to our session tomorrow.",
       "createdAt": "2024-01-01T10:00:00Z"}""";

  static final String FILE_MESSAGE =
      """
      {"id": "msg_124", "conversationId": "conv_123", "senderId": "user_123",
       "messageType": "file", "content": "Here's the health report we discussed",
       "attachment": {"id": "att_123", "fileName": "document.pdf", "contentType": "application/pdf",
         "size": 182044,
         "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"},
       "createdAt": "2024-01-01T10:05:00Z"}""";
}
