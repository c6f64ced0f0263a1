package dev.gradiant.sdk.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.bookings.SessionType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The sessions models and params can gain fields without breaking callers: final classes with no
 * public constructor, built by a builder that round-trips every field and rejects null.
 */
class SessionShapeTest {
  private static final Instant AT = Instant.parse("2025-01-15T09:00:00Z");

  @Test
  void everyTypeIsAFinalClassWithoutPublicConstructors() {
    for (Class<?> type :
        List.of(
            Session.class,
            SessionEvent.class,
            CheckpointResult.class,
            AdvancePhaseResult.class,
            SessionCreateParams.class,
            SessionUpdateParams.class,
            CheckpointParams.class,
            AdvancePhaseParams.class,
            SessionListParams.class,
            SessionEventListParams.class)) {
      for (Class<?> shape : List.of(type, builderOf(type))) {
        assertThat(shape.isRecord()).as("%s is a record", shape).isFalse();
        assertThat(Modifier.isFinal(shape.getModifiers())).as("%s is final", shape).isTrue();
        assertThat(shape.getConstructors()).as("public constructors of %s", shape).isEmpty();
      }
    }
  }

  private static Class<?> builderOf(Class<?> type) {
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (nested.getSimpleName().equals("Builder")) {
        return nested;
      }
    }
    throw new AssertionError(type + " has no Builder");
  }

  @Test
  void sessionRoundTripsEveryField() throws IllegalAccessException {
    Session session =
        Session.builder()
            .id("sess_1")
            .userId("user_1")
            .practitionerId("prac_1")
            .assessmentId("assess_1")
            .status(SessionStatus.SCORED)
            .sessionType(SessionType.VIDEO_CALL)
            .token("tok_1")
            .dueDate(AT.plusSeconds(7))
            .setupStartedAt(AT.plusSeconds(1))
            .taskStartedAt(AT.plusSeconds(2))
            .submittedAt(AT.plusSeconds(3))
            .completedAt(AT.plusSeconds(4))
            .userName("Jane Smith")
            .userEmail("jane@example.com")
            .assessmentName("PM")
            .createdAt(AT)
            .updatedAt(AT.plusSeconds(5))
            .build();
    Session copy = session.toBuilder().build();

    assertThat(copy).isEqualTo(session).hasSameHashCodeAs(session).isNotSameAs(session);
    assertEveryFieldSet(copy);
    assertThat(copy.id()).isEqualTo("sess_1");
    assertThat(copy.status()).isEqualTo(SessionStatus.SCORED);
    assertThat(copy.userId()).contains("user_1");
    assertThat(copy.practitionerId()).contains("prac_1");
    assertThat(copy.assessmentId()).contains("assess_1");
    assertThat(copy.sessionType()).contains(SessionType.VIDEO_CALL);
    assertThat(copy.token()).contains("tok_1");
    assertThat(copy.dueDate()).contains(AT.plusSeconds(7));
    assertThat(copy.setupStartedAt()).contains(AT.plusSeconds(1));
    assertThat(copy.taskStartedAt()).contains(AT.plusSeconds(2));
    assertThat(copy.submittedAt()).contains(AT.plusSeconds(3));
    assertThat(copy.completedAt()).contains(AT.plusSeconds(4));
    assertThat(copy.userName()).contains("Jane Smith");
    assertThat(copy.userEmail()).contains("jane@example.com");
    assertThat(copy.assessmentName()).contains("PM");
    assertThat(copy.createdAt()).contains(AT);
    assertThat(copy.updatedAt()).contains(AT.plusSeconds(5));
    assertThat(copy.toBuilder().token("tok_2").build()).isNotEqualTo(session);
  }

  @Test
  void eventAndResultsRoundTripEveryField() throws IllegalAccessException {
    SessionEvent event =
        SessionEvent.builder()
            .id("event_1")
            .sessionId("sess_1")
            .timestampMs(1705312800000L)
            .phase("task")
            .type(SessionEventType.USER_MESSAGE)
            .data(Map.of("content", "x"))
            .createdAt(AT)
            .build();
    CheckpointResult saved = CheckpointResult.builder().ok(true).build();
    AdvancePhaseResult advanced = AdvancePhaseResult.builder().ok(true).newPhaseIndex(2).build();

    assertThat(event.toBuilder().build()).isEqualTo(event).hasSameHashCodeAs(event);
    assertEveryFieldSet(event.toBuilder().build());
    assertThat(event.timestampMs()).contains(1705312800000L);
    assertThat(event.timestamp()).contains(Instant.ofEpochMilli(1705312800000L));
    assertThat(event.phase()).contains("task");
    assertThat(event.data()).containsEntry("content", "x");
    assertThat(event.createdAt()).contains(AT);
    assertThat(saved.toBuilder().build()).isEqualTo(saved).hasSameHashCodeAs(saved);
    assertThat(saved.ok()).isTrue();
    assertThat(advanced.toBuilder().build()).isEqualTo(advanced).hasSameHashCodeAs(advanced);
    assertThat(advanced.newPhaseIndex()).isEqualTo(2);
    assertThat(advanced.toBuilder().newPhaseIndex(3).build()).isNotEqualTo(advanced);
  }

  @Test
  void anEventWithoutDataHasAnEmptyUnmodifiableMap() {
    SessionEvent event =
        SessionEvent.builder()
            .id("event_1")
            .sessionId("sess_1")
            .type(SessionEventType.USER_MESSAGE)
            .build();

    assertThat(event.data()).isEmpty();
    assertThatThrownBy(() -> event.data().put("k", "v"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(event.timestamp()).isEmpty();
    assertThat(event.phase()).isEmpty();
  }

  @Test
  void modelsWithoutARequiredFieldAreNotBuilt() {
    assertThatThrownBy(() -> Session.builder().id("sess_1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Session.status is required");
    assertThatThrownBy(() -> SessionEvent.builder().id("e").sessionId("s").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("SessionEvent.type is required");
    assertThatThrownBy(() -> CheckpointResult.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("CheckpointResult.ok is required");
    assertThatThrownBy(() -> AdvancePhaseResult.builder().ok(true).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("AdvancePhaseResult.newPhaseIndex is required");
  }

  @Test
  void builderMethodsRejectNullNamingTheField() {
    assertThatThrownBy(() -> Session.builder().token(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("token must not be null");
    assertThatThrownBy(() -> SessionEvent.builder().data(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("data must not be null");
    assertThatThrownBy(() -> SessionCreateParams.builder().dueDate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("dueDate must not be null");
    assertThatThrownBy(() -> SessionUpdateParams.builder().status(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("status must not be null");
    assertThatThrownBy(() -> SessionListParams.builder().userId(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("userId must not be null");
    assertThatThrownBy(() -> SessionEventListParams.builder().type(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("type must not be null");
    assertThatThrownBy(() -> AdvancePhaseParams.builder().deliverableState(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("deliverableState must not be null");
  }

  @Test
  void paramsRoundTripEveryField() throws IllegalAccessException {
    SessionCreateParams create =
        SessionCreateParams.builder()
            .userId("user_1")
            .practitionerId("prac_1")
            .assessmentId("assess_1")
            .sessionType(SessionType.CHAT)
            .dueDate(AT)
            .build();
    SessionUpdateParams update =
        SessionUpdateParams.builder()
            .practitionerId("prac_2")
            .sessionType(SessionType.CHAT)
            .dueDate(AT)
            .status(SessionStatus.COMPLETED)
            .build();
    SessionUpdateParams clear = SessionUpdateParams.builder().clearDueDate().build();
    CheckpointParams checkpoint =
        CheckpointParams.builder().deliverableState(Map.of("a", 1)).build();
    AdvancePhaseParams advance =
        AdvancePhaseParams.builder()
            .deliverableState(Map.of("a", 1))
            .timeRemainingAtEnd(30)
            .build();
    SessionListParams list =
        SessionListParams.builder()
            .status(SessionStatus.INVITED)
            .userId("user_1")
            .practitionerId("prac_1")
            .limit(5)
            .offset(10)
            .build();
    SessionEventListParams events =
        SessionEventListParams.builder()
            .type(SessionEventType.USER_MESSAGE)
            .limit(5)
            .offset(10)
            .build();

    for (Object params : List.of(create, update, checkpoint, advance, list, events)) {
      Object copy = rebuild(params);
      assertThat(copy).isEqualTo(params).hasSameHashCodeAs(params);
      assertEveryFieldSet(copy);
    }
    assertThat(rebuild(clear)).isEqualTo(clear);
    assertThat(clear.clearDueDate()).isTrue();
    assertThat(clear.dueDate()).isEmpty();
    assertThat(create.userId()).isEqualTo("user_1");
    assertThat(create.practitionerId()).contains("prac_1");
    assertThat(create.assessmentId()).contains("assess_1");
    assertThat(create.sessionType()).contains(SessionType.CHAT);
    assertThat(create.dueDate()).contains(AT);
    assertThat(update.practitionerId()).contains("prac_2");
    assertThat(update.status()).contains(SessionStatus.COMPLETED);
    assertThat(checkpoint.deliverableState()).containsEntry("a", 1);
    assertThat(advance.timeRemainingAtEnd()).contains(30);
    assertThat(AdvancePhaseParams.builder().build().deliverableState()).isEmpty();
    assertThat(list.status()).contains(SessionStatus.INVITED);
    assertThat(list.userId()).contains("user_1");
    assertThat(list.limit()).contains(5);
    assertThat(events.type()).contains(SessionEventType.USER_MESSAGE);
    assertThat(events.offset()).contains(10);
  }

  private static Object rebuild(Object params) {
    if (params instanceof SessionCreateParams p) {
      return p.toBuilder().build();
    } else if (params instanceof SessionUpdateParams p) {
      return p.toBuilder().build();
    } else if (params instanceof CheckpointParams p) {
      return p.toBuilder().build();
    } else if (params instanceof AdvancePhaseParams p) {
      return p.toBuilder().build();
    } else if (params instanceof SessionListParams p) {
      return p.toBuilder().build();
    } else if (params instanceof SessionEventListParams p) {
      return p.toBuilder().build();
    }
    throw new AssertionError(params);
  }

  private static void assertEveryFieldSet(Object value) throws IllegalAccessException {
    for (Field field : value.getClass().getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        field.setAccessible(true);
        assertThat(field.get(value)).as(field.getName()).isNotNull();
      }
    }
  }
}
