package dev.gradiant.sdk.webhookendpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input fails with a message naming the field, and nothing reaches the server. */
class WebhookEndpointsInputValidationTest {
  private static final String URL = "https://your-app.com/webhooks/gradiant";

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();
  private final WebhookEndpointsClient endpoints = client.webhookEndpoints();

  @AfterEach
  void nothingWasSent() {
    assertThat(api.requestCount()).as("requests sent").isZero();
    client.close();
    api.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://your-app.com/webhooks",
        "HTTP://your-app.com/webhooks",
        "ftp://a.example/x"
      })
  void nonHttpsUrlIsRejected(String url) {
    assertThatThrownBy(() -> withUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("url must use https (deliveries carry health data");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/webhooks/gradiant", "your-app.com/webhooks", "webhooks", "//a.example/x"})
  void relativeUrlIsRejected(String url) {
    assertThatThrownBy(() -> withUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "url must be an absolute URL such as https://example.com/webhooks, got a relative one");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https:///webhooks", "https:your-app.com/webhooks"})
  void urlWithoutHostIsRejected(String url) {
    assertThatThrownBy(() -> withUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("url must name a host, such as https://example.com/webhooks");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://your app.com/webhooks", "https://", "https://a.example/x y"})
  void malformedUrlIsRejected(String url) {
    assertThatThrownBy(() -> withUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("url is not a valid URL (");
  }

  @Test
  void missingOrBlankUrlIsRejected() {
    assertThatThrownBy(
            () ->
                WebhookEndpointCreateParams.builder()
                    .events(WebhookEventType.BOOKING_CREATED)
                    .build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("url must not be null");
    assertThatThrownBy(() -> withUrl("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("url must not be blank");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://bücher.example/webhooks",
        "https://your-app.com/webhooks/grädiant",
        "https://your-app.com/webhooks?tags=[a]",
        "https://your-app.com/webhooks#[x]"
      })
  void urlOutsideRfc3986IsRejected(String url) {
    assertThatThrownBy(() -> withUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "url must be an RFC 3986 URL: percent-encode non-ASCII characters and square brackets"
                + " (outside an IPv6 host), and write an internationalised host in its xn-- form");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://xn--bcher-kva.example/webhooks",
        "https://your-app.com/webhooks/gr%C3%A4diant?tags=%5Ba%5D",
        "https://[2001:db8::1]:8443/webhooks",
        "https://hooks@your-app.com/webhooks?tenant=1&v=2"
      })
  void asciiUrlsWithEncodedCharactersOrAnIpv6HostAreAccepted(String url) {
    assertThat(withUrl(url).url()).isEqualTo(url);
  }

  @Test
  void urlLongerThanTheContractAllowsIsRejected() {
    String base = "https://your-app.com/";
    String longest = base + "a".repeat(2048 - base.length());

    assertThat(withUrl(longest).url()).hasSize(2048);
    assertThatThrownBy(() -> withUrl(longest + "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("url must be at most 2048 characters, got 2049");
  }

  @Test
  void missingEventsAreRejected() {
    assertThatThrownBy(() -> WebhookEndpointCreateParams.builder().url(URL).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("events must not be null");
    assertThatThrownBy(
            () ->
                WebhookEndpointCreateParams.builder()
                    .url(URL)
                    .events((WebhookEventType[]) null)
                    .build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("events must not be null");
  }

  @Test
  void emptyEventsAreRejected() {
    assertThatThrownBy(() -> WebhookEndpointCreateParams.builder().url(URL).events().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("events must name at least one event type");
    assertThatThrownBy(
            () -> WebhookEndpointCreateParams.builder().url(URL).events(List.of()).build())
        .hasMessage("events must name at least one event type");
  }

  @Test
  void repeatedEventTypeIsRejectedByIndex() {
    assertThatThrownBy(
            () ->
                WebhookEndpointCreateParams.builder()
                    .url(URL)
                    .events(
                        WebhookEventType.BOOKING_CREATED,
                        WebhookEventType.PAYMENT_FAILED,
                        WebhookEventType.of("booking.created"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("events[2] repeats booking.created: each event type may be listed once");
  }

  @Test
  void nullEventTypeIsRejectedByIndex() {
    assertThatThrownBy(
            () ->
                WebhookEndpointCreateParams.builder()
                    .url(URL)
                    .events(Arrays.asList(WebhookEventType.USER_CREATED, null))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("events[1] must not be null");
  }

  @Test
  void eventsAreCopiedSoLaterChangesDoNotLeakIn() {
    List<WebhookEventType> events = new ArrayList<>(List.of(WebhookEventType.USER_UPDATED));
    WebhookEndpointCreateParams params =
        WebhookEndpointCreateParams.builder().url(URL).events(events).build();

    events.add(WebhookEventType.USER_UPDATED);

    assertThat(params.events()).containsExactly(WebhookEventType.USER_UPDATED);
    assertThatThrownBy(() -> params.events().add(WebhookEventType.USER_CREATED))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void blankSecretIsRejectedWithoutEchoingIt() {
    assertThatThrownBy(
            () ->
                WebhookEndpointCreateParams.builder()
                    .url(URL)
                    .events(WebhookEventType.BOOKING_CREATED)
                    .secret(" \t ")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("secret must not be blank (leave it unset to have the server generate one)");
  }

  @Test
  void nullIdIsRejectedNamingTheArgument() {
    assertThatThrownBy(() -> endpoints.delete(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("webhookEndpointId must not be null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void blankIdIsRejected(String id) {
    assertThatThrownBy(() -> endpoints.delete(id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("webhookEndpointId must not be blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../admin", "a/b", "..", ".", "a\\b", "/webhooks", "wh_1/../../users"})
  void idThatWouldChangeTheEndpointIsRejected(String id) {
    assertThatThrownBy(() -> endpoints.delete(id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("webhookEndpointId must not")
        .hasMessageContaining("endpoint");
    assertThatThrownBy(() -> endpoints.withRawResponse().delete(id))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void idWithControlCharacterIsRejected() {
    assertThatThrownBy(() -> endpoints.delete("wh\r\n123"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("webhookEndpointId must not contain control characters");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 101})
  void limitOutOfRangeIsRejected(int limit) {
    assertThatThrownBy(() -> WebhookEndpointListParams.builder().limit(limit).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be between 1 and 100, got " + limit);
  }

  @Test
  void negativeOffsetIsRejected() {
    assertThatThrownBy(() -> WebhookEndpointListParams.builder().offset(-5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offset must not be negative, got -5");
  }

  @Test
  void nullParamsAreRejected() {
    assertThatThrownBy(() -> endpoints.create(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("params must not be null");
    assertThatThrownBy(() -> endpoints.list(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("params must not be null");
  }

  private static WebhookEndpointCreateParams withUrl(String url) {
    return WebhookEndpointCreateParams.builder()
        .url(url)
        .events(WebhookEventType.BOOKING_CREATED)
        .build();
  }
}
