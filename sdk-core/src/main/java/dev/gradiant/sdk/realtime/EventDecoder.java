package dev.gradiant.sdk.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.conversations.Message;
import dev.gradiant.sdk.internal.json.Json;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Turns an event frame into its typed event. A type it does not know, or a frame of a known type it
 * cannot read (a required field missing or malformed), becomes an {@link UnknownEvent} keeping the
 * type and the JSON: never dropped, never thrown.
 */
final class EventDecoder {
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private EventDecoder() {}

  static RealtimeEvent decode(InboundFrame frame) {
    try {
      RealtimeEvent event = typed(frame);
      if (event != null) {
        return event;
      }
    } catch (JsonProcessingException | RuntimeException e) {
      // not readable as its type: kept below as an unknown event
    }
    return new UnknownEvent(frame.type(), frame.text());
  }

  private static RealtimeEvent typed(InboundFrame frame) throws JsonProcessingException {
    ObjectMapper mapper = Json.mapper();
    JsonNode json = frame.json();
    return switch (frame.type()) {
      case BookingUpdate.TYPE ->
          frame.durable()
              ? new BookingUpdate(
                  frame.channel(),
                  frame.seq(),
                  required(frame.string("id")),
                  mapper.treeToValue(json.get("createdAt"), Instant.class),
                  required(frame.string("event")),
                  mapper.treeToValue(required(json.get("data")), Booking.class))
              : null;
      case ChatMessage.TYPE ->
          frame.durable()
              ? new ChatMessage(
                  frame.channel(),
                  frame.seq(),
                  required(frame.string("id")),
                  mapper.treeToValue(json.get("createdAt"), Instant.class),
                  mapper.treeToValue(required(json.get("data")), Message.class))
              : null;
      case TypingIndicator.TYPE ->
          new TypingIndicator(
              required(frame.channel()),
              required(frame.string("conversationId")),
              required(frame.string("userId")),
              required(json.get("isTyping")).booleanValue());
      case WebrtcSignal.TYPE ->
          new WebrtcSignal(
              required(frame.channel()),
              required(frame.string("bookingId")),
              required(frame.string("fromUserId")),
              required(frame.string("signalType")),
              Map.copyOf(mapper.convertValue(required(json.get("signalData")), MAP)));
      default -> null;
    };
  }

  private static <T> T required(T value) {
    return Objects.requireNonNull(value, "a required field is missing");
  }
}
