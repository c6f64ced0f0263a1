package dev.gradiant.sdk.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A bad range fails with a message naming the field, and nothing reaches the server. */
class AnalyticsInputValidationTest {
  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();
  private final AnalyticsClient analytics = client.analytics();

  @AfterEach
  void nothingWasSent() {
    assertThat(api.requestCount()).as("requests sent").isZero();
    client.close();
    api.close();
  }

  @Test
  void fromAfterToIsRejected() {
    assertThatThrownBy(
            () ->
                AnalyticsParams.builder()
                    .from(LocalDate.of(2024, 3, 18))
                    .to(LocalDate.of(2024, 3, 17))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("from (2024-03-18) must not be after to (2024-03-17)");
  }

  @Test
  void missingFromIsRejected() {
    assertThatThrownBy(() -> AnalyticsParams.builder().to(LocalDate.of(2024, 3, 17)).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("from must not be null");
  }

  @Test
  void missingToIsRejected() {
    assertThatThrownBy(
            () ->
                AnalyticsParams.builder()
                    .from(LocalDate.of(2024, 3, 4))
                    .interval(Interval.WEEK)
                    .build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("to must not be null");
  }

  @Test
  void singleDayRangeIsAccepted() {
    LocalDate day = LocalDate.of(2024, 2, 29);

    AnalyticsParams params = AnalyticsParams.builder().from(day).to(day).build();

    assertThat(params.from()).isEqualTo(params.to());
    assertThat(params.interval()).isEmpty();
  }

  @Test
  void nullParamsAreRejected() {
    assertThatThrownBy(() -> analytics.sessions(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("params must not be null");
    assertThatThrownBy(() -> analytics.users(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("params must not be null");
    assertThatThrownBy(() -> analytics.withRawResponse().users(null))
        .hasMessage("params must not be null");
  }

  @Test
  void nullIntervalValueIsRejected() {
    assertThatThrownBy(() -> Interval.of(null)).isInstanceOf(NullPointerException.class);
  }
}
