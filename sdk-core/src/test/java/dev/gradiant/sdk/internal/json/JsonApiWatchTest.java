package dev.gradiant.sdk.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A watching reader binds the contract's envelope in one pass, and stops at the first member named
 * {@code attributes} a model does not know, and only there.
 */
class JsonApiWatchTest {
  /** A model without an {@code attributes} field, with free-form content. */
  record Thing(String id, String name, Map<String, Object> extra) {}

  private static final ObjectReader THING = Json.envelopeReader(Thing.class);
  private static final ObjectReader THINGS = Json.listEnvelopeReader(Thing.class);

  @Test
  void aContractEnvelopeThatMentionsAttributesOnlyInValuesBindsInOnePass() throws Exception {
    Envelope<List<Thing>> envelope =
        JsonApiWatch.watching(THINGS)
            .readValue(
                bytes(
                    "{\"data\": [{\"id\": \"t_1\", \"name\": \"\\\"attributes\\\"\","
                        + " \"extra\": {\"attributes\": {\"a\": 1}}}],"
                        + " \"meta\": {\"requestId\": \"req_1\", \"total\": 1}}"));

    assertThat(envelope.data())
        .containsExactly(new Thing("t_1", "\"attributes\"", Map.of("attributes", Map.of("a", 1))));
    assertThat(envelope.meta().total()).isEqualTo(1L);
  }

  @Test
  void aResourceObjectStopsTheBindingAtItsAttributes() {
    Throwable single =
        catchThrowable(
            () ->
                JsonApiWatch.watching(THING)
                    .readValue(
                        bytes(
                            "{\"data\": {\"id\": \"t_1\", \"type\": \"things\","
                                + " \"attributes\": {\"name\": \"n\"}}}")));
    Throwable inList =
        catchThrowable(
            () ->
                JsonApiWatch.watching(THINGS)
                    .readValue(
                        bytes(
                            "{\"data\": [{\"id\": \"t_0\"}, {\"id\": \"t_1\", \"type\": \"things\","
                                + " \"attributes\": {\"name\": \"n\"}}]}")));

    assertThat(JsonApiWatch.stopped(single)).isTrue();
    assertThat(JsonApiWatch.stopped(inList)).as("wrapped with its path by Jackson").isTrue();
  }

  @Test
  void aBodyThatFailsToBindIsNotTakenForAStop() {
    Throwable failure =
        catchThrowable(
            () -> JsonApiWatch.watching(THING).readValue(bytes("{\"data\": {\"id\": [1, 2]")));

    assertThat(failure).isNotNull();
    assertThat(JsonApiWatch.stopped(failure)).isFalse();
    assertThat(JsonApiWatch.stopped(null)).isFalse();
  }

  @Test
  void theWatchingReaderIsMadeOncePerReaderAndLeavesTheReaderItself() throws Exception {
    assertThat(JsonApiWatch.watching(THING)).isSameAs(JsonApiWatch.watching(THING));

    Envelope<Thing> plain =
        THING.readValue(
            bytes("{\"data\": {\"id\": \"t_1\", \"type\": \"things\", \"attributes\": {}}}"));

    assertThat(plain.data().id()).as("the original reader skips the member").isEqualTo("t_1");
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
