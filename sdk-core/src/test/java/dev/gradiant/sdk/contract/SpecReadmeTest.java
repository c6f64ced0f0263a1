package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code openapi/README.md} states how many operations {@code gradiant-v1.yaml} has; a merge that
 * adds operations must update it.
 */
class SpecReadmeTest {
  private static final Pattern COUNT = Pattern.compile("the Java SDK speaks: (\\d+) operations");

  @Test
  void theReadmeStatesTheSpecsOperationCount() throws IOException {
    String readme =
        Files.readString(OpenApiSpec.file().resolveSibling("README.md")).replaceAll("\\s+", " ");
    Matcher count = COUNT.matcher(readme);

    assertThat(count.find()).as("openapi/README.md names the operation count").isTrue();
    assertThat(Integer.parseInt(count.group(1)))
        .isEqualTo(OpenApiSpec.gradiantV1().operations().size());
  }
}
