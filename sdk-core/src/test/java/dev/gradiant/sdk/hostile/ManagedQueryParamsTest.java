package dev.gradiant.sdk.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.AsyncResults;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.analytics.AnalyticsParams;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.sessions.SessionListParams;
import dev.gradiant.sdk.sessions.SessionStatus;
import java.time.LocalDate;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code RequestOptions.queryParam} adds parameters the operation does not have; it can never
 * replace one the operation sends itself (a filter, a date, the pager's {@code limit} and {@code
 * offset}), nor reach the path where the ids are.
 */
class ManagedQueryParamsTest {
  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  private static RequestOptions query(String name, String value) {
    return RequestOptions.builder().queryParam(name, value).build();
  }

  @Test
  void aQueryParamNamingAFilterTheCallSetsIsRejectedBeforeAnythingIsSent() {
    SessionListParams completed = SessionListParams.builder().status(SessionStatus.SETUP).build();

    assertThatThrownBy(
            () -> client.sessions().withOptions(query("status", "completed")).list(completed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'status'")
        .hasMessageContaining("GET /sessions")
        .hasMessageContaining("params");
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void aQueryParamNamingAFilterTheCallLeavesUnsetIsRejectedToo() {
    assertThatThrownBy(() -> client.sessions().withOptions(query("userId", "user_999")).list())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'userId'");
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void namesAreComparedIgnoringCase() {
    AnalyticsParams january =
        AnalyticsParams.builder()
            .from(LocalDate.of(2024, 1, 1))
            .to(LocalDate.of(2024, 1, 31))
            .build();

    assertThatThrownBy(
            () -> client.analytics().withOptions(query("FROM", "1970-01-01")).sessions(january))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'FROM'")
        .hasMessageContaining("'from'")
        .hasMessageContaining("GET /analytics/sessions");
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void theAsyncFaceRejectsItAtOnceAndSendsNothing() {
    assertThatThrownBy(
            () -> client.async().sessions().withOptions(query("practitionerId", "p_1")).list())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'practitionerId'");
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void aQueryParamTheOperationDoesNotHaveIsSentBesideItsOwn() {
    api.enqueueJson(200, Payloads.list("", 0, 20, 0)).enqueueJson(200, Payloads.list("", 0, 20, 0));
    SessionListParams filtered = SessionListParams.builder().status(SessionStatus.SETUP).build();

    client.sessions().withOptions(query("expand", "user")).list(filtered);
    AsyncResults.await(
        client.async().sessions().withOptions(query("expand", "user")).list(filtered));

    for (int i = 0; i < 2; i++) {
      HttpUrl url = api.takeRequest().getUrl();
      assertThat(url.queryParameterValues("status")).containsExactly("setup");
      assertThat(url.queryParameterValues("expand")).containsExactly("user");
    }
  }

  @Test
  void aQueryParamCannotReachThePathNorAddAnotherParameter() {
    api.enqueueJson(200, Payloads.envelope(Payloads.USER));

    client
        .users()
        .withOptions(query("../../admin?limit=1000#", "x/../y&offset=5#z"))
        .get("user_123");

    RecordedRequest request = api.takeRequest();
    HttpUrl url = request.getUrl();
    assertThat(url.encodedPath()).isEqualTo("/v1/users/user_123");
    assertThat(url.queryParameterNames()).containsExactly("../../admin?limit=1000#");
    assertThat(url.queryParameter("../../admin?limit=1000#")).isEqualTo("x/../y&offset=5#z");
    assertThat(url.fragment()).isNull();
    assertThat(request.getTarget()).startsWith("/v1/users/user_123?");
  }
}
