package dev.gradiant.sdk.internal.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.conversations.Message;
import dev.gradiant.sdk.internal.json.Json;
import dev.gradiant.sdk.realtime.BookingUpdate;
import dev.gradiant.sdk.realtime.ChatMessage;
import dev.gradiant.sdk.realtime.RealtimeEvent;
import dev.gradiant.sdk.realtime.TypingIndicator;
import dev.gradiant.sdk.realtime.UnknownEvent;
import dev.gradiant.sdk.realtime.WebrtcSignal;
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
    return UnknownEvent.builder().type(frame.type()).json(frame.text()).build();
  }

  private static RealtimeEvent typed(InboundFrame frame) throws JsonProcessingException {
    ObjectMapper mapper = Json.mapper();
    JsonNode json = frame.json();
    return switch (frame.type()) {
      case BookingUpdate.TYPE ->
          frame.durable()
              ? BookingUpdate.builder()
                  .channel(frame.channel())
                  .seq(frame.seq())
                  .id(required(frame.string("id")))
                  .createdAt(required(mapper.treeToValue(json.get("createdAt"), Instant.class)))
                  .event(required(frame.string("event")))
                  .booking(mapper.treeToValue(required(json.get("data")), Booking.class))
                  .build()
              : null;
      case ChatMessage.TYPE ->
          frame.durable()
              ? ChatMessage.builder()
                  .channel(frame.channel())
                  .seq(frame.seq())
                  .id(required(frame.string("id")))
                  .createdAt(required(mapper.treeToValue(json.get("createdAt"), Instant.class)))
                  .message(mapper.treeToValue(required(json.get("data")), Message.class))
                  .build()
              : null;
      case TypingIndicator.TYPE ->
          TypingIndicator.builder()
              .channel(required(frame.channel()))
              .conversationId(required(frame.string("conversationId")))
              .userId(required(frame.string("userId")))
              .typing(required(json.get("isTyping")).booleanValue())
              .build();
      case WebrtcSignal.TYPE ->
          WebrtcSignal.builder()
              .channel(required(frame.channel()))
              .bookingId(required(frame.string("bookingId")))
              .fromUserId(required(frame.string("fromUserId")))
              .signalType(required(frame.string("signalType")))
              .signalData(mapper.convertValue(required(json.get("signalData")), MAP))
              .build();
      default -> null;
    };
  }

  private static <T> T required(T value) {
    return Objects.requireNonNull(value, "a required field is missing");
  }
}
