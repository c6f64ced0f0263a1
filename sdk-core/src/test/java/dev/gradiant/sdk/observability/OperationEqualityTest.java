package dev.gradiant.sdk.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Operations are equal by id, method and template, and hash as they always did. */
class OperationEqualityTest {

  @Test
  void equalOperationsHashAlikeAndTheHashIsObjectsHashOfTheThreeParts() {
    Operation operation = Operation.of("getUser", "GET", "/users/{id}");

    assertThat(operation).isEqualTo(Operation.of("getUser", "GET", "/users/{id}"));
    assertThat(operation).isNotEqualTo(Operation.of("getUser", "PUT", "/users/{id}"));
    assertThat(operation).isNotEqualTo(Operation.of("getUser", "GET", "/users"));
    assertThat(operation).isNotEqualTo(Operation.of("updateUser", "GET", "/users/{id}"));
    assertThat(operation.hashCode())
        .isEqualTo(Operation.of("getUser", "GET", "/users/{id}").hashCode())
        .isEqualTo(Objects.hash("getUser", "GET", "/users/{id}"));
  }
}
