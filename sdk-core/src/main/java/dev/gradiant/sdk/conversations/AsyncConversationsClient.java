package dev.gradiant.sdk.conversations;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.ResponseFutures;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import dev.gradiant.sdk.pagination.AsyncPage;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ConversationsClient} without blocking: the same operations, each returning a {@link
 * CompletableFuture} that completes with the same result or fails with the same exception. Lists
 * are {@link AsyncPage}s. An upload's file is streamed on one of OkHttp's threads, where its
 * progress listener is called too.
 *
 * <p>Arguments are checked before anything is sent, and a bad one is thrown at once. Cancelling a
 * returned future cancels the request in flight and any retry to come.
 */
public final class AsyncConversationsClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(AsyncConversationsClient.class, AsyncConversationsClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  AsyncConversationsClient(RequestExecutor executor) {
    this.executor = executor;
    this.raw = new WithRawResponse(executor);
  }

  /**
   * A view of this sub-client whose calls use {@code options} (timeout, retries, idempotency key,
   * extra headers, credentials) on top of the client's settings. An idempotency key in {@code
   * options} applies to one call: the first {@code POST} through the view (or through a view
   * derived from it) sends it, and a later one throws {@link IllegalStateException} before sending;
   * make a new view for each call.
   *
   * @param options the options to apply
   * @return the view; this sub-client is unchanged
   */
  public AsyncConversationsClient withOptions(RequestOptions options) {
    return new AsyncConversationsClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@code GET /users/{id}/conversations}: the first page of the user's conversations.
   *
   * @param userId the user's id
   * @return a future of the page; {@link AsyncPage#autoPager()} publishes every conversation
   */
  public CompletableFuture<AsyncPage<Conversation>> listForUser(String userId) {
    return ResponseFutures.data(raw.listForUser(userId));
  }

  /**
   * {@code GET /users/{id}/conversations}: one page of the user's conversations.
   *
   * @param userId the user's id
   * @param params page size and offset
   * @return a future of the page
   */
  public CompletableFuture<AsyncPage<Conversation>> listForUser(
      String userId, ConversationListParams params) {
    return ResponseFutures.data(raw.listForUser(userId, params));
  }

  /**
   * {@code GET /conversations/{id}/messages}: the first page of the conversation's messages, oldest
   * first.
   *
   * @param conversationId the conversation's id
   * @return a future of the page; {@link AsyncPage#autoPager()} publishes every message
   */
  public CompletableFuture<AsyncPage<Message>> listMessages(String conversationId) {
    return ResponseFutures.data(raw.listMessages(conversationId));
  }

  /**
   * {@code GET /conversations/{id}/messages}: one page of the conversation's messages.
   *
   * @param conversationId the conversation's id
   * @param params page size and offset
   * @return a future of the page
   */
  public CompletableFuture<AsyncPage<Message>> listMessages(
      String conversationId, MessageListParams params) {
    return ResponseFutures.data(raw.listMessages(conversationId, params));
  }

  /**
   * {@code POST /conversations/{id}/messages}: sends a text message as the caller.
   *
   * @param conversationId the conversation's id
   * @param params the text
   * @return a future of the message sent
   */
  public CompletableFuture<Message> sendMessage(String conversationId, MessageCreateParams params) {
    return executor.executeForDataAsync(
        ConversationsRequests.sendMessage(conversationId, params), ConversationsRequests.MESSAGE);
  }

  /**
   * {@code POST /conversations/{id}/files}: uploads a file, with an optional text, as a {@code
   * file} message. The file is streamed from its source while the request is written.
   *
   * @param conversationId the conversation's id
   * @param params the file, its name and type, the text, a progress listener
   * @return a future of the message created, with the attachment's metadata; it fails with a {@link
   *     dev.gradiant.sdk.errors.ClientFailureException} if the upload was stopped while sending (as
   *     {@link ConversationsClient#uploadFile} throws)
   * @throws IllegalStateException if {@code params} hold an {@code InputStream} an earlier call
   *     already read
   */
  public CompletableFuture<Message> uploadFile(String conversationId, FileUploadParams params) {
    return executor.executeForDataAsync(
        ConversationsRequests.uploadFile(conversationId, params), ConversationsRequests.MESSAGE);
  }

  /** {@link AsyncConversationsClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code GET /users/{id}/conversations} with the server's default page size.
     *
     * @param userId the user's id
     * @return a future of the first page and the response metadata
     */
    public CompletableFuture<ApiResponse<AsyncPage<Conversation>>> listForUser(String userId) {
      return listForUser(userId, ConversationListParams.builder().build());
    }

    /**
     * {@code GET /users/{id}/conversations}.
     *
     * @param userId the user's id
     * @param params page size and offset
     * @return a future of the page and the response metadata
     */
    public CompletableFuture<ApiResponse<AsyncPage<Conversation>>> listForUser(
        String userId, ConversationListParams params) {
      return executor.executeListAsync(
          ConversationsRequests.list(userId, params), ConversationsRequests.CONVERSATIONS);
    }

    /**
     * {@code GET /conversations/{id}/messages} with the server's default page size.
     *
     * @param conversationId the conversation's id
     * @return a future of the first page and the response metadata
     */
    public CompletableFuture<ApiResponse<AsyncPage<Message>>> listMessages(String conversationId) {
      return listMessages(conversationId, MessageListParams.builder().build());
    }

    /**
     * {@code GET /conversations/{id}/messages}.
     *
     * @param conversationId the conversation's id
     * @param params page size and offset
     * @return a future of the page and the response metadata
     */
    public CompletableFuture<ApiResponse<AsyncPage<Message>>> listMessages(
        String conversationId, MessageListParams params) {
      return executor.executeListAsync(
          ConversationsRequests.listMessages(conversationId, params),
          ConversationsRequests.MESSAGES);
    }

    /**
     * {@code POST /conversations/{id}/messages}.
     *
     * @param conversationId the conversation's id
     * @param params the text
     * @return a future of the message sent and the response metadata
     */
    public CompletableFuture<ApiResponse<Message>> sendMessage(
        String conversationId, MessageCreateParams params) {
      return executor.executeAsync(
          ConversationsRequests.sendMessage(conversationId, params), ConversationsRequests.MESSAGE);
    }

    /**
     * {@code POST /conversations/{id}/files}.
     *
     * @param conversationId the conversation's id
     * @param params the file, its name and type, the text, a progress listener
     * @return a future of the message created and the response metadata
     */
    public CompletableFuture<ApiResponse<Message>> uploadFile(
        String conversationId, FileUploadParams params) {
      return executor.executeAsync(
          ConversationsRequests.uploadFile(conversationId, params), ConversationsRequests.MESSAGE);
    }
  }
}
