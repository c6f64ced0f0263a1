package com.example.consumer;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.graphql.GraphqlRequest;
import dev.gradiant.sdk.testing.GradiantSandbox;
import dev.gradiant.sdk.users.UserCreateParams;
import java.util.UUID;

/**
 * A user's application in miniature: it starts the embedded sandbox on 127.0.0.1, makes real calls
 * through the SDK, and verifies a signed webhook. Every ecosystem consumer build runs it; any
 * failed step ends it with a stack trace and exit status 1, which fails that consumer's build.
 *
 * <p>The one argument says where the build put the SDK: {@code class-path} or {@code module-path}.
 */
public final class ConsumerApp {
  private ConsumerApp() {}

  /**
   * Runs every check.
   *
   * @param args {@code class-path} or {@code module-path}
   */
  public static void main(String[] args) {
    try {
      run(args.length == 1 ? args[0] : "");
    } catch (RuntimeException | Error e) {
      System.err.println("ECOSYSTEM CHECK FAILED: " + e);
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void run(String placement) {
    RuntimeReport.print(System.out);
    Placement.of(placement).check();
    System.out.println("placement: " + placement + " as expected");

    try (GradiantSandbox sandbox = GradiantSandbox.start();
        GradiantClient client =
            GradiantClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiToken(sandbox.apiToken())
                .build()) {
      var health = client.health().check();
      Expect.that(health.isHealthy(), "GET /health answered " + health.status());
      System.out.println("health: " + health.status());

      var asyncHealth = client.async().health().check().join();
      Expect.that(asyncHealth.isHealthy(), "async GET /health answered " + asyncHealth.status());
      System.out.println("async health: " + asyncHealth.status());

      var me = client.users().me();
      Expect.equal(sandbox.demoUserId(), me.id(), "GET /users/me id");
      System.out.println("me: " + me.id());

      // graphql-java serves it inside the sandbox: under a Spring Boot BOM, Boot's version of it
      // (the document is sdk-testing/src/test/resources/graphql/ecosystem/ConsumerPractitioner)
      var practitioner =
          client
              .graphql()
              .execute(
                  GraphqlRequest.builder()
                      .query(
                          "query ConsumerPractitioner($id: ID!) { practitioner(id: $id) { id rating"
                              + " pricing { basePrice currency } } }")
                      .variable("id", "prac_102")
                      .build())
              .dataOrThrow();
      Expect.that(
          practitioner.toString().contains("id=prac_102"),
          "POST /graphql practitioner: " + practitioner);
      System.out.println("graphql: " + practitioner.keySet());

      String email = "consumer+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
      var created = client.users().create(UserCreateParams.builder().email(email).build());
      Expect.equal(email, created.email(), "POST /users email");
      Expect.that(created.createdAt() != null, "POST /users returned no createdAt");
      System.out.println("created user: " + created.id());

      WebhookCheck.run(created.id());
      System.out.println("webhook: signed, verified, tampered copy refused");
    }
    System.out.println("ECOSYSTEM CHECK PASSED");
  }
}
