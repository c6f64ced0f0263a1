package dev.gradiant.sdk.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.errors.MalformedResponseException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How sessions, events and phase results are read from an answer: a missing required field is a
 * malformed response that names the field and never a value; absent optional fields are {@code
 * Optional.empty()}, absent data an empty map.
 */
class SessionDecodingTest {
  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  private static MalformedResponseException thrownBy(Runnable call) {
    return catchThrowableOfType(MalformedResponseException.class, call::run);
  }

  @Test
  void aSessionWithoutItsStatusIsAMalformedResponseNamingTheField() {
    api.enqueueJson(
        200, "{\"data\": {\"id\": \"sess_1\", \"token\": \"tok_secret\", \"userName\": \"Jane\"}}");

    MalformedResponseException e = thrownBy(() -> client.sessions().get("sess_1"));

    assertThat(e.serverMessage())
        .isEqualTo(
            "Could not read the response of GET /sessions/{id}: the required field data.status is"
                + " missing (Session.status)");
    assertThat(e.getMessage()).doesNotContain("tok_secret", "Jane");
  }

  @Test
  void anEventWithoutItsTypeNamesItsIndex() {
    api.enqueueJson(
        200,
        """
        {"data": [{"id": "e1", "sessionId": "sess_1", "type": "user_message"},
                  {"id": "e2", "sessionId": "sess_1", "data": {"content": "private"}}]}""");

    MalformedResponseException e = thrownBy(() -> client.sessions().listEvents("sess_1"));

    assertThat(e.serverMessage())
        .endsWith("the required field data[1].type is missing (SessionEvent.type)");
    assertThat(e.getMessage()).doesNotContain("private");
  }

  @Test
  void phaseResultsWithoutTheirRequiredFieldsNameThem() {
    api.enqueueJson(200, "{\"data\": {\"ok\": true}}")
        .enqueueJson(200, "{\"data\": {\"ok\": null}}");

    MalformedResponseException advance =
        thrownBy(
            () ->
                client
                    .sessions()
                    .advancePhase("sess_1", "tok_1", AdvancePhaseParams.builder().build()));
    MalformedResponseException checkpoint =
        thrownBy(
            () ->
                client
                    .sessions()
                    .checkpoint(
                        "sess_1",
                        "tok_1",
                        CheckpointParams.builder().deliverableState(Map.of()).build()));

    assertThat(advance.serverMessage())
        .endsWith(
            "the required field data.newPhaseIndex is missing (AdvancePhaseResult.newPhaseIndex)");
    assertThat(checkpoint.serverMessage())
        .endsWith("the required field data.ok is missing (CheckpointResult.ok)");
  }

  @Test
  void absentOrNullOptionalFieldsAreEmpty() {
    api.enqueueJson(
            200,
            "{\"data\": {\"id\": \"sess_1\", \"status\": \"invited\", \"token\": null,"
                + " \"dueDate\": null}}")
        .enqueueJson(
            200,
            "{\"data\": [{\"id\": \"e1\", \"sessionId\": \"sess_1\", \"type\": \"user_message\","
                + " \"data\": null}]}");

    Session session = client.sessions().get("sess_1");
    SessionEvent event = client.sessions().listEvents("sess_1").items().get(0);

    assertThat(session.status()).isEqualTo(SessionStatus.INVITED);
    assertThat(session.token()).isEmpty();
    assertThat(session.dueDate()).isEmpty();
    assertThat(session.userId()).isEmpty();
    assertThat(session.createdAt()).isEmpty();
    assertThat(event.data()).isEmpty();
    assertThat(event.timestampMs()).isEmpty();
    assertThat(event.timestamp()).isEmpty();
    assertThat(event.phase()).isEmpty();
  }
}
