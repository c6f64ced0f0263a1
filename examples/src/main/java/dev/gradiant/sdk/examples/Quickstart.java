package dev.gradiant.sdk.examples;

import dev.gradiant.sdk.ApiResponse;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.health.HealthStatus;
import dev.gradiant.sdk.pagination.Page;
import dev.gradiant.sdk.users.User;
import dev.gradiant.sdk.users.UserCreateParams;
import dev.gradiant.sdk.users.UserListParams;
import java.io.PrintStream;

/**
 * The first five minutes with the SDK: health check, create a user, read it back, walk every user
 * page by page, and handle an error. Runs against a demo API it starts on 127.0.0.1, so it needs no
 * account, no credentials and no network.
 *
 * <pre>mvn -q -Pquickstart -DskipTests -pl examples -am verify</pre>
 */
public final class Quickstart {
  private Quickstart() {}

  /**
   * Runs the quickstart.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (DemoApiServer demo = DemoApiServer.start()) {
      run(demo.baseUrl(), DemoApiServer.DEMO_TOKEN, System.out);
    }
  }

  /** The quickstart itself, against any base URL and token; prints to {@code out}. */
  static void run(String baseUrl, String token, PrintStream out) {
    out.println("Gradiant Java SDK quickstart against " + baseUrl + " (a local demo API)");

    try (GradiantClient client =
        GradiantClient.builder().baseUrl(baseUrl).apiToken(token).build()) {
      HealthStatus health = client.health().check();
      out.println("1. health: " + health.status() + " (version " + health.version() + ")");

      User created =
          client
              .users()
              .create(
                  UserCreateParams.builder()
                      .email("new.patient@clinic.example")
                      .firstName("Alex")
                      .build());
      out.println("2. created user " + created.id());

      ApiResponse<User> fetched = client.users().withRawResponse().get(created.id());
      out.println(
          "3. fetched "
              + fetched.data().id()
              + " (request id "
              + fetched.requestId()
              + ", "
              + fetched.rateLimit().map(r -> r.remaining() + " calls left").orElse("no limit")
              + ")");

      Page<User> first = client.users().list(UserListParams.builder().limit(2).build());
      long count = first.autoPager().stream().count();
      out.println(
          "4. walked " + count + " users, 2 per page (total reported: " + first.total() + ")");

      try {
        client.users().get("user_does_not_exist");
      } catch (NotFoundException e) {
        out.println(
            "5. handled "
                + e.getClass().getSimpleName()
                + ": "
                + e.errorCode()
                + " (request id "
                + e.requestId()
                + ")");
      }
    }
    out.println("Done.");
  }
}
