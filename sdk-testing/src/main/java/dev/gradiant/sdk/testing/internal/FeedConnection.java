package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.testing.internal.Principal.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;

/**
 * One client connection of the live feed, as the AsyncAPI document describes it: {@code auth} first
 * (anything else, or a token the sandbox does not know, closes {@code 4401}), then {@code
 * subscribe}/{@code unsubscribe}, chat {@code message}s (stored as REST's {@code POST
 * /conversations/{id}/messages} stores them, once per {@code idempotencyKey}), {@code typing} and
 * {@code webrtc_signal} relayed to the channel, and {@code ping} answered with {@code pong}.
 */
final class FeedConnection extends WebSocketListener implements FeedHub.Subscriber {
  private static final Pattern CHANNEL =
      Pattern.compile("^(bookings|conversations|calls):[^\\s:]+$");
  private static final int MAX_FRAME = 64 * 1024;
  private static final int HEARTBEAT_MS = 25_000;

  private final FeedHub hub;
  private final Supplier<Store> stores;
  private final String id;
  private volatile WebSocket socket;
  private volatile Principal principal;

  FeedConnection(FeedHub hub, Supplier<Store> stores, String id) {
    this.hub = hub;
    this.stores = stores;
    this.id = id;
  }

  /** Queues a text frame; a connection that is closing drops it. */
  void send(String text) {
    WebSocket current = socket;
    if (current != null) {
      hub.gate().send(current, text);
    }
  }

  @Override
  public void event(ObjectNode frame, String text) {
    send(text);
  }

  /** Starts the close handshake with {@code code}. */
  void close(int code, String reason) {
    WebSocket current = socket;
    if (current != null) {
      current.close(code, reason);
    }
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    socket = webSocket;
    hub.opened(this);
  }

  @Override
  public void onMessage(WebSocket webSocket, ByteString bytes) {
    webSocket.close(4400, "bad_request");
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    if (text.getBytes(StandardCharsets.UTF_8).length > MAX_FRAME) {
      webSocket.close(1009, "message_too_big");
      return;
    }
    JsonNode frame;
    try {
      frame = Json.parse(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      frame = null;
    }
    if (frame == null || !frame.isObject() || !frame.path("type").isTextual()) {
      webSocket.close(4400, "bad_request");
      return;
    }
    String type = frame.get("type").asText();
    String ref = frame.path("ref").isTextual() ? frame.get("ref").asText() : null;
    if (type.equals("auth")) {
      authenticate(frame.path("token").asText(""), ref);
    } else if (principal == null) {
      error(ref, "AUTHENTICATION_REQUIRED", "Send auth first");
      webSocket.close(4401, "auth_required");
    } else {
      handle(type, frame, ref);
    }
  }

  private void handle(String type, JsonNode frame, String ref) {
    switch (type) {
      case "subscribe" ->
          subscribe(frame.path("channel").asText(""), frame.path("resumeFrom"), ref);
      case "unsubscribe" -> {
        hub.unsubscribe(this, frame.path("channel").asText(""));
        ObjectNode reply = Json.object().put("type", "unsubscribed");
        FeedHub.putRef(reply, ref);
        send(FeedHub.text(reply.put("channel", frame.path("channel").asText(""))));
      }
      case "message" -> message(frame, ref);
      case "typing" -> typing(frame);
      case "webrtc_signal" -> signal(frame);
      case "ping" -> {
        ObjectNode pong = Json.object().put("type", "pong");
        FeedHub.putRef(pong, ref);
        send(FeedHub.text(pong.put("serverTime", Times.format(stores.get().clock.instant()))));
      }
      default -> error(ref, "UNSUPPORTED_MESSAGE_TYPE", "Unknown message type");
    }
  }

  private void authenticate(String token, String ref) {
    Store store = stores.get();
    Principal found;
    Instant now;
    synchronized (store) {
      now = store.clock.instant();
      found = token.isEmpty() ? null : store.tokens.bearer(token);
    }
    if (found == null || found.expired(now) || found.kind() == Kind.SESSION) {
      error(ref, "INVALID_TOKEN", "Authentication token invalid or expired");
      socket.close(4401, "invalid_token");
      return;
    }
    Principal before = principal;
    if (before != null && !before.userId().equals(found.userId())) {
      socket.close(4403, "forbidden");
      return;
    }
    principal = found;
    ObjectNode reply = Json.object().put("type", "authenticated");
    FeedHub.putRef(reply, ref);
    reply.put("userId", found.userId()).put("connectionId", id);
    if (found.expiresAt() != null) {
      reply.put("expiresAt", Times.format(found.expiresAt()));
    }
    send(FeedHub.text(reply.put("heartbeatIntervalMs", HEARTBEAT_MS)));
  }

  private void subscribe(String channel, JsonNode resumeFrom, String ref) {
    if (!CHANNEL.matcher(channel).matches() || channel.length() > 200) {
      error(
          ref,
          "VALIDATION_ERROR",
          "channel must be bookings:{userId}, conversations:{id} or calls:{bookingId}");
      return;
    }
    Long from =
        resumeFrom.canConvertToLong() && resumeFrom.asLong() >= 0 ? resumeFrom.asLong() : null;
    Store store = stores.get();
    synchronized (store) {
      String target = channel.substring(channel.indexOf(':') + 1);
      String refusal =
          channel.startsWith("bookings:")
              ? (target.equals(principal.userId()) ? null : "INSUFFICIENT_PERMISSIONS")
              : channel.startsWith("conversations:")
                  ? (takesPart(store.conversations.get(target)) ? null : "RESOURCE_NOT_FOUND")
                  : (bookingOf(store, target) ? null : "RESOURCE_NOT_FOUND");
      if (refusal != null) {
        ObjectNode error =
            errorFrame(
                ref,
                refusal,
                refusal.equals("RESOURCE_NOT_FOUND") ? "Channel not found" : "Not your channel");
        send(FeedHub.text(error.put("channel", channel)));
        return;
      }
      hub.subscribe(this, channel, from, ref);
    }
  }

  private void message(JsonNode frame, String ref) {
    String conversationId = frame.path("conversationId").asText("");
    String content = frame.path("content").asText("");
    String key =
        frame.path("idempotencyKey").isTextual() ? frame.get("idempotencyKey").asText() : null;
    if (content.isEmpty() || conversationId.isEmpty()) {
      error(ref, "VALIDATION_ERROR", "conversationId and content are required");
      return;
    }
    Store store = stores.get();
    ObjectNode message;
    synchronized (store) {
      if (!takesPart(store.conversations.get(conversationId))) {
        error(ref, "RESOURCE_NOT_FOUND", "Conversation not found");
        return;
      }
      String remembered = key == null ? null : principal.userId() + "\n" + key;
      message = remembered == null ? null : store.feedMessages.get(remembered);
      if (message == null) {
        Instant now = store.clock.instant();
        message = Json.object();
        message.put("id", store.ids.next("msg"));
        message.put("conversationId", conversationId);
        message.put("senderId", principal.userId());
        message.put("messageType", "text");
        message.put("content", content);
        message.put("createdAt", Times.format(now));
        ConversationsApi.post(store, message, now);
        if (remembered != null) {
          store.feedMessages.put(remembered, message);
        }
      }
      ObjectNode reply = Json.object().put("type", "message_accepted");
      FeedHub.putRef(reply, ref);
      reply.set("data", message.deepCopy());
      send(FeedHub.text(reply));
    }
  }

  private void typing(JsonNode frame) {
    String conversationId = frame.path("conversationId").asText("");
    ObjectNode event = Json.object().put("type", "typing");
    event.put("channel", "conversations:" + conversationId);
    event.put("conversationId", conversationId);
    event.put("userId", principal.userId());
    event.put("isTyping", frame.path("isTyping").asBoolean());
    hub.relay("conversations:" + conversationId, event, this);
  }

  private void signal(JsonNode frame) {
    String bookingId = frame.path("bookingId").asText("");
    ObjectNode event = Json.object().put("type", "webrtc_signal");
    event.put("channel", "calls:" + bookingId);
    event.put("bookingId", bookingId);
    event.put("fromUserId", principal.userId());
    event.put("signalType", frame.path("signalType").asText(""));
    event.set(
        "signalData",
        frame.path("signalData").isObject() ? frame.get("signalData") : Json.object());
    hub.relay("calls:" + bookingId, event, this);
  }

  private boolean takesPart(ObjectNode conversation) {
    if (conversation == null) {
      return false;
    }
    for (JsonNode participant : (ArrayNode) conversation.get("participantIds")) {
      if (participant.asText().equals(principal.userId())) {
        return true;
      }
    }
    return false;
  }

  private boolean bookingOf(Store store, String bookingId) {
    ObjectNode booking = store.bookings.get(bookingId);
    if (booking == null) {
      return false;
    }
    return store.bookingUsers(booking).contains(principal.userId());
  }

  private void error(String ref, String code, String message) {
    send(FeedHub.text(errorFrame(ref, code, message)));
  }

  private static ObjectNode errorFrame(String ref, String code, String message) {
    ObjectNode frame = Json.object().put("type", "error");
    FeedHub.putRef(frame, ref);
    frame.putObject("error").put("code", code).put("message", message);
    return frame;
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    webSocket.close(1000, null);
    hub.ended(this);
  }

  @Override
  public void onClosed(WebSocket webSocket, int code, String reason) {
    hub.ended(this);
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable t, Response response) {
    hub.ended(this);
  }
}
