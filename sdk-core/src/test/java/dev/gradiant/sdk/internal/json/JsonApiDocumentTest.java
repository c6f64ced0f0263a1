package dev.gradiant.sdk.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The rules that turn a JSON:API document into the contract's envelope, one by one. */
class JsonApiDocumentTest {
  /** A model with a field for each rule. */
  record Thing(
      String id,
      String ownerId,
      List<String> tagIds,
      String practitionerId,
      String coachId,
      String displayName,
      Part part,
      List<Part> parts,
      Map<String, Object> extra) {}

  /** A nested model. */
  record Part(String partName) {}

  private static final ObjectReader THING = Json.envelopeReader(Thing.class);
  private static final ObjectReader THINGS = Json.listEnvelopeReader(Thing.class);

  @Test
  void onlyABodyThatNamesAttributesMayHoldResources() {
    assertThat(mayHold("{\"data\": {\"type\": \"t\", \"attributes\": {}}}")).isTrue();
    assertThat(mayHold("{\"data\": {\"attributes\" : 1}}")).isTrue();
    assertThat(mayHold("{\"data\": {\"id\": \"t_1\"}, \"meta\": {}}")).isFalse();
    assertThat(mayHold("{\"data\": {\"bio\": \"attributes are \\\"attributes\\\"\"}}")).isFalse();
    assertThat(mayHold("\"attributes")).isFalse();
    assertThat(mayHold("")).isFalse();
  }

  @Test
  void aBodyWhoseDataHoldsNoResourceObjectIsLeftAlone() throws IOException {
    assertThat(rewrite("{\"data\": {\"id\": \"t_1\", \"attributes\": {\"a\": 1}}}", THING))
        .as("no type")
        .isEmpty();
    assertThat(rewrite("{\"data\": {\"id\": \"t_1\", \"type\": \"t\", \"attributes\": 1}}", THING))
        .as("attributes not an object")
        .isEmpty();
    assertThat(rewrite("{\"data\": [{\"id\": \"t_1\", \"extra\": {\"attributes\": {}}}]}", THINGS))
        .isEmpty();
    assertThat(rewrite("[{\"type\": \"t\", \"attributes\": {}}]", THINGS)).isEmpty();
  }

  @Test
  void anObjectWithAMemberJsonApiDoesNotAllowIsNoResourceObject() throws IOException {
    assertThat(
            rewrite(
                "{\"data\": {\"id\": \"t_1\", \"type\": \"t\", \"attributes\": {},"
                    + " \"displayName\": \"One\"}}",
                THING))
        .isEmpty();
    assertThat(rewrite("{\"data\": {\"type\": 3, \"attributes\": {}}}", THING))
        .as("type not a string")
        .isEmpty();
  }

  @Test
  void aBodyWithTheContractsRequestIdIsNotRewritten() throws IOException {
    String resource = "{\"id\": \"t_1\", \"type\": \"t\", \"attributes\": {\"a\": 1}}";

    assertThat(rewrite("{\"data\": " + resource + ", \"meta\": {\"requestId\": \"r\"}}", THING))
        .isEmpty();
    assertThat(rewrite("{\"data\": " + resource + ", \"meta\": {\"request_id\": \"r\"}}", THING))
        .as("document 004's meta")
        .isPresent();
  }

  @Test
  void theResourceIdStaysAndItsTypeLinksAndMetaAreDropped() throws IOException {
    JsonNode data =
        tree(
            """
            {"data": {"id": "t_1", "type": "thing", "links": {"self": "/things/t_1"},
                      "meta": {"version": 3},
                      "attributes": {"id": "not_the_id", "display_name": "One"}}}""",
            THING);

    assertThat(data.path("data").properties())
        .extracting(Map.Entry::getKey)
        .containsExactly("id", "displayName");
    assertThat(data.path("data").path("id").asText()).isEqualTo("t_1");
  }

  @Test
  void relationshipsBecomeIdsUnlessAnAttributeCarriesThem() throws IOException {
    Thing thing =
        bind(
            """
            {"data": {"id": "t_1", "type": "thing",
                      "attributes": {"practitioner_id": "prac_from_attributes"},
                      "relationships": {
                        "owner": {"data": {"type": "user", "id": "user_1"}},
                        "tags": {"data": [{"type": "tag", "id": "tag_1"},
                                          {"type": "tag", "id": "tag_2"}]},
                        "practitioner": {"data": {"type": "practitioner", "id": "prac_9"}},
                        "coach": {"data": null},
                        "ignored": {"links": {"related": "/x"}}}}}""");

    assertThat(thing.ownerId()).isEqualTo("user_1");
    assertThat(thing.tagIds()).containsExactly("tag_1", "tag_2");
    assertThat(thing.practitionerId()).isEqualTo("prac_from_attributes");
    assertThat(thing.coachId()).isNull();
  }

  @Test
  void snakeCaseIsRenamedInNestedModelsButTheCamelCaseTwinWins() throws IOException {
    Thing thing =
        bind(
            """
            {"data": {"id": "t_1", "type": "thing",
                      "attributes": {"display_name": "snake", "displayName": "camel",
                                     "part": {"part_name": "p1"},
                                     "parts": [{"part_name": "p2"}, {"partName": "p3"}]}}}""");

    assertThat(thing.displayName()).isEqualTo("camel");
    assertThat(thing.part()).isEqualTo(new Part("p1"));
    assertThat(thing.parts()).containsExactly(new Part("p2"), new Part("p3"));
  }

  @Test
  void freeFormObjectsKeepTheirKeys() throws IOException {
    Thing thing =
        bind(
            """
            {"data": {"id": "t_1", "type": "thing",
                      "attributes": {"extra": {"first_key": {"second_key": 1}}}}}""");

    assertThat(thing.extra()).isEqualTo(Map.of("first_key", Map.of("second_key", 1)));
  }

  @Test
  void listMetaCountersMapOntoTotalAndLimitAndTheContractNamesWin() throws IOException {
    Envelope<List<Thing>> documented =
        THINGS.readValue(
            rewrite(
                    """
                    {"data": [{"id": "t_1", "type": "thing", "attributes": {}}],
                     "meta": {"request_id": "req_1", "total_count": 150, "page": 2,
                              "per_page": 20, "total_pages": 8}}""",
                    THINGS)
                .orElseThrow());
    Envelope<List<Thing>> both =
        THINGS.readValue(
            rewrite(
                    """
                    {"data": [{"id": "t_1", "type": "thing", "attributes": {}}],
                     "meta": {"total_count": 150, "total": 7, "per_page": 20, "limit": 5}}""",
                    THINGS)
                .orElseThrow());

    assertThat(documented.meta()).isEqualTo(new Meta("req_1", null, 150L, 20, null));
    assertThat(both.meta()).isEqualTo(new Meta(null, null, 7L, 5, null));
  }

  @Test
  void theScanFindsTheMemberNameWhereverASearchByteByByteWould() {
    Random random = new Random(20261205);
    String[] pieces = {
      "\"attributes\"",
      "\"attribute\"",
      "attributes",
      "\"\"attributes",
      "\"attributes ",
      "\"a",
      "tes\"",
      "\"",
      "s",
      "e",
      "t",
      "{\"data\":[",
      "},",
      "\u00e9",
      " ",
      "x"
    };
    for (int round = 0; round < 20_000; round++) {
      StringBuilder body = new StringBuilder();
      for (int i = random.nextInt(12); i >= 0; i--) {
        body.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = body.toString();
      assertThat(mayHold(text)).as(text).isEqualTo(text.contains("\"attributes\""));
    }
    assertThat(mayHold("\"attributes\"")).isTrue();
    assertThat(mayHold("\"attributes")).isFalse();
    assertThat(mayHold("")).isFalse();
  }

  private static boolean mayHold(String body) {
    return JsonApiDocument.mayHoldResources(body.getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<byte[]> rewrite(String body, ObjectReader reader) throws IOException {
    return JsonApiDocument.rewrite(body.getBytes(StandardCharsets.UTF_8), reader.getValueType());
  }

  private static JsonNode tree(String body, ObjectReader reader) throws IOException {
    return Json.mapper().readTree(rewrite(body, reader).orElseThrow());
  }

  private static Thing bind(String body) throws IOException {
    Envelope<Thing> envelope = THING.readValue(rewrite(body, THING).orElseThrow());
    return envelope.data();
  }
}
