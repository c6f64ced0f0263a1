package dev.gradiant.sdk.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The document scanner tells queries from mutations by tokens, not by searching the text. */
class OperationScannerTest {

  @Test
  void theDocumentsOf004AreReadAsTheirKind() {
    assertThat(type("doc004/GetUserProfile.graphql", null)).isEqualTo("QUERY");
    assertThat(type("doc004/SearchPractitioners.graphql", null)).isEqualTo("QUERY");
    assertThat(type("doc004/CreateBooking.graphql", null)).isEqualTo("MUTATION");
    assertThat(type("doc004/BookingUpdates.graphql", null)).isEqualTo("SUBSCRIPTION");
    assertThat(type("sdk/GetUserAndPractitioner.graphql", "GetPractitioner")).isEqualTo("QUERY");
    assertThat(type("sdk/GetUserAndPractitioner.graphql", null)).isEqualTo("unknown");
    assertThat(type("sdk/GetUserAndPractitioner.graphql", "Other")).isEqualTo("unknown");
  }

  static Stream<Arguments> documents() {
    return Stream.of(
        arguments("{ user(id: 1) { id } }", null, "QUERY"),
        arguments("\uFEFF  query { a }", null, "QUERY"),
        arguments("# mutation in a comment\nquery Q { a }", null, "QUERY"),
        arguments("query Q { a(text: \"mutation { b }\") }", null, "QUERY"),
        arguments("query Q { a(text: \"\"\"} mutation M { \\\"\"\" }\"\"\") }", null, "QUERY"),
        arguments(
            "fragment F on User { id } mutation M { createBooking { ...F } }", null, "MUTATION"),
        arguments(
            "query Q($i: In = {a: [1, 2]}) @d(x: {y: 1}) { a } mutation M { b }", "M", "MUTATION"),
        arguments("query Q { a } mutation M { b }", "Q", "QUERY"),
        arguments("query Q { a } mutation Q { b }", "Q", "unknown"),
        arguments("query Q { a }}", null, "unknown"),
        arguments("query Q { a(text: \"open) }", null, "unknown"),
        arguments("type Query { a: Int }", null, "unknown"),
        arguments("mutation{a}", null, "MUTATION"));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void readsTheOperationRun(String document, String operationName, String expected) {
    assertThat(OperationScanner.typeOf(document, operationName).map(Enum::name).orElse("unknown"))
        .isEqualTo(expected);
  }

  private static String type(String file, String operationName) {
    return OperationScanner.typeOf(GraphqlDocuments.read(file), operationName)
        .map(Enum::name)
        .orElse("unknown");
  }
}
