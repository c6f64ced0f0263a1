package dev.gradiant.sdk.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.AsyncResults;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.sessions.CheckpointParams;
import dev.gradiant.sdk.sessions.SessionsClient;
import dev.gradiant.sdk.users.AsyncUsersClient;
import dev.gradiant.sdk.users.User;
import dev.gradiant.sdk.users.UserCreateParams;
import dev.gradiant.sdk.users.UsersClient;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A key given through {@code RequestOptions.idempotencyKey(..)} stands for one logical call: the
 * first POST through the view (or any view derived from it) sends it, on every attempt; a later
 * POST through it is refused before anything is sent, so a second, different create can never be
 * answered with the first one's resource.
 */
class OneCallIdempotencyKeyTest {
  private static final String CREATED = Payloads.envelope(Payloads.USER);
  private static final String KEY = "signup-form-7f3a";

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  private static RequestOptions withKey() {
    return RequestOptions.builder().idempotencyKey(KEY).build();
  }

  private static UserCreateParams newUser(String email) {
    return UserCreateParams.builder().email(email).build();
  }

  @Test
  void aSecondCreateThroughTheSameViewThrowsAndSendsNothing() {
    api.enqueueJson(201, CREATED).enqueueJson(200, CREATED);
    UsersClient view = client.users().withOptions(withKey());

    view.create(newUser("first@example.com"));

    assertThatThrownBy(() -> view.create(newUser("second@example.com")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("POST /users")
        .hasMessageContaining("withOptions(..) again")
        .hasMessageNotContaining(KEY);
    view.get("user_123");

    RecordedRequest first = api.takeRequest();
    Wire.assertRequestLine(first, "POST", "/v1/users");
    assertThat(first.getHeaders().get("Idempotency-Key")).isEqualTo(KEY);
    assertThat(first.getBody().utf8()).contains("first@example.com");
    RecordedRequest next = api.takeRequest();
    Wire.assertRequestLine(next, "GET", "/v1/users/user_123");
    assertThat(next.getHeaders().get("Idempotency-Key")).isNull();
    assertThat(api.requestCount()).isEqualTo(2);
  }

  @Test
  void aSecondCreateThroughTheSameAsyncViewThrowsAtOnceAndSendsNothing() {
    api.enqueueJson(201, CREATED).enqueueJson(200, CREATED);
    AsyncUsersClient view = client.async().users().withOptions(withKey());

    AsyncResults.await(view.create(newUser("first@example.com")));

    assertThatThrownBy(() -> view.create(newUser("second@example.com")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("withOptions(..) again");
    AsyncResults.await(view.get("user_123"));

    assertThat(api.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo(KEY);
    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/users/user_123");
    assertThat(api.requestCount()).isEqualTo(2);
  }

  @Test
  void aViewDerivedFromASpentViewCannotSendTheKeyAgain() {
    api.enqueueJson(201, CREATED);
    UsersClient view = client.users().withOptions(withKey());
    view.create(newUser("first@example.com"));

    UsersClient derived =
        view.withOptions(RequestOptions.builder().timeout(Duration.ofSeconds(5)).build());

    assertThatThrownBy(() -> derived.create(newUser("second@example.com")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> derived.withRawResponse().create(newUser("third@example.com")))
        .isInstanceOf(IllegalStateException.class);
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void aDerivedViewThatSpendsTheKeySpendsItForItsParentToo() {
    api.enqueueJson(201, CREATED);
    AsyncUsersClient view = client.async().users().withOptions(withKey());
    AsyncUsersClient derived =
        view.withOptions(RequestOptions.builder().header("X-Request-ID", "trace-1").build());

    AsyncResults.await(derived.create(newUser("first@example.com")));

    assertThatThrownBy(() -> view.create(newUser("second@example.com")))
        .isInstanceOf(IllegalStateException.class);
    RecordedRequest sent = api.takeRequest();
    assertThat(sent.getHeaders().get("Idempotency-Key")).isEqualTo(KEY);
    assertThat(sent.getHeaders().get("X-Request-ID")).isEqualTo("trace-1");
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void sessionTokenCallsThroughTheViewShareItsOneCall() {
    api.enqueueJson(200, Payloads.envelope("{\"ok\": true}"));
    SessionsClient view = client.sessions().withOptions(withKey());
    CheckpointParams params = CheckpointParams.builder().deliverableState(Map.of()).build();

    view.checkpoint("sess_123", "sess_tok_1", params);

    assertThatThrownBy(() -> view.advancePhase("sess_123", "sess_tok_1"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(api.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo(KEY);
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void everyAttemptOfTheOneCallCarriesTheKey() {
    api.enqueueJson(503, "{}", "Retry-After", "0")
        .enqueueJson(503, "{}", "Retry-After", "0")
        .enqueueJson(201, CREATED);
    try (GradiantClient retrying = api.builder().apiToken(MockApi.TOKEN).maxRetries(2).build()) {
      UsersClient view = retrying.users().withOptions(withKey());

      User user = view.create(newUser("first@example.com"));

      assertThat(user.id()).isEqualTo("user_123");
      for (int attempt = 1; attempt <= 3; attempt++) {
        assertThat(api.takeRequest().getHeaders().get("Idempotency-Key"))
            .as("attempt %d", attempt)
            .isEqualTo(KEY);
      }
      assertThatThrownBy(() -> view.create(newUser("second@example.com")))
          .isInstanceOf(IllegalStateException.class);
      assertThat(api.requestCount()).isEqualTo(3);
    }
  }

  @Test
  void everyAsyncAttemptOfTheOneCallCarriesTheKey() {
    api.enqueueJson(503, "{}", "Retry-After", "0").enqueueJson(201, CREATED);
    try (GradiantClient retrying = api.builder().apiToken(MockApi.TOKEN).maxRetries(1).build()) {
      AsyncUsersClient view = retrying.async().users().withOptions(withKey());

      AsyncResults.await(view.create(newUser("first@example.com")));

      assertThat(api.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo(KEY);
      assertThat(api.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo(KEY);
      assertThatThrownBy(() -> view.create(newUser("second@example.com")))
          .isInstanceOf(IllegalStateException.class);
      assertThat(api.requestCount()).isEqualTo(2);
    }
  }

  @Test
  void twoViewsGivenTheSameKeyMayEachSendItOnce() {
    api.enqueueJson(201, CREATED).enqueueJson(201, CREATED);
    RequestOptions options = withKey();

    client.users().withOptions(options).create(newUser("form@example.com"));
    AsyncResults.await(
        client.async().users().withOptions(options).create(newUser("form@example.com")));

    assertThat(api.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo(KEY);
    assertThat(api.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo(KEY);
  }

  @Test
  void readsUpdatesAndDeletesThroughTheViewSendNoKeyAndLeaveItForTheCreate() {
    api.enqueueJson(200, CREATED).enqueueJson(204, "").enqueueJson(201, CREATED);
    SessionsClient sessions = client.sessions().withOptions(withKey());
    UsersClient users = client.users().withOptions(withKey());

    users.get("user_123");
    sessions.delete("sess_123");
    users.create(newUser("first@example.com"));

    assertThat(api.takeRequest().getHeaders().get("Idempotency-Key")).isNull();
    assertThat(api.takeRequest().getHeaders().get("Idempotency-Key")).isNull();
    assertThat(api.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo(KEY);
  }

  @Test
  void aViewWithoutAKeySendsAFreshGeneratedKeyOnEveryCreate() {
    api.enqueueJson(201, CREATED).enqueueJson(201, CREATED);
    UsersClient view =
        client.users().withOptions(RequestOptions.builder().header("X-A", "1").build());

    view.create(newUser("first@example.com"));
    view.create(newUser("second@example.com"));

    String first = Wire.assertIdempotencyKey(api.takeRequest());
    String second = Wire.assertIdempotencyKey(api.takeRequest());
    assertThat(first).isNotEqualTo(second);
  }
}
