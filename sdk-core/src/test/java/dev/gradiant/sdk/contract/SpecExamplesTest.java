package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The answers the spec-backed server gives are valid: for every operation of the spec (not only the
 * implemented ones), the documented success example fits the documented schema.
 */
class SpecExamplesTest {
  private static final OpenApiSpec SPEC = OpenApiSpec.gradiantV1();

  static List<SpecOperation> operations() {
    return SPEC.operations();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void documentedSuccessExampleFitsItsSchema(SpecOperation op) {
    DocumentedResponse response = DocumentedResponse.of(SPEC, op);

    assertThat(response.status()).isBetween(200, 299);
    if (response.status() == 204) {
      assertThat(response.body()).isNull();
    } else {
      assertThat(response.body()).as("example").isNotNull();
      assertThat(SPEC.schemas().validate(response.bodySchemaPointer(), response.body())).isEmpty();
    }
  }
}
