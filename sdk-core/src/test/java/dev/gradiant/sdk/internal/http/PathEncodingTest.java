package dev.gradiant.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ids are percent-encoded into exactly one path segment. */
class PathEncodingTest {
  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "user 1|/v1/users/user%201",
        "a?b=c|/v1/users/a%3Fb=c",
        "a#frag|/v1/users/a%23frag",
        "100%|/v1/users/100%25",
        "%2F|/v1/users/%252F",
        "..%2Fadmin|/v1/users/..%252Fadmin",
        "ünïcode|/v1/users/%C3%BCn%C3%AFcode",
        "550e8400-e29b-41d4-a716-446655440000|/v1/users/550e8400-e29b-41d4-a716-446655440000"
      })
  void idBecomesOneEncodedSegment(String id, String expectedPath) {
    api.enqueueJson(200, Payloads.envelope(Payloads.USER));

    client.users().get(id);

    assertThat(api.takeRequest().getTarget()).isEqualTo(expectedPath);
  }
}
