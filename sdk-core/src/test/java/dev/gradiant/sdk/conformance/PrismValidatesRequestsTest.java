package dev.gradiant.sdk.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.analytics.AnalyticsParams;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.conformance.PrismClients.Auth;
import dev.gradiant.sdk.conformance.PrismClients.Recorder;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.errors.PractitionerUnavailableException;
import dev.gradiant.sdk.users.UserListParams;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The checks of the other conformance tests can fail: Prism, as this suite runs it, answers a
 * request that breaks the spec with a validation error and names the violation in {@code
 * sl-violations}, and {@link PrismExchange#problem()} reports it. Also shows a per-call {@link
 * RequestOptions} header reaching Prism.
 */
@Tag("conformance")
@ExtendWith(PrismExtension.class)
class PrismValidatesRequestsTest {
  private static final BookingCreateParams BOOKING =
      BookingCreateParams.builder()
          .practitionerId("prac_123")
          .scheduledAt(Instant.parse("2024-01-01T10:00:00Z"))
          .duration(60)
          .sessionType(SessionType.VIDEO_CALL)
          .build();

  /**
   * The SDK cannot be made to send an out-of-range {@code limit} (its params check the bound, and
   * {@code RequestOptions.queryParam} refuses the parameters it manages), so OkHttp sends it.
   */
  @Test
  void aQueryParameterOutOfRangeIsAnsweredWithItsValidationError(PrismServer prism)
      throws IOException {
    Recorder recorder = new Recorder();
    OkHttpClient http = new OkHttpClient.Builder().addNetworkInterceptor(recorder).build();
    Request request =
        new Request.Builder()
            .url(prism.baseUrl() + "/users?limit=0")
            .header("Authorization", "Bearer " + PrismClients.TOKEN)
            .build();

    try (Response response = http.newCall(request).execute()) {
      assertThat(response.code()).isEqualTo(400);
    }
    PrismExchange exchange = recorder.only();
    assertThat(exchange.violations()).contains("limit");
    assertThat(exchange.problem()).hasValueSatisfying(p -> assertThat(p).contains("limit"));
    assertThatThrownBy(() -> UserListParams.builder().limit(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestOptions.builder().queryParam("limit", "0"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The SDK refuses to call without credentials, so OkHttp sends the request. */
  @Test
  void missingCredentialsAreAnsweredWith401(PrismServer prism) throws IOException {
    Recorder recorder = new Recorder();
    OkHttpClient http = new OkHttpClient.Builder().addNetworkInterceptor(recorder).build();

    try (Response response =
        http.newCall(new Request.Builder().url(prism.baseUrl() + "/user").build()).execute()) {
      assertThat(response.code()).isEqualTo(401);
    }
    assertThat(recorder.only().violations()).contains("security");
    assertThat(recorder.only().problem()).isPresent();
  }

  /** The SDK cannot be made to send a wrong body (it checks its arguments), so OkHttp sends it. */
  @Test
  void aBodyThatBreaksTheSchemaIsAnsweredWithItsValidationError(PrismServer prism)
      throws IOException {
    Recorder recorder = new Recorder();
    OkHttpClient http = new OkHttpClient.Builder().addNetworkInterceptor(recorder).build();
    Request request =
        new Request.Builder()
            .url(prism.baseUrl() + "/bookings")
            .header("Authorization", "Bearer " + PrismClients.TOKEN)
            .post(RequestBody.create("{\"duration\": 0}", MediaType.get("application/json")))
            .build();

    try (Response response = http.newCall(request).execute()) {
      assertThat(response.code()).isEqualTo(422);
    }
    assertThat(recorder.only().violations()).contains("practitionerId").contains("duration");
    assertThat(recorder.only().problem()).isPresent();
  }

  /**
   * What Prism found: Java writes a date after 9999 as {@code +10000-01-01}, which is not a {@code
   * format: date}. The SDK now refuses such a date before sending; sent anyway, Prism refuses it.
   */
  @Test
  void aDateAfterYear9999IsRefusedBySpecAndSdk(PrismServer prism) throws IOException {
    LocalDate year10000 = LocalDate.of(10000, 1, 1);
    Recorder recorder = new Recorder();
    OkHttpClient http = new OkHttpClient.Builder().addNetworkInterceptor(recorder).build();
    HttpUrl url =
        HttpUrl.get(prism.baseUrl() + "/analytics/sessions")
            .newBuilder()
            .addQueryParameter("from", "2024-01-01")
            .addQueryParameter("to", year10000.toString())
            .build();
    Request request =
        new Request.Builder()
            .url(url)
            .header("Authorization", "Bearer " + PrismClients.TOKEN)
            .build();

    try (Response response = http.newCall(request).execute()) {
      assertThat(response.code()).isEqualTo(400);
    }
    assertThat(recorder.only().violations()).contains("to").contains("format");
    assertThatThrownBy(
            () -> AnalyticsParams.builder().from(LocalDate.of(2024, 1, 1)).to(year10000).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("to must be in the years 0000 to 9999");
  }

  @Test
  void aPreferHeaderSetThroughRequestOptionsPicksTheDocumentedAnswer(PrismServer prism) {
    Recorder recorder = new Recorder();
    RequestOptions unavailable =
        RequestOptions.builder()
            .header("Prefer", "code=409, example=practitionerUnavailable")
            .build();
    PractitionerUnavailableException thrown;
    try (GradiantClient client = PrismClients.client(prism, Auth.BEARER_TOKEN, null, recorder)) {
      thrown =
          catchThrowableOfType(
              PractitionerUnavailableException.class,
              () -> client.bookings().withOptions(unavailable).create(BOOKING));
    }

    assertThat(thrown).isNotNull();
    assertThat(thrown.errorCode()).contains("PRACTITIONER_UNAVAILABLE");
    assertThat(recorder.only().violations()).isNull();
  }
}
