package dev.gradiant.sdk.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.pagination.Page;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code GET /sessions/{id}/events}: the event log, its type filter and its paging. */
class SessionEventsTest {
  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @Test
  void listEventsParsesTheSpecExampleWithTheServersDefaultPageSize() {
    api.enqueueJson(200, Payloads.list(SessionPayloads.USER_MESSAGE, 156, 100, 0));

    Page<SessionEvent> page = client.sessions().listEvents("sess_123");

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "GET", "/v1/sessions/sess_123/events");
    Wire.assertStandardHeaders(request);
    Wire.assertNoBody(request);
    assertThat(page.total()).contains(156L);
    assertThat(page.limit()).isEqualTo(SessionEventListParams.DEFAULT_LIMIT);
    assertThat(page.hasNextPage()).isTrue();
    SessionEvent event = page.items().get(0);
    assertThat(event.id()).isEqualTo("event_123");
    assertThat(event.sessionId()).isEqualTo("sess_123");
    assertThat(event.timestampMs()).contains(1705312800000L);
    assertThat(event.timestamp()).contains(Instant.parse("2024-01-15T10:00:00Z"));
    assertThat(event.phase()).contains("task");
    assertThat(event.type()).isSameAs(SessionEventType.USER_MESSAGE);
    assertThat(event.data()).isEqualTo(Map.of("content", "..."));
    assertThat(event.createdAt()).contains(Instant.parse("2025-01-15T10:00:00Z"));
  }

  @Test
  void listEventsSendsTheTypeFilterAndPaging() {
    api.enqueueJson(200, Payloads.list(SessionPayloads.USER_MESSAGE, 1, 50, 10));

    client
        .sessions()
        .listEvents(
            "sess_123",
            SessionEventListParams.builder()
                .type(SessionEventType.SKILL_ACTIVATED)
                .limit(50)
                .offset(10)
                .build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(
        request, "GET", "/v1/sessions/sess_123/events?type=skill_activated&limit=50&offset=10");
    Wire.assertStandardHeaders(request);
  }

  @Test
  void autoPagerWalksThreePagesAskingForEachOffsetWithTheSameLimitAndFilter() {
    api.enqueueJson(
            200,
            Payloads.list(
                SessionPayloads.event("e1") + ", " + SessionPayloads.event("e2"), 5, 2, 0))
        .enqueueJson(
            200,
            Payloads.list(
                SessionPayloads.event("e3") + ", " + SessionPayloads.event("e4"), 5, 2, 2))
        .enqueueJson(200, Payloads.list(SessionPayloads.event("e5"), 5, 2, 4));

    Page<SessionEvent> first =
        client
            .sessions()
            .listEvents(
                "sess_123",
                SessionEventListParams.builder()
                    .type(SessionEventType.USER_MESSAGE)
                    .limit(2)
                    .build());
    List<String> ids = first.autoPager().stream().map(SessionEvent::id).toList();

    assertThat(ids).containsExactly("e1", "e2", "e3", "e4", "e5");
    assertThat(api.requestCount()).isEqualTo(3);
    String path = "/v1/sessions/sess_123/events?type=user_message&limit=2";
    Wire.assertRequestLine(api.takeRequest(), "GET", path);
    RecordedRequest second = api.takeRequest();
    Wire.assertRequestLine(second, "GET", path + "&offset=2");
    Wire.assertStandardHeaders(second);
    RecordedRequest third = api.takeRequest();
    Wire.assertRequestLine(third, "GET", path + "&offset=4");
    Wire.assertStandardHeaders(third);
  }

  @Test
  void anUnknownEventTypeIsKeptInsteadOfFailing() {
    api.enqueueJson(
        200,
        Payloads.list(
            SessionPayloads.USER_MESSAGE.replace("\"user_message\"", "\"voice_note_recorded\""),
            1,
            100,
            0));

    SessionEvent event = client.sessions().listEvents("sess_123").items().get(0);

    assertThat(event.type().value()).isEqualTo("voice_note_recorded");
    assertThat(event.type().isKnown()).isFalse();
    assertThat(event.type()).isEqualTo(SessionEventType.of("voice_note_recorded"));
  }

  @Test
  void eventDataIsAnUnmodifiableDeepCopyAndEmptyWhenAbsent() {
    String nested =
        SessionPayloads.event("e1")
            .replace(
                "{\"content\": \"...\"}",
                "{\"slide\": {\"index\": 2, \"title\": null}, \"tags\": [\"a\", \"b\"]}");
    String bare =
        """
        {"id": "e2", "sessionId": "sess_123", "type": "time_expired"}""";
    api.enqueueJson(200, Payloads.list(nested + ", " + bare, 2, 100, 0));

    List<SessionEvent> events = client.sessions().listEvents("sess_123").items();

    Map<String, Object> data = events.get(0).data();
    assertThat(data).containsKey("slide").containsEntry("tags", List.of("a", "b"));
    @SuppressWarnings("unchecked")
    Map<String, Object> slide = (Map<String, Object>) data.get("slide");
    assertThat(slide).containsEntry("index", 2).containsEntry("title", null);
    assertThatThrownBy(() -> data.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> slide.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    SessionEvent timeExpired = events.get(1);
    assertThat(timeExpired.type()).isSameAs(SessionEventType.TIME_EXPIRED);
    assertThat(timeExpired.data()).isEmpty();
    assertThat(timeExpired.timestamp()).isEmpty();
  }
}
