package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.function.BiFunction;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A client makes (and loads the classes of) only what the application uses: a first {@code
 * sessions().get(..)} loads the sessions sub-client and nothing of the other resources, of the
 * asynchronous face, of the live feed or of GraphQL subscriptions; closing a client that never used
 * the feed or subscriptions makes neither. The client is made through an {@link IsolatedSdkLoader},
 * so the classes it loads are its own, not those other tests of this JVM loaded.
 */
class ClientLoadsOnlyWhatItUsesTest {
  private final MockApi api = MockApi.start();
  private final IsolatedSdkLoader loader = new IsolatedSdkLoader();

  @AfterEach
  void tearDown() {
    api.close();
  }

  @Test
  void aFirstSessionsCallLoadsNoOtherResourceNoAsyncFaceAndNoLiveConnection() throws Exception {
    api.enqueueJson(200, "{\"data\": {\"id\": \"sess_1\", \"status\": \"invited\"}}");

    Object sessionId = run(FirstSessionsCall.class);

    assertThat(sessionId).isEqualTo("sess_1");
    RecordedRequest request = api.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/v1/sessions/sess_1");
    assertThat(api.requestCount()).isEqualTo(1);
    List<String> loaded = loader.sdkClassesLoaded();
    assertThat(loaded).contains("dev.gradiant.sdk.sessions.SessionsClient");
    assertThat(loaded)
        .as("the SDK classes the first call loaded")
        .noneMatch(ClientLoadsOnlyWhatItUsesTest::otherResourceClient)
        .noneMatch(name -> name.startsWith("dev.gradiant.sdk.Async"))
        .noneMatch(name -> name.startsWith("dev.gradiant.sdk.sessions.Async"))
        .noneMatch(ClientLoadsOnlyWhatItUsesTest::liveConnectionClass)
        .doesNotContain("dev.gradiant.sdk.internal.observability.OperationTable")
        .doesNotContain("dev.gradiant.sdk.internal.observability.AttemptObservation")
        .doesNotContain("dev.gradiant.sdk.internal.http.ObservingTransport");
  }

  @Test
  void closingAClientThatNeverUsedTheFeedOrSubscriptionsMakesNeither() throws Exception {
    run(BuildAndClose.class);

    assertThat(api.requestCount()).isZero();
    assertThat(loader.sdkClassesLoaded())
        .contains("dev.gradiant.sdk.GradiantClient")
        .noneMatch(ClientLoadsOnlyWhatItUsesTest::liveConnectionClass)
        .noneMatch(ClientLoadsOnlyWhatItUsesTest::otherResourceClient);
  }

  /**
   * Runs {@code driver} as loaded by the isolated loader: its calls are plain Java, so nothing but
   * what they use is loaded (reflection on the client would load every type its methods name).
   */
  @SuppressWarnings("unchecked")
  private Object run(Class<?> driver) throws Exception {
    Constructor<?> constructor =
        Class.forName(driver.getName(), true, loader).getDeclaredConstructor();
    constructor.setAccessible(true);
    return ((BiFunction<String, String, Object>) constructor.newInstance())
        .apply(api.baseUrl(), MockApi.TOKEN);
  }

  /** Builds a client, makes its first call, closes it, and returns the session's id. */
  public static final class FirstSessionsCall implements BiFunction<String, String, Object> {
    /** Made by reflection. */
    public FirstSessionsCall() {}

    @Override
    public Object apply(String baseUrl, String token) {
      try (GradiantClient client =
          GradiantClient.builder().apiToken(token).baseUrl(baseUrl).maxRetries(0).build()) {
        return client.sessions().get("sess_1").id();
      }
    }
  }

  /** Builds a client and closes it at once. */
  public static final class BuildAndClose implements BiFunction<String, String, Object> {
    /** Made by reflection. */
    public BuildAndClose() {}

    @Override
    public Object apply(String baseUrl, String token) {
      GradiantClient.builder().apiToken(token).baseUrl(baseUrl).build().close();
      return null;
    }
  }

  /** A sub-client (blocking or asynchronous) of any resource but sessions. */
  private static boolean otherResourceClient(String name) {
    String simple = name.substring(name.lastIndexOf('.') + 1);
    String pkg = name.substring(0, name.lastIndexOf('.'));
    return simple.matches("(Async)?\\w+Client(\\$.*)?")
        && !pkg.equals("dev.gradiant.sdk")
        && !pkg.equals("dev.gradiant.sdk.sessions");
  }

  /** A class of the live feed or of GraphQL, but the check of the feed's URL done at build(). */
  private static boolean liveConnectionClass(String name) {
    return (name.startsWith("dev.gradiant.sdk.realtime.")
            || name.startsWith("dev.gradiant.sdk.graphql.")
            || name.startsWith("dev.gradiant.sdk.internal.graphql.")
            || name.startsWith("dev.gradiant.sdk.internal.realtime."))
        && !name.equals("dev.gradiant.sdk.internal.realtime.RealtimeUrl");
  }
}
