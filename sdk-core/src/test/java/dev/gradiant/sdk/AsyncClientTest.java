package dev.gradiant.sdk;

import static dev.gradiant.sdk.AsyncResults.await;
import static dev.gradiant.sdk.AsyncResults.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gradiant.sdk.analytics.AnalyticsClient;
import dev.gradiant.sdk.analytics.AsyncAnalyticsClient;
import dev.gradiant.sdk.auth.AsyncAuthClient;
import dev.gradiant.sdk.auth.AuthClient;
import dev.gradiant.sdk.auth.AuthorizationParams;
import dev.gradiant.sdk.auth.OAuthScope;
import dev.gradiant.sdk.bookings.AsyncBookingsClient;
import dev.gradiant.sdk.bookings.BookingsClient;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.errors.ApiException;
import dev.gradiant.sdk.errors.AuthenticationException;
import dev.gradiant.sdk.errors.BadRequestException;
import dev.gradiant.sdk.errors.BookingConflictException;
import dev.gradiant.sdk.errors.ConflictException;
import dev.gradiant.sdk.errors.ConnectionException;
import dev.gradiant.sdk.errors.InvalidBookingStatusException;
import dev.gradiant.sdk.errors.MalformedResponseException;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.errors.PermissionDeniedException;
import dev.gradiant.sdk.errors.PractitionerUnavailableException;
import dev.gradiant.sdk.errors.RateLimitException;
import dev.gradiant.sdk.errors.ServerException;
import dev.gradiant.sdk.errors.UnprocessableEntityException;
import dev.gradiant.sdk.grants.AsyncGrantsClient;
import dev.gradiant.sdk.grants.GrantsClient;
import dev.gradiant.sdk.health.AsyncHealthClient;
import dev.gradiant.sdk.health.HealthClient;
import dev.gradiant.sdk.pagination.AsyncPage;
import dev.gradiant.sdk.practitioners.AsyncPractitionersClient;
import dev.gradiant.sdk.practitioners.PractitionersClient;
import dev.gradiant.sdk.sessions.AsyncSessionsClient;
import dev.gradiant.sdk.sessions.CheckpointParams;
import dev.gradiant.sdk.sessions.SessionsClient;
import dev.gradiant.sdk.users.AsyncUsersClient;
import dev.gradiant.sdk.users.User;
import dev.gradiant.sdk.users.UserListParams;
import dev.gradiant.sdk.users.UserUpdateParams;
import dev.gradiant.sdk.users.UsersClient;
import dev.gradiant.sdk.wearables.AsyncWearablesClient;
import dev.gradiant.sdk.wearables.WearablesClient;
import dev.gradiant.sdk.webhookendpoints.AsyncWebhookEndpointsClient;
import dev.gradiant.sdk.webhookendpoints.WebhookEndpointsClient;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The asynchronous face mirrors the blocking one: every method, the same results, the same
 * exceptions, the same argument checks made before anything is sent.
 */
class AsyncClientTest {
  private static final CheckpointParams CHECKPOINT =
      CheckpointParams.builder().deliverableState(Map.of("notes", "draft")).build();

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  static Stream<Arguments> twins() {
    return Stream.of(
        Arguments.of(HealthClient.class, AsyncHealthClient.class),
        Arguments.of(AuthClient.class, AsyncAuthClient.class),
        Arguments.of(UsersClient.class, AsyncUsersClient.class),
        Arguments.of(SessionsClient.class, AsyncSessionsClient.class),
        Arguments.of(BookingsClient.class, AsyncBookingsClient.class),
        Arguments.of(PractitionersClient.class, AsyncPractitionersClient.class),
        Arguments.of(AnalyticsClient.class, AsyncAnalyticsClient.class),
        Arguments.of(WebhookEndpointsClient.class, AsyncWebhookEndpointsClient.class),
        Arguments.of(HealthClient.WithRawResponse.class, AsyncHealthClient.WithRawResponse.class),
        Arguments.of(AuthClient.WithRawResponse.class, AsyncAuthClient.WithRawResponse.class),
        Arguments.of(UsersClient.WithRawResponse.class, AsyncUsersClient.WithRawResponse.class),
        Arguments.of(
            SessionsClient.WithRawResponse.class, AsyncSessionsClient.WithRawResponse.class),
        Arguments.of(
            BookingsClient.WithRawResponse.class, AsyncBookingsClient.WithRawResponse.class),
        Arguments.of(
            PractitionersClient.WithRawResponse.class,
            AsyncPractitionersClient.WithRawResponse.class),
        Arguments.of(
            AnalyticsClient.WithRawResponse.class, AsyncAnalyticsClient.WithRawResponse.class),
        Arguments.of(
            WebhookEndpointsClient.WithRawResponse.class,
            AsyncWebhookEndpointsClient.WithRawResponse.class),
        Arguments.of(GrantsClient.class, AsyncGrantsClient.class),
        Arguments.of(GrantsClient.WithRawResponse.class, AsyncGrantsClient.WithRawResponse.class),
        Arguments.of(WearablesClient.class, AsyncWearablesClient.class),
        Arguments.of(
            WearablesClient.WithRawResponse.class, AsyncWearablesClient.WithRawResponse.class));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("twins")
  void everyMethodHasAnAsynchronousTwinWithTheSameParametersAndAFutureOfTheSameResult(
      Class<?> blocking, Class<?> async) throws NoSuchMethodException {
    List<Method> operations = publicMethods(blocking);
    assertThat(publicMethods(async)).extracting(Method::getName).hasSameSizeAs(operations);
    for (Method operation : operations) {
      Method twin = async.getMethod(operation.getName(), operation.getParameterTypes());
      String expected = futureOf(operation);
      assertThat(twin.getGenericReturnType().getTypeName())
          .as("%s returns", twin)
          .isEqualTo(expected);
    }
  }

  @Test
  void theAsynchronousClientHasEverySubClient() throws NoSuchMethodException {
    for (Method accessor : GradiantClient.class.getMethods()) {
      if (accessor.getReturnType().getSimpleName().endsWith("Client")
          && accessor.getParameterCount() == 0
          && accessor.getReturnType() != AsyncGradiantClient.class) {
        Class<?> twin = AsyncGradiantClient.class.getMethod(accessor.getName()).getReturnType();
        assertThat(twin.getName())
            .isEqualTo(
                accessor.getReturnType().getPackageName()
                    + ".Async"
                    + accessor.getReturnType().getSimpleName());
      }
    }
    assertThat(client.async()).isSameAs(client.async()).hasToString("AsyncGradiantClient");
  }

  private static List<Method> publicMethods(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
        .toList();
  }

  /**
   * What the twin of {@code operation} returns: a future of the same type ({@link Void} for
   * nothing, {@code AsyncPage} for a {@code Page}); the views and the one method that sends nothing
   * return their asynchronous counterparts directly.
   */
  private static String futureOf(Method operation) {
    String type = operation.getGenericReturnType().getTypeName();
    String async =
        type.replace("dev.gradiant.sdk.pagination.Page<", "dev.gradiant.sdk.pagination.AsyncPage<");
    Class<?> declaring = operation.getDeclaringClass();
    if (operation.getName().equals("withOptions")
        || operation.getName().equals("withRawResponse")) {
      String owner = declaring.getPackageName() + ".Async" + declaring.getSimpleName();
      return operation.getName().equals("withOptions") ? owner : owner + "$WithRawResponse";
    }
    if (operation.getName().equals("authorizationRequest")) {
      return type;
    }
    return "java.util.concurrent.CompletableFuture<"
        + (type.equals("void") ? "java.lang.Void" : async)
        + ">";
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of(400, "VALIDATION_ERROR", BadRequestException.class),
        Arguments.of(401, "INVALID_TOKEN", AuthenticationException.class),
        Arguments.of(403, "FORBIDDEN", PermissionDeniedException.class),
        Arguments.of(404, "NOT_FOUND", NotFoundException.class),
        Arguments.of(409, "CONFLICT", ConflictException.class),
        Arguments.of(409, "BOOKING_CONFLICT", BookingConflictException.class),
        Arguments.of(409, "PRACTITIONER_UNAVAILABLE", PractitionerUnavailableException.class),
        Arguments.of(409, "INVALID_BOOKING_STATUS", InvalidBookingStatusException.class),
        Arguments.of(422, "UNPROCESSABLE", UnprocessableEntityException.class),
        Arguments.of(429, "RATE_LIMIT_EXCEEDED", RateLimitException.class),
        Arguments.of(500, "INTERNAL", ServerException.class),
        Arguments.of(418, "TEAPOT", ApiException.class));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("errors")
  void anErrorFailsTheFutureWithTheExceptionTheBlockingCallThrows(
      int status, String code, Class<? extends ApiException> type) throws Exception {
    String body =
        "{\"error\": {\"code\": \""
            + code
            + "\", \"message\": \"no\"}, \"meta\": {\"requestId\":"
            + " \"req_9\"}}";
    api.enqueueJson(status, body).enqueueJson(status, body);

    Throwable thrown = catchThrowable(() -> client.bookings().get("bk_1"));
    CompletableFuture<?> future = client.async().bookings().get("bk_1");
    Throwable seenByAStage = future.handle((value, failure) -> failure).get();

    assertThat(thrown).isExactlyInstanceOf(type);
    assertThat(seenByAStage)
        .as("a stage on the returned future sees the SDK's exception itself")
        .isExactlyInstanceOf(type)
        .hasMessage(thrown.getMessage());
    ApiException async = (ApiException) seenByAStage;
    assertThat(async.statusCode()).isEqualTo(status);
    assertThat(async.errorCode()).contains(code);
    assertThat(async.requestId()).contains("req_9");
    assertThatThrownBy(future::join)
        .isInstanceOf(CompletionException.class)
        .cause()
        .isSameAs(seenByAStage);
  }

  @Test
  void anUnreadableAnswerFailsTheFutureWithMalformedResponseException() {
    api.enqueueJson(200, "{\"data\": ");

    MalformedResponseException e =
        failure(MalformedResponseException.class, client.async().users().get("user_123"));

    assertThat(e.getMessage()).contains("GET /users/{id}", "not valid JSON");
  }

  @Test
  void aRefusedConnectionFailsTheFutureWithConnectionException() {
    String baseUrl;
    try (MockApi stopped = MockApi.start()) {
      baseUrl = stopped.baseUrl();
    }
    try (GradiantClient refused =
        GradiantClient.builder()
            .environment(name -> null)
            .apiToken("t")
            .baseUrl(baseUrl)
            .maxRetries(0)
            .build()) {
      ConnectionException e =
          failure(ConnectionException.class, refused.async().users().get("user_123"));

      assertThat(e.getMessage()).startsWith("GET /users/{id} failed before a response arrived");
    }
  }

  @Test
  void aResultIsTheSameAsTheBlockingOne() {
    String body = Payloads.envelope(Payloads.USER);
    api.enqueueJson(200, body, "X-Request-ID", "req_1");
    api.enqueueJson(200, body, "X-Request-ID", "req_1");

    ApiResponse<User> blocking = client.users().withRawResponse().get("user_123");
    ApiResponse<User> async = await(client.async().users().withRawResponse().get("user_123"));

    assertThat(async.data()).isEqualTo(blocking.data());
    assertThat(async.statusCode()).isEqualTo(blocking.statusCode());
    assertThat(async.requestId()).contains("req_1");
  }

  @Test
  void badArgumentsAreThrownAtOnceAndNothingIsSent() {
    AsyncGradiantClient async = client.async();
    Map<ThrowingCallable, Class<? extends Throwable>> calls =
        Map.of(
            () -> async.users().get("../admin"), IllegalArgumentException.class,
            () -> async.users().update("user_123", (UserUpdateParams) null),
                NullPointerException.class,
            () -> async.sessions().checkpoint("sess_1", " ", CHECKPOINT),
                IllegalArgumentException.class,
            () ->
                    async
                        .practitioners()
                        .getAvailability(
                            "prac_1", LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1)),
                IllegalArgumentException.class,
            () -> async.bookings().withRawResponse().cancel(null), NullPointerException.class,
            () -> async.webhookEndpoints().list(null), NullPointerException.class,
            () -> async.analytics().users(null), NullPointerException.class,
            () -> async.auth().login(null), NullPointerException.class);

    calls.forEach((call, type) -> assertThatThrownBy(call).isInstanceOf(type));
    assertThat(api.requestCount()).as("requests sent").isZero();
  }

  @Test
  void optionsApplyToAsynchronousCalls() {
    api.enqueueJson(200, Payloads.envelope(Payloads.USER));

    await(
        client
            .async()
            .users()
            .withOptions(
                RequestOptions.builder()
                    .header("X-Request-ID", "mine")
                    .queryParam("expand", "profile")
                    .build())
            .me());

    RecordedRequest sent = api.takeRequest();
    assertThat(sent.getHeaders().get("X-Request-ID")).isEqualTo("mine");
    assertThat(sent.getUrl().queryParameter("expand")).isEqualTo("profile");
  }

  @Test
  void aClientWithoutCredentialsFailsAnAuthenticatedCallWithoutSending() {
    try (GradiantClient anonymous = api.builder().withoutCredentials().build()) {
      IllegalStateException e =
          failure(IllegalStateException.class, anonymous.async().users().me());

      assertThat(e.getMessage()).contains("GET /user needs credentials");
    }
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void callsAfterCloseFailWithIllegalStateException() {
    GradiantClient closed = api.client();
    closed.close();

    IllegalStateException e = failure(IllegalStateException.class, closed.async().health().check());

    assertThat(e.getMessage()).contains("closed");
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void theAuthorizationUrlIsBuiltWithoutSending() {
    var request =
        client
            .async()
            .auth()
            .withOptions(RequestOptions.none())
            .authorizationRequest(
                AuthorizationParams.builder()
                    .clientId("app_1")
                    .redirectUri("https://your-app.com/oauth/callback")
                    .scopes(OAuthScope.READ_PROFILE)
                    .build());

    assertThat(request.url()).contains("client_id=app_1", "code_challenge_method=S256");
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void aSlowSubscriberToAUserListFetchesEachPageOnlyWhenItAsksForItsFirstItem() throws Exception {
    api.enqueueJson(200, Payloads.list(user("u1") + "," + user("u2"), 5, 2, 0));
    api.enqueueJson(200, Payloads.list(user("u3") + "," + user("u4"), 5, 2, 2));
    api.enqueueJson(200, Payloads.list(user("u5"), 5, 2, 4));
    BlockingQueue<String> received = new LinkedBlockingQueue<>();
    CompletableFuture<Void> done = new CompletableFuture<>();
    AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();

    AsyncPage<User> first =
        await(client.async().users().list(UserListParams.builder().limit(2).build()));
    first
        .autoPager()
        .subscribe(
            new Flow.Subscriber<>() {
              @Override
              public void onSubscribe(Flow.Subscription s) {
                subscription.set(s);
              }

              @Override
              public void onNext(User user) {
                received.add(user.id());
              }

              @Override
              public void onError(Throwable failure) {
                done.completeExceptionally(failure);
              }

              @Override
              public void onComplete() {
                done.complete(null);
              }
            });

    List<Integer> requestsAfterEachItem = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      subscription.get().request(1);
      ids.add(received.poll(5, TimeUnit.SECONDS));
      requestsAfterEachItem.add(api.requestCount());
    }

    assertThat(ids).containsExactly("u1", "u2", "u3", "u4", "u5");
    assertThat(requestsAfterEachItem).containsExactly(1, 1, 2, 2, 3);
    done.get(5, TimeUnit.SECONDS);
    api.takeRequest();
    assertThat(api.takeRequest().getUrl().queryParameter("offset")).isEqualTo("2");
    assertThat(api.takeRequest().getUrl().queryParameter("offset")).isEqualTo("4");
  }

  private static String user(String id) {
    return Payloads.USER.replace("user_123", id);
  }
}
