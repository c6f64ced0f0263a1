package dev.gradiant.sdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.testing.GradiantSandbox;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OAuthLoginTest {

  @Test
  void signsInWithPkceThroughALoopbackRedirect() throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (GradiantSandbox sandbox = GradiantSandbox.start();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      OAuthLogin.run(sandbox, out);

      assertThat(sandbox.requests())
          .extracting(r -> r.method() + " " + r.path() + " " + r.status())
          .startsWith("GET /oauth/authorize 302", "POST /oauth/token 200");
      String printed = buffer.toString(StandardCharsets.UTF_8);
      assertThat(printed)
          .contains("OAuth 2.0 + PKCE against the embedded sandbox at " + sandbox.baseUrl())
          .contains(
              "1. sending the browser to AuthorizationRequest[url="
                  + sandbox.baseUrl()
                  + "/oauth/authorize?****")
          .containsPattern(
              "2\\. redirect received on http://127\\.0\\.0\\.1:\\d+/callback with a code; state"
                  + " matches")
          .contains(
              "3. exchanged the code: Bearer token for \"read:bookings read:profile\", expires in"
                  + " 3600 s, with a refresh token")
          .contains("4. signed in as " + sandbox.demoUserId())
          .contains(
              "5. health profile refused: INSUFFICIENT_PERMISSIONS, needs read:health_records (not"
                  + " asked for)")
          .contains("6. refreshed: new access token, and a new refresh token")
          .endsWith("Done." + System.lineSeparator())
          .doesNotContain("goa_")
          .doesNotContain("gor_")
          .doesNotContain("gac_");
    }
  }
}
