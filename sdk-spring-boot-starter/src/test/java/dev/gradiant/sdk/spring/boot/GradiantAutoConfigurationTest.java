package dev.gradiant.sdk.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.AsyncGradiantClient;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.errors.ServerException;
import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.observability.CallStart;
import dev.gradiant.sdk.testing.GradiantSandbox;
import dev.gradiant.sdk.testing.GradiantSandboxExtension;
import dev.gradiant.sdk.testing.RecordedRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

@ExtendWith(GradiantSandboxExtension.class)
class GradiantAutoConfigurationTest {
  private final GradiantSandbox sandbox;
  private final ApplicationContextRunner runner;

  GradiantAutoConfigurationTest(GradiantSandbox sandbox) {
    this.sandbox = sandbox;
    this.runner =
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(GradiantAutoConfiguration.class))
            .withPropertyValues("gradiant.base-url=" + sandbox.baseUrl());
  }

  @BeforeEach
  void clean() {
    sandbox.reset();
    sandbox.clearRequests();
  }

  private List<RecordedRequest> requestsTo(String path) {
    return sandbox.requests().stream().filter(r -> r.path().equals(path)).toList();
  }

  @Test
  void buildsTheClientAndItsAsyncFaceFromTheProperties() {
    runner
        .withPropertyValues("gradiant.api-token=" + sandbox.apiToken())
        .run(
            context -> {
              GradiantClient client = context.getBean(GradiantClient.class);
              assertThat(client.baseUrl()).isEqualTo(sandbox.baseUrl());
              assertThat(context.getBean(AsyncGradiantClient.class)).isSameAs(client.async());

              assertThat(client.users().me().id()).isEqualTo(sandbox.demoUserId());
              assertThat(context.getBean(AsyncGradiantClient.class).users().me().join().id())
                  .isEqualTo(sandbox.demoUserId());

              assertThat(requestsTo("/user"))
                  .extracting(r -> r.header("Authorization").orElseThrow())
                  .containsExactly("Bearer " + sandbox.apiToken(), "Bearer " + sandbox.apiToken());
            });
  }

  @Test
  void authenticatesWithTheApiKeyWhenOnlyTheKeyIsSet() {
    runner
        .withPropertyValues("gradiant.api-key=" + sandbox.apiKey(), "gradiant.api-token=")
        .run(
            context -> {
              context.getBean(GradiantClient.class).users().me();

              RecordedRequest request = requestsTo("/user").get(0);
              assertThat(request.header("X-API-Key")).contains(sandbox.apiKey());
              assertThat(request.header("Authorization")).isEmpty();
            });
  }

  @Test
  void maxRetriesComesFromTheProperties() {
    runner
        .withPropertyValues("gradiant.api-token=" + sandbox.apiToken(), "gradiant.max-retries=0")
        .run(
            context -> {
              sandbox.failNext(1, 503);

              assertThatThrownBy(() -> context.getBean(GradiantClient.class).users().me())
                  .isInstanceOf(ServerException.class);
              assertThat(requestsTo("/user"))
                  .extracting(RecordedRequest::status)
                  .containsExactly(503);
            });
  }

  @Test
  void aClientDefinedByTheApplicationWins() {
    runner
        .withPropertyValues("gradiant.api-token=" + sandbox.apiToken())
        .withBean(
            "myClient",
            GradiantClient.class,
            () ->
                GradiantClient.builder()
                    .baseUrl(sandbox.baseUrl())
                    .apiKey(sandbox.apiKey())
                    .build())
        .run(
            context -> {
              assertThat(context).hasSingleBean(GradiantClient.class).hasBean("myClient");
              GradiantClient client = context.getBean(GradiantClient.class);
              assertThat(context.getBean(AsyncGradiantClient.class)).isSameAs(client.async());

              client.users().me();
              assertThat(requestsTo("/user").get(0).header("X-API-Key")).contains(sandbox.apiKey());
            });
  }

  @Test
  void customizersRunInOrderAfterThePropertiesAndWin() {
    List<String> calls = new CopyOnWriteArrayList<>();
    runner
        .withPropertyValues(
            "gradiant.api-token=" + sandbox.apiToken(),
            "gradiant.base-url=https://unreachable.invalid/v1")
        .withBean(
            "second",
            GradiantClientBuilderCustomizer.class,
            () -> new Recording(2, calls, sandbox.baseUrl()))
        .withBean(
            "first", GradiantClientBuilderCustomizer.class, () -> new Recording(1, calls, null))
        .run(
            context -> {
              assertThat(calls).containsExactly("customizer 1", "customizer 2");
              GradiantClient client = context.getBean(GradiantClient.class);
              assertThat(client.baseUrl()).isEqualTo(sandbox.baseUrl());
              assertThat(client.users().me().id()).isEqualTo(sandbox.demoUserId());
            });
  }

  @Test
  void everyObserverBeanIsAddedInOrder() {
    Seen seen = new Seen();
    runner
        .withPropertyValues("gradiant.api-token=" + sandbox.apiToken())
        .withUserConfiguration(Observers.class)
        .withBean(Seen.class, () -> seen)
        .run(
            context -> {
              context.getBean(GradiantClient.class).users().me();

              assertThat(seen.names)
                  .containsExactly("first getCurrentUser /user", "second getCurrentUser /user");
            });
  }

  @Test
  void closingTheContextClosesTheClient() {
    GradiantClient[] client = new GradiantClient[1];
    runner
        .withPropertyValues("gradiant.api-token=" + sandbox.apiToken())
        .run(context -> client[0] = context.getBean(GradiantClient.class));

    assertThatThrownBy(() -> client[0].users().me()).isInstanceOf(IllegalStateException.class);
    assertThat(requestsTo("/user")).isEmpty();
  }

  @Test
  void worksWithoutTheActuatorOrTheWebhooksModule() {
    runner
        .withClassLoader(
            new FilteredClassLoader(
                "org.springframework.boot.actuate", "dev.gradiant.sdk.webhooks"))
        .withConfiguration(
            AutoConfigurations.of(
                GradiantWebhooksAutoConfiguration.class, GradiantSanitizingAutoConfiguration.class))
        .withPropertyValues(
            "gradiant.api-token=" + sandbox.apiToken(), "gradiant.webhooks.secrets=whsec_c2VjcmV0")
        .run(
            context -> {
              assertThat(context).hasNotFailed().hasSingleBean(GradiantClient.class);
              assertThat(context).doesNotHaveBean("gradiantWebhookVerifier");
              assertThat(context).doesNotHaveBean("gradiantSecretsSanitizingFunction");
            });
  }

  /** Records its call, and optionally points the client elsewhere. */
  private record Recording(int order, List<String> calls, String baseUrl)
      implements GradiantClientBuilderCustomizer, org.springframework.core.Ordered {
    @Override
    public void customize(dev.gradiant.sdk.GradiantClientBuilder builder) {
      calls.add("customizer " + order);
      if (baseUrl != null) {
        builder.baseUrl(baseUrl);
      }
    }

    @Override
    public int getOrder() {
      return order;
    }
  }

  /** Two observers declared in the opposite of their order. */
  @Configuration(proxyBeanMethods = false)
  static class Observers {
    @Bean
    @Order(2)
    CallObserver secondObserver(Seen seen) {
      return new Named("second", seen);
    }

    @Bean
    @Order(1)
    CallObserver firstObserver(Seen seen) {
      return new Named("first", seen);
    }
  }

  /** What the observers saw, in order. */
  static final class Seen {
    final List<String> names = new CopyOnWriteArrayList<>();
  }

  private record Named(String name, Seen seen) implements CallObserver {
    @Override
    public void onCallStart(CallStart event) {
      seen.names.add(
          name
              + " "
              + event.call().operation().operationId()
              + " "
              + event.call().operation().routeTemplate());
    }
  }
}
