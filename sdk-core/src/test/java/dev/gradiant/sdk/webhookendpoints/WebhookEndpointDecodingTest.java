package dev.gradiant.sdk.webhookendpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.errors.MalformedResponseException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How an endpoint is read from an answer: a missing required field is a malformed response that
 * names the field and never the secret; an absent secret is {@code Optional.empty()}.
 */
class WebhookEndpointDecodingTest {
  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @Test
  void anEndpointWithoutItsCreationTimeIsAMalformedResponseNamingTheField() {
    api.enqueueJson(
        201,
        """
        {"data": {"id": "wh_123", "url": "https://a.example/hooks", "events": ["booking.created"],
         "secret": "whsec_TopSecretValue"}}""");

    MalformedResponseException e =
        catchThrowableOfType(
            MalformedResponseException.class,
            () ->
                client
                    .webhookEndpoints()
                    .create(
                        WebhookEndpointCreateParams.builder()
                            .url("https://a.example/hooks")
                            .events(WebhookEventType.BOOKING_CREATED)
                            .build()));

    assertThat(e.serverMessage())
        .isEqualTo(
            "Could not read the response of POST /webhooks: the required field data.createdAt is"
                + " missing (WebhookEndpoint.createdAt)");
    assertThat(e.getMessage()).doesNotContain("TopSecretValue");
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void aListedEndpointWithoutItsUrlNamesItsIndex() {
    api.enqueueJson(
        200,
        """
        {"data": [{"id": "wh_1", "events": [], "createdAt": "2024-01-01T00:00:00Z"}]}""");

    MalformedResponseException e =
        catchThrowableOfType(
            MalformedResponseException.class, () -> client.webhookEndpoints().list());

    assertThat(e.serverMessage())
        .endsWith("the required field data[0].url is missing (WebhookEndpoint.url)");
  }

  @Test
  void anAbsentOrNullSecretIsEmptyAndAnAbsentEventListIsEmpty() {
    api.enqueueJson(
        200,
        """
        {"data": [{"id": "wh_1", "url": "https://a.example",
                   "createdAt": "2024-01-01T00:00:00Z"},
                  {"id": "wh_2", "url": "https://b.example", "events": ["booking.created"],
                   "createdAt": "2024-01-01T00:00:00Z", "secret": null}]}""");

    var items = client.webhookEndpoints().list().items();

    assertThat(items.get(0).secret()).isEmpty();
    assertThat(items.get(0).events()).isEmpty();
    assertThat(items.get(1).secret()).isEmpty();
    assertThat(items.get(1).events()).containsExactly(WebhookEventType.BOOKING_CREATED);
    assertThat(items.get(1).createdAt()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
  }
}
