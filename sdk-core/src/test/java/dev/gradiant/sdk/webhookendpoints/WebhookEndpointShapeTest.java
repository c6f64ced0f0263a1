package dev.gradiant.sdk.webhookendpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The webhook endpoint model and params can gain fields without breaking callers: final classes
 * with no public constructor, built by a builder that round-trips every field and rejects null.
 */
class WebhookEndpointShapeTest {
  private static final Instant AT = Instant.parse("2024-01-01T00:00:00Z");

  @Test
  void everyTypeIsAFinalClassWithoutPublicConstructors() {
    for (Class<?> type :
        List.of(
            WebhookEndpoint.class,
            WebhookEndpoint.Builder.class,
            WebhookEndpointCreateParams.class,
            WebhookEndpointCreateParams.Builder.class,
            WebhookEndpointListParams.class,
            WebhookEndpointListParams.Builder.class)) {
      assertThat(type.isRecord()).as("%s is a record", type).isFalse();
      assertThat(Modifier.isFinal(type.getModifiers())).as("%s is final", type).isTrue();
      assertThat(type.getConstructors()).as("public constructors of %s", type).isEmpty();
    }
  }

  @Test
  void endpointRoundTripsEveryField() throws IllegalAccessException {
    List<WebhookEventType> events = new ArrayList<>(List.of(WebhookEventType.BOOKING_CREATED));
    WebhookEndpoint endpoint =
        WebhookEndpoint.builder()
            .id("wh_123")
            .url("https://a.example/hooks")
            .events(events)
            .createdAt(AT)
            .secret("whsec_x")
            .build();
    events.add(WebhookEventType.SESSION_COMPLETED);
    WebhookEndpoint copy = endpoint.toBuilder().build();

    assertThat(copy).isEqualTo(endpoint).hasSameHashCodeAs(endpoint).isNotSameAs(endpoint);
    assertEveryFieldSet(copy);
    assertThat(copy.id()).isEqualTo("wh_123");
    assertThat(copy.url()).isEqualTo("https://a.example/hooks");
    assertThat(copy.events()).containsExactly(WebhookEventType.BOOKING_CREATED);
    assertThatThrownBy(() -> copy.events().add(WebhookEventType.BOOKING_CREATED))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(copy.createdAt()).isEqualTo(AT);
    assertThat(copy.secret()).contains("whsec_x");
    assertThat(copy.toBuilder().url("https://b.example").build()).isNotEqualTo(endpoint);
  }

  @Test
  void anEndpointWithoutARequiredFieldIsNotBuilt() {
    WebhookEndpoint.Builder builder =
        WebhookEndpoint.builder().id("wh_1").url("https://a.example").events(List.of());

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("WebhookEndpoint.createdAt is required");
    assertThat(builder.createdAt(AT).build().secret()).isEmpty();
  }

  @Test
  void builderMethodsRejectNullNamingTheField() {
    assertThatThrownBy(() -> WebhookEndpoint.builder().secret(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("secret must not be null");
    assertThatThrownBy(() -> WebhookEndpointCreateParams.builder().secret(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("secret must not be null");
    assertThatThrownBy(() -> WebhookEndpointCreateParams.builder().url(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("url must not be null");
  }

  @Test
  void paramsRoundTripEveryField() throws IllegalAccessException {
    WebhookEndpointCreateParams create =
        WebhookEndpointCreateParams.builder()
            .url("https://a.example/hooks")
            .events(WebhookEventType.BOOKING_CREATED)
            .secret("whsec_x")
            .build();
    WebhookEndpointListParams list =
        WebhookEndpointListParams.builder().limit(5).offset(10).build();

    assertThat(create.toBuilder().build()).isEqualTo(create).hasSameHashCodeAs(create);
    assertThat(list.toBuilder().build()).isEqualTo(list).hasSameHashCodeAs(list);
    assertEveryFieldSet(create.toBuilder().build());
    assertEveryFieldSet(list.toBuilder().build());
    assertThat(create.url()).isEqualTo("https://a.example/hooks");
    assertThat(create.events()).containsExactly(WebhookEventType.BOOKING_CREATED);
    assertThat(create.secret()).contains("whsec_x");
    assertThat(list.limit()).contains(5);
    assertThat(list.offset()).contains(10);
    assertThat(WebhookEndpointListParams.builder().build().limit()).isEmpty();
  }

  private static void assertEveryFieldSet(Object value) throws IllegalAccessException {
    for (Field field : value.getClass().getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        field.setAccessible(true);
        assertThat(field.get(value)).as(field.getName()).isNotNull();
      }
    }
  }
}
