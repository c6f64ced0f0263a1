package dev.gradiant.sdk.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.ModelShape;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.conversations.Message;
import dev.gradiant.sdk.conversations.MessageType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The events of the feed are an API that can grow for years: final classes built by builders (a
 * field can be added without breaking a constructor call or a record pattern), equal by value, and
 * {@link RealtimeEvent} open to new types (not sealed, so no exhaustive switch breaks).
 */
class RealtimeEventShapeTest {
  private static final Instant AT = Instant.parse("2024-01-01T09:00:00Z");

  static BookingUpdate bookingUpdate() {
    return BookingUpdate.builder()
        .channel(Channel.bookings("user_123"))
        .seq(42)
        .id("evt_42")
        .createdAt(AT)
        .event("booking.confirmed")
        .booking(Booking.builder().id("booking_1").notes("knee pain since May").build())
        .build();
  }

  static ChatMessage chatMessage() {
    return ChatMessage.builder()
        .channel(Channel.conversation("conv_123"))
        .seq(7)
        .id("evt_7")
        .createdAt(AT)
        .message(
            Message.builder()
                .id("msg_1")
                .conversationId("conv_123")
                .senderId("user_456")
                .messageType(MessageType.TEXT)
                .content("my blood test came back")
                .createdAt(AT)
                .build())
        .build();
  }

  static WebrtcSignal webrtcSignal() {
    return WebrtcSignal.builder()
        .channel(Channel.call("booking_1"))
        .bookingId("booking_1")
        .fromUserId("user_456")
        .signalType("offer")
        .signalData(Map.of("sdp", "v=0 o=- 10.0.0.7"))
        .build();
  }

  static List<Object> everyType() {
    return List.of(
        bookingUpdate(),
        chatMessage(),
        TypingIndicator.builder()
            .channel(Channel.conversation("conv_123"))
            .conversationId("conv_123")
            .userId("user_456")
            .typing(true)
            .build(),
        webrtcSignal(),
        ResyncRequired.builder()
            .channel(Channel.bookings("user_123"))
            .seq(5120)
            .reason("history_expired")
            .build(),
        FeedError.builder()
            .code("RATE_LIMIT_EXCEEDED")
            .message("Slow down, jane@x.example")
            .build(),
        UnknownEvent.builder().type("payment_update").json("{\"type\":\"payment_update\"}").build(),
        Subscribed.builder().channel(Channel.bookings("user_123")).seq(0).build());
  }

  @Test
  void everyEventTypeAndTheAcknowledgementAreGrowableClasses() throws Exception {
    for (Object value : everyType()) {
      // fails on main: they were records with public canonical constructors and no builder
      ModelShape.assertGrowable(value.getClass());
    }
  }

  @Test
  void realtimeEventIsOpenToNewTypes() {
    // fails on main: a sealed interface, so a new event type broke every exhaustive switch
    assertThat(RealtimeEvent.class.isSealed()).isFalse();
    assertThat(RealtimeEvent.class.isInterface()).isTrue();
  }

  @Test
  void toBuilderKeepsEveryFieldAndEqualityIsByValue() throws Exception {
    for (Object value : everyType()) {
      Object copy = value.getClass().getMethod("toBuilder").invoke(value);
      Object rebuilt = copy.getClass().getMethod("build").invoke(copy);
      assertThat(rebuilt).isEqualTo(value).hasSameHashCodeAs(value).isNotSameAs(value);
      assertThat(rebuilt.toString()).isEqualTo(value.toString());
    }
    assertThat(bookingUpdate().toBuilder().seq(43).build()).isNotEqualTo(bookingUpdate());
  }

  @Test
  void accessorsKeepTheirNames() {
    BookingUpdate update = bookingUpdate();
    assertThat(update.type()).isEqualTo("booking_update");
    assertThat(update.channel()).isEqualTo(Channel.bookings("user_123"));
    assertThat(update.seq()).isEqualTo(42);
    assertThat(update.id()).isEqualTo("evt_42");
    assertThat(update.createdAt()).isEqualTo(AT);
    assertThat(update.event()).isEqualTo("booking.confirmed");
    assertThat(update.booking().id()).isEqualTo("booking_1");
    assertThat(chatMessage().message().content()).contains("my blood test came back");
    assertThat(webrtcSignal().signalData()).containsEntry("sdp", "v=0 o=- 10.0.0.7");
  }

  @Test
  void buildersRejectWhatTheContractDoesNot() {
    assertThatThrownBy(() -> BookingUpdate.builder().seq(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChatMessage.builder().seq(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BookingUpdate.builder().seq(1L << 53))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Subscribed.builder().seq(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BookingUpdate.builder().channel(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> TypingIndicator.builder().channel(Channel.conversation("c")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("conversationId");
  }

  @Test
  void signalDataKeepsJsonNullsAndCannotBeChanged() {
    Map<String, Object> data = new java.util.HashMap<>();
    data.put("candidate", null);
    WebrtcSignal signal = webrtcSignal().toBuilder().signalData(data).build();
    data.put("sdp", "later");

    assertThat(signal.signalData()).containsEntry("candidate", null).doesNotContainKey("sdp");
    assertThatThrownBy(() -> signal.signalData().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
