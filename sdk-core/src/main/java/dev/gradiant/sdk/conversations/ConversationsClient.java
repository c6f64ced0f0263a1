package dev.gradiant.sdk.conversations;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import dev.gradiant.sdk.pagination.Page;

/**
 * The conversation endpoints: a user's conversations, a conversation's messages, sending a text
 * message, and uploading a file ({@code multipart/form-data}, streamed; see {@link
 * FileUploadParams} for the limits checked before sending, and for which uploads are retried).
 *
 * <p>Every method checks its arguments before sending anything: a null, blank or path-changing id,
 * a blank or too long text, a file over 25 MiB or of a type the contract does not accept is an
 * {@link IllegalArgumentException} or {@link NullPointerException} naming the argument. API errors
 * are thrown as {@link dev.gradiant.sdk.errors.ApiException} subclasses; uploads have their own
 * rate limit (50 an hour per user), whose {@code 429} is a {@link
 * dev.gradiant.sdk.errors.RateLimitException} carrying {@code Retry-After} like any other; an
 * upload the server finds too large ({@code 413}) is a {@link
 * dev.gradiant.sdk.errors.PayloadTooLargeException}.
 */
public final class ConversationsClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(ConversationsClient.class, ConversationsClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  ConversationsClient(RequestExecutor executor) {
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
  public ConversationsClient withOptions(RequestOptions options) {
    return new ConversationsClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@code GET /users/{id}/conversations}: the first page of the user's conversations.
   *
   * @param userId the user's id
   * @return the page; {@link Page#autoPager()} walks every conversation
   */
  public Page<Conversation> listForUser(String userId) {
    return raw.listForUser(userId).data();
  }

  /**
   * {@code GET /users/{id}/conversations}: one page of the user's conversations.
   *
   * @param userId the user's id
   * @param params page size and offset
   * @return the page; {@link Page#autoPager()} walks every conversation from there on
   */
  public Page<Conversation> listForUser(String userId, ConversationListParams params) {
    return raw.listForUser(userId, params).data();
  }

  /**
   * {@code GET /conversations/{id}/messages}: the first page of the conversation's messages, oldest
   * first.
   *
   * @param conversationId the conversation's id
   * @return the page; {@link Page#autoPager()} walks every message
   */
  public Page<Message> listMessages(String conversationId) {
    return raw.listMessages(conversationId).data();
  }

  /**
   * {@code GET /conversations/{id}/messages}: one page of the conversation's messages.
   *
   * @param conversationId the conversation's id
   * @param params page size and offset
   * @return the page; {@link Page#autoPager()} walks every message from there on
   */
  public Page<Message> listMessages(String conversationId, MessageListParams params) {
    return raw.listMessages(conversationId, params).data();
  }

  /**
   * {@code POST /conversations/{id}/messages}: sends a text message as the caller.
   *
   * @param conversationId the conversation's id
   * @param params the text
   * @return the message sent
   */
  public Message sendMessage(String conversationId, MessageCreateParams params) {
    return executor.executeForData(
        ConversationsRequests.sendMessage(conversationId, params), ConversationsRequests.MESSAGE);
  }

  /**
   * {@code POST /conversations/{id}/files}: uploads a file, with an optional text, as a {@code
   * file} message. The file is streamed from its source while the request is written.
   *
   * @param conversationId the conversation's id
   * @param params the file, its name and type, the text, a progress listener
   * @return the message created, with the attachment's metadata (size and SHA-256 of what the
   *     server received)
   * @throws IllegalStateException if {@code params} hold an {@code InputStream} an earlier call
   *     already read
   * @throws dev.gradiant.sdk.errors.ClientFailureException if the upload was stopped while sending:
   *     the stream gave more than the limit or than it declared, reading it failed, or the progress
   *     listener threw (the cause says which); it is not retried
   */
  public Message uploadFile(String conversationId, FileUploadParams params) {
    return executor.executeForData(
        ConversationsRequests.uploadFile(conversationId, params), ConversationsRequests.MESSAGE);
  }

  /** {@link ConversationsClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code GET /users/{id}/conversations} with the server's default page size.
     *
     * @param userId the user's id
     * @return the first page and the response metadata
     */
    public ApiResponse<Page<Conversation>> listForUser(String userId) {
      return listForUser(userId, ConversationListParams.builder().build());
    }

    /**
     * {@code GET /users/{id}/conversations}.
     *
     * @param userId the user's id
     * @param params page size and offset
     * @return the page and the response metadata
     */
    public ApiResponse<Page<Conversation>> listForUser(
        String userId, ConversationListParams params) {
      return executor.executeList(
          ConversationsRequests.list(userId, params), ConversationsRequests.CONVERSATIONS);
    }

    /**
     * {@code GET /conversations/{id}/messages} with the server's default page size.
     *
     * @param conversationId the conversation's id
     * @return the first page and the response metadata
     */
    public ApiResponse<Page<Message>> listMessages(String conversationId) {
      return listMessages(conversationId, MessageListParams.builder().build());
    }

    /**
     * {@code GET /conversations/{id}/messages}.
     *
     * @param conversationId the conversation's id
     * @param params page size and offset
     * @return the page and the response metadata
     */
    public ApiResponse<Page<Message>> listMessages(
        String conversationId, MessageListParams params) {
      return executor.executeList(
          ConversationsRequests.listMessages(conversationId, params),
          ConversationsRequests.MESSAGES);
    }

    /**
     * {@code POST /conversations/{id}/messages}.
     *
     * @param conversationId the conversation's id
     * @param params the text
     * @return the message sent and the response metadata
     */
    public ApiResponse<Message> sendMessage(String conversationId, MessageCreateParams params) {
      return executor.execute(
          ConversationsRequests.sendMessage(conversationId, params), ConversationsRequests.MESSAGE);
    }

    /**
     * {@code POST /conversations/{id}/files}.
     *
     * @param conversationId the conversation's id
     * @param params the file, its name and type, the text, a progress listener
     * @return the message created and the response metadata
     */
    public ApiResponse<Message> uploadFile(String conversationId, FileUploadParams params) {
      return executor.execute(
          ConversationsRequests.uploadFile(conversationId, params), ConversationsRequests.MESSAGE);
    }
  }
}
