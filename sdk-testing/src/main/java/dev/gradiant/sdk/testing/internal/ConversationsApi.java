package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.testing.internal.Router.Security;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * {@code /users/{id}/conversations} and {@code /conversations/{id}/messages}: a conversation joins
 * a client and a practitioner's user, one per pair, opened by their first booking ({@link #open});
 * the demo user starts with one with {@code prac_101}. Only its participants may read or post to a
 * conversation (anyone else gets a {@code 404}, as for an unknown id). File uploads are {@link
 * UploadsApi}'s.
 */
final class ConversationsApi {
  /** The largest file the contract accepts ({@code x-max-size}): 25 MiB. */
  static final long MAX_FILE_SIZE = 26_214_400L;

  /** The longest text of a message ({@code maxLength}). */
  static final int MAX_TEXT = 5000;

  private final Store store;

  ConversationsApi(Store store) {
    this.store = store;
  }

  void register(Router router) {
    router.add("GET", "/users/{id}/conversations", Security.API, "read:messages", this::list);
    router.add(
        "GET", "/conversations/{id}/messages", Security.API, "read:messages", this::messages);
    router.add("POST", "/conversations/{id}/messages", Security.API, "write:messages", this::send);
    new UploadsApi(store).register(router);
  }

  /**
   * The conversation between a client and a practitioner's user, opened now if they have none.
   *
   * @return the conversation
   */
  static ObjectNode open(Store store, String clientId, String practitionerUserId, Instant now) {
    for (ObjectNode conversation : store.conversations.values()) {
      if (takesPart(conversation, clientId) && takesPart(conversation, practitionerUserId)) {
        return conversation;
      }
    }
    return add(store, store.ids.next("conv"), clientId, practitionerUserId, now);
  }

  /** Adds a conversation with a fixed id (the demo data's). */
  static ObjectNode add(
      Store store, String id, String clientId, String practitionerUserId, Instant createdAt) {
    ObjectNode conversation = Json.object();
    conversation.put("id", id);
    conversation.putArray("participantIds").add(clientId).add(practitionerUserId);
    conversation.put("createdAt", Times.format(createdAt));
    store.conversations.put(id, conversation);
    store.messages.put(id, new ArrayList<>());
    return conversation;
  }

  /**
   * Appends a message to its conversation, moves the conversation's {@code lastMessageAt} and
   * publishes the message on the feed's {@code conversations:} channel.
   */
  static void post(Store store, ObjectNode message, Instant at) {
    String conversationId = message.get("conversationId").asText();
    store.messages.get(conversationId).add(message);
    store.conversations.get(conversationId).put("lastMessageAt", Times.format(at));
    store.feed.publish(
        "conversations:" + conversationId,
        "message",
        store.feed.nextEventId(),
        at,
        frame -> frame.set("data", message.deepCopy()));
  }

  /** {@return a new message of the caller's, not yet posted} */
  static ObjectNode message(Store store, String conversationId, Call call, String type) {
    ObjectNode message = Json.object();
    message.put("id", store.ids.next("msg"));
    message.put("conversationId", conversationId);
    message.put("senderId", call.principal().userId());
    message.put("messageType", type);
    return message;
  }

  /** {@return the conversation of the path, or a 404 if none or the caller takes no part} */
  static ObjectNode conversation(Store store, Call call) {
    ObjectNode conversation = store.conversations.get(call.pathParam(0));
    if (conversation == null || !takesPart(conversation, call.principal().userId())) {
      throw ApiError.notFound("Conversation");
    }
    return conversation;
  }

  private static boolean takesPart(ObjectNode conversation, String userId) {
    for (var participant : (ArrayNode) conversation.get("participantIds")) {
      if (participant.asText().equals(userId)) {
        return true;
      }
    }
    return false;
  }

  private Reply list(Call call) {
    String userId = call.pathParam(0);
    QueryReader query = new QueryReader(call);
    int limit = query.limit(20);
    int offset = query.offset();
    query.done();
    store.user(userId);
    List<ObjectNode> mine = new ArrayList<>();
    for (ObjectNode conversation : store.conversations.values()) {
      if (takesPart(conversation, userId)) {
        mine.add(conversation);
      }
    }
    mine.sort(Comparator.comparing(ConversationsApi::latest).reversed());
    return Reply.json(200, call.page(mine, limit, offset));
  }

  private static Instant latest(ObjectNode conversation) {
    return Times.parseDateTime(
        conversation.has("lastMessageAt")
            ? conversation.get("lastMessageAt").asText()
            : conversation.get("createdAt").asText());
  }

  private Reply messages(Call call) {
    ObjectNode conversation = conversation(store, call);
    QueryReader query = new QueryReader(call);
    int limit = query.limit(20);
    int offset = query.offset();
    query.done();
    return Reply.json(
        200, call.page(store.messages.get(conversation.get("id").asText()), limit, offset));
  }

  private Reply send(Call call) {
    ObjectNode conversation = conversation(store, call);
    BodyReader body = BodyReader.of(call.jsonObject(), Set.of("content", "messageType"));
    String content = body.string("content", true, 1);
    if (content != null && content.codePointCount(0, content.length()) > MAX_TEXT) {
      body.issue("content", "Must be at most " + MAX_TEXT + " characters");
    }
    body.oneOf("messageType", false, Set.of("text"));
    body.done();
    ObjectNode message = message(store, conversation.get("id").asText(), call, "text");
    message.put("content", content);
    message.put("createdAt", Times.format(call.now()));
    post(store, message, call.now());
    return call.created(message);
  }
}
