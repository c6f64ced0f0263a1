package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.users.User;
import dev.gradiant.sdk.users.UserCreateParams;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(GradiantSandboxExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GradiantSandboxExtensionTest {
  private static GradiantSandbox fromBeforeAll;

  @BeforeAll
  static void start(GradiantSandbox sandbox) {
    fromBeforeAll = sandbox;
  }

  @Test
  @Order(1)
  void injectsARunningSandbox(GradiantSandbox sandbox) {
    assertThat(sandbox).isSameAs(fromBeforeAll);
    try (GradiantClient client = TestSupport.client(sandbox)) {
      User user =
          client.users().create(UserCreateParams.builder().email("ext@clinic.example").build());
      assertThat(client.users().get(user.id()).email()).isEqualTo("ext@clinic.example");
    }
  }

  @Test
  @Order(2)
  void testsOfAClassShareItsSandbox(GradiantSandbox sandbox) {
    assertThat(sandbox).isSameAs(fromBeforeAll);
    try (GradiantClient client = TestSupport.client(sandbox)) {
      assertThat(client.users().list().total()).contains(6L);
    }
  }
}
