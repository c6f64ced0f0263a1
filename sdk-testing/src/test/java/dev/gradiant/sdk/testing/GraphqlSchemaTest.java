package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The GraphQL contract, {@code openapi/gradiant.graphql}: it builds into a schema, every GraphQL
 * document of source document 004 (copied verbatim into {@code graphql/doc004/}) validates against
 * it, and its enums are the REST contract's enums upper-cased. Every document the SDK's tests, the
 * sandbox's tests or the examples send is a file under {@code graphql/} (sdk-core's tests read them
 * from there): each validates, but those under {@code graphql/invalid/}, which tests send to see a
 * validation error and which must be rejected.
 */
class GraphqlSchemaTest {
  private static final Path OPENAPI = findOpenapiDir();
  private static final GraphQLSchema SCHEMA = loadSchema();

  private static Path findOpenapiDir() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("openapi/gradiant.graphql"))) {
        return dir.resolve("openapi");
      }
    }
    throw new IllegalStateException("openapi/gradiant.graphql not found");
  }

  private static GraphQLSchema loadSchema() {
    try {
      String sdl = Files.readString(OPENAPI.resolve("gradiant.graphql"));
      // Throws SchemaProblem for an invalid SDL (unknown types, bad directives, ...).
      return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<GraphQLError> errors(String document) {
    ParseAndValidateResult result =
        ParseAndValidate.parseAndValidate(
            SCHEMA, ExecutionInput.newExecutionInput(document).locale(Locale.ROOT).build());
    return result.getErrors();
  }

  private static final String INVALID = "invalid/";

  static Stream<Named<Path>> validDocuments() throws IOException, URISyntaxException {
    return documents().filter(named -> !named.getName().startsWith(INVALID));
  }

  static Stream<Named<Path>> invalidDocuments() throws IOException, URISyntaxException {
    return documents().filter(named -> named.getName().startsWith(INVALID));
  }

  static Stream<Named<Path>> documents() throws IOException, URISyntaxException {
    Path root =
        Path.of(Objects.requireNonNull(GraphqlSchemaTest.class.getResource("/graphql")).toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".graphql"))
          .sorted()
          .map(f -> Named.of(root.relativize(f).toString(), f))
          .toList()
          .stream();
    }
  }

  @Test
  void everyDocumentOf004IsThere() throws Exception {
    assertThat(documents().map(Named::getName))
        .contains(
            "doc004/GetUserProfile.graphql",
            "doc004/SearchPractitioners.graphql",
            "doc004/CreateBooking.graphql",
            "doc004/BookingUpdates.graphql",
            "doc004/ChatMessages.graphql");
  }

  @Test
  void theDocumentsTheSdkSendsAreThere() throws Exception {
    assertThat(documents().map(Named::getName))
        .contains(
            "sdk/UserBookings.graphql",
            "sdk/CreateBookingWithCodes.graphql",
            "sdk/GetUserAndPractitioner.graphql",
            "invalid/UnknownField.graphql");
  }

  @ParameterizedTest
  @MethodSource("validDocuments")
  void documentValidatesAgainstTheSchema(Path document) throws IOException {
    assertThat(errors(Files.readString(document))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("invalidDocuments")
  void aDocumentSentToBeRefusedIsRefused(Path document) throws IOException {
    assertThat(errors(Files.readString(document))).isNotEmpty();
  }

  @Test
  void theSchemaHasTheOperationsOf004() {
    assertThat(SCHEMA.getQueryType().getFieldDefinition("user")).isNotNull();
    assertThat(SCHEMA.getQueryType().getFieldDefinition("practitioners")).isNotNull();
    assertThat(SCHEMA.getMutationType().getFieldDefinition("createBooking")).isNotNull();
    assertThat(SCHEMA.getSubscriptionType().getFieldDefinition("bookingUpdates")).isNotNull();
    assertThat(SCHEMA.getSubscriptionType().getFieldDefinition("messageAdded")).isNotNull();
  }

  /** The validator is not vacuous: what the contract decided against is rejected. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        // REST's snake_case enum value instead of GraphQL's UPPER_CASE
        "{ practitioners(filter: {sessionType: video_call}) { edges { node { id } } } }",
        // REST's field name; GraphQL keeps 004's `type`
        "subscription { bookingUpdates(userId: \"user_123\") { id sessionType } }",
        // a field nobody defined
        "{ user(id: \"user_123\") { id colour } }",
        // a required argument missing
        "subscription { messageAdded { id } }",
        // offset paging does not exist here; connections page by cursor
        "{ practitioners(offset: 20) { edges { node { id } } } }",
      })
  void documentsAgainstTheContractAreRejected(String document) {
    assertThat(errors(document)).isNotEmpty();
  }

  @Test
  void cursorPagingAndUpperCaseEnumsAreAccepted() {
    assertThat(
            errors(
                "query($after: String) { practitioners(filter: {sessionType: VIDEO_CALL,"
                    + " priceMax: 80.5}, first: 5, after: $after) { edges { cursor node { id"
                    + " pricing { basePrice currency } } } pageInfo { hasNextPage endCursor } } }"))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"BookingStatus", "SessionType", "PaymentStatus"})
  void enumsAreTheRestEnumsUpperCased(String name) throws IOException {
    JsonNode rest =
        new YAMLMapper()
            .readTree(OPENAPI.resolve("gradiant-v1.yaml").toFile())
            .at("/components/schemas/" + name + "/enum");
    assertThat(rest.isArray()).as("REST enum %s", name).isTrue();
    List<String> restValues = new ArrayList<>();
    rest.forEach(value -> restValues.add(value.asText().toUpperCase(Locale.ROOT)));
    GraphQLEnumType graphql = (GraphQLEnumType) SCHEMA.getType(name);
    assertThat(graphql).as("GraphQL enum %s", name).isNotNull();
    assertThat(graphql.getValues().stream().map(GraphQLEnumValueDefinition::getName))
        .containsExactlyElementsOf(restValues);
  }
}
