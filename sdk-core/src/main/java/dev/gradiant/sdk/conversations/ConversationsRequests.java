package dev.gradiant.sdk.conversations;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.gradiant.sdk.internal.http.ApiRequest;
import dev.gradiant.sdk.internal.http.MultipartForm;
import dev.gradiant.sdk.internal.http.ProgressSink;
import dev.gradiant.sdk.internal.json.Json;
import java.util.Objects;

/**
 * The requests of the conversation endpoints and the readers of their answers, built in one place
 * for {@link ConversationsClient} and {@link AsyncConversationsClient}. Each checks its arguments.
 */
final class ConversationsRequests {
  static final ObjectReader CONVERSATIONS = Json.listEnvelopeReader(Conversation.class);
  static final ObjectReader MESSAGE = Json.envelopeReader(Message.class);
  static final ObjectReader MESSAGES = Json.listEnvelopeReader(Message.class);

  private ConversationsRequests() {}

  static ApiRequest list(String userId, ConversationListParams params) {
    Objects.requireNonNull(params, "params must not be null");
    return ApiRequest.get("/users/{id}/conversations")
        .pathParam("userId", userId)
        .query("limit", params.limit().orElse(null))
        .query("offset", params.offset().orElse(null))
        .build();
  }

  static ApiRequest listMessages(String conversationId, MessageListParams params) {
    Objects.requireNonNull(params, "params must not be null");
    return ApiRequest.get("/conversations/{id}/messages")
        .pathParam("conversationId", conversationId)
        .query("limit", params.limit().orElse(null))
        .query("offset", params.offset().orElse(null))
        .build();
  }

  static ApiRequest sendMessage(String conversationId, MessageCreateParams params) {
    Objects.requireNonNull(params, "params must not be null");
    return ApiRequest.post("/conversations/{id}/messages")
        .pathParam("conversationId", conversationId)
        .body(params)
        .build();
  }

  static ApiRequest uploadFile(String conversationId, FileUploadParams params) {
    Objects.requireNonNull(params, "params must not be null");
    ApiRequest.Builder request =
        ApiRequest.post("/conversations/{id}/files").pathParam("conversationId", conversationId);
    if (!params.content().canSendAgain()) {
      throw new IllegalStateException(
          "These FileUploadParams' InputStream was read by an earlier call and cannot be sent"
              + " again; build new params for each upload from a stream");
    }
    MultipartForm.Builder form =
        MultipartForm.withFile(
                "file",
                params.fileName(),
                params.contentType(),
                params.content(),
                FileUploadParams.MAX_FILE_SIZE)
            .field("message", params.message().orElse(null));
    params.progressListener().ifPresent(listener -> form.progress(progress(listener)));
    return request.multipartBody(form.build()).build();
  }

  private static ProgressSink progress(UploadProgressListener listener) {
    return listener::onProgress;
  }
}
