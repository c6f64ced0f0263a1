package dev.gradiant.sdk.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.webhooks.EventType;
import dev.gradiant.sdk.webhooks.SeenEventStore;
import dev.gradiant.sdk.webhooks.SignatureScheme;
import dev.gradiant.sdk.webhooks.WebhookHeaders;
import dev.gradiant.sdk.webhooks.WebhookSigner;
import dev.gradiant.sdk.webhooks.WebhookVerificationException;
import dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason;
import dev.gradiant.sdk.webhooks.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class GradiantWebhooksAutoConfigurationTest {
  private static final String OLD = secret("old-secret-0123456789");
  private static final String NEW = secret("new-secret-0123456789");

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(GradiantWebhooksAutoConfiguration.class));

  private static String secret(String raw) {
    return "whsec_" + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] body(String id) {
    return ("{\"id\":\""
            + id
            + "\",\"type\":\"user.created\",\"created_at\":\"2026-11-02T10:00:00Z\","
            + "\"data\":{\"id\":\"user_1\",\"email\":\"ada@clinic.example\"}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static WebhookHeaders signed(String secret, byte[] body, String id, Instant at) {
    return WebhookHeaders.of(WebhookSigner.of(secret).signStandardWebhooks(body, id, at));
  }

  @Test
  void verifiesWithAnyOfTheSecretsDuringARotation() {
    runner
        .withPropertyValues("gradiant.webhooks.secrets=" + OLD + "," + NEW)
        .run(
            context -> {
              WebhookVerifier verifier = context.getBean(WebhookVerifier.class);
              Instant now = Instant.now();

              assertThat(
                      verifier
                          .verify(body("evt_1"), signed(OLD, body("evt_1"), "msg_1", now))
                          .type())
                  .isEqualTo(EventType.USER_CREATED);
              assertThat(
                      verifier.verify(body("evt_2"), signed(NEW, body("evt_2"), "msg_2", now)).id())
                  .contains("evt_2");
              assertThatThrownBy(
                      () ->
                          verifier.verify(
                              body("evt_3"),
                              signed(secret("someone-else-012345"), body("evt_3"), "msg_3", now)))
                  .isInstanceOfSatisfying(
                      WebhookVerificationException.class,
                      e -> assertThat(e.reason()).isEqualTo(Reason.NO_MATCHING_SIGNATURE));
            });
  }

  @Test
  void theIndexedAndYamlListFormsAreBoundToo() {
    runner
        .withPropertyValues(
            "gradiant.webhooks.secrets[0]=" + OLD, "gradiant.webhooks.secrets[1]=" + NEW)
        .run(
            context -> {
              WebhookVerifier verifier = context.getBean(WebhookVerifier.class);
              verifier.verify(body("evt_1"), signed(NEW, body("evt_1"), "msg_1", Instant.now()));
            });
  }

  @Test
  void withoutSecretsThereIsNoVerifier() {
    runner.run(
        context -> assertThat(context).hasNotFailed().doesNotHaveBean(WebhookVerifier.class));
  }

  @Test
  void withoutTheWebhooksModuleThereIsNoVerifier() {
    runner
        .withClassLoader(new FilteredClassLoader(WebhookVerifier.class))
        .withPropertyValues("gradiant.webhooks.secrets=" + OLD)
        .run(
            context ->
                assertThat(context).hasNotFailed().doesNotHaveBean("gradiantWebhookVerifier"));
  }

  @Test
  void theToleranceComesFromTheProperty() {
    byte[] body = body("evt_1");
    WebhookHeaders twoMinutesOld =
        signed(OLD, body, "msg_1", Instant.now().minus(Duration.ofMinutes(2)));
    runner
        .withPropertyValues("gradiant.webhooks.secrets=" + OLD, "gradiant.webhooks.tolerance=1m")
        .run(
            context ->
                assertThatThrownBy(
                        () -> context.getBean(WebhookVerifier.class).verify(body, twoMinutesOld))
                    .isInstanceOfSatisfying(
                        WebhookVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP_TOO_OLD)));
    runner
        .withPropertyValues("gradiant.webhooks.secrets=" + OLD)
        .run(
            context ->
                assertThat(context.getBean(WebhookVerifier.class).verify(body, twoMinutesOld).id())
                    .contains("evt_1"));
  }

  @Test
  void schemesRestrictWhatIsAccepted() {
    byte[] body = body("evt_1");
    WebhookHeaders gradiantScheme =
        WebhookHeaders.of(WebhookSigner.of(OLD).sign(body, SignatureScheme.GRADIANT));
    runner
        .withPropertyValues(
            "gradiant.webhooks.secrets=" + OLD, "gradiant.webhooks.schemes=standard-webhooks")
        .run(
            context ->
                assertThatThrownBy(
                        () -> context.getBean(WebhookVerifier.class).verify(body, gradiantScheme))
                    .isInstanceOf(WebhookVerificationException.class));
  }

  @Test
  void aSeenEventStoreBeanRemembersTheAcceptedDeliveries() {
    List<String> marked = new ArrayList<>();
    SeenEventStore store =
        new SeenEventStore() {
          @Override
          public boolean markSeen(String eventId, Instant expiresAt) {
            marked.add(eventId);
            return true;
          }

          @Override
          public void forget(String eventId) {}
        };
    runner
        .withPropertyValues("gradiant.webhooks.secrets=" + OLD)
        .withBean(SeenEventStore.class, () -> store)
        .run(
            context -> {
              context
                  .getBean(WebhookVerifier.class)
                  .verify(body("evt_1"), signed(OLD, body("evt_1"), "msg_1", Instant.now()));
              assertThat(marked).containsExactly("msg_1");
            });
  }

  @Test
  void aVerifierDefinedByTheApplicationWins() {
    WebhookVerifier own = WebhookVerifier.builder().secret(NEW).build();
    runner
        .withPropertyValues("gradiant.webhooks.secrets=" + OLD)
        .withBean("ownVerifier", WebhookVerifier.class, () -> own)
        .run(context -> assertThat(context.getBean(WebhookVerifier.class)).isSameAs(own));
  }

  @Test
  void theSecretsAreNotInTheVerifiersOrThePropertiesText() {
    runner
        .withPropertyValues("gradiant.webhooks.secrets=" + OLD)
        .run(
            context ->
                assertThat(
                        context.getBean(WebhookVerifier.class)
                            + " "
                            + context.getBean(GradiantWebhooksProperties.class))
                    .doesNotContain(OLD, OLD.substring(6)));
  }
}
