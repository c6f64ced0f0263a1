package dev.gradiant.sdk.healthrecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A share is consent: it is never built without an expiry, and it names only known types. */
class HealthRecordShareCreateParamsTest {
  private static final Instant END = Instant.parse("2024-12-31T23:59:59Z");

  @Test
  void aShareWithoutAnExpiryIsRefused() {
    assertThatThrownBy(
            () ->
                HealthRecordShareCreateParams.builder()
                    .practitionerId("prac_123")
                    .recordTypes(HealthRecordType.GOALS)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expiresAt must be set");
  }

  @Test
  void validForMustBePositiveAndAtMost365Days() {
    for (Duration bad : List.of(Duration.ZERO, Duration.ofSeconds(-1), Duration.ofDays(366))) {
      assertThatThrownBy(() -> builder().validFor(bad).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("validFor");
    }
    assertThat(builder().validFor(Duration.ofDays(365)).build().validFor())
        .contains(Duration.ofDays(365));
  }

  @Test
  void recordTypesMustBeKnownNonEmptyAndUnique() {
    assertThatThrownBy(() -> builder().recordTypes(List.of()).expiresAt(END).build())
        .hasMessageContaining("recordTypes must name at least one");
    assertThatThrownBy(
            () ->
                builder()
                    .recordTypes(HealthRecordType.GOALS, HealthRecordType.of("labResults"))
                    .expiresAt(END)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recordTypes[1] is labResults, which this SDK does not know");
    assertThatThrownBy(
            () ->
                builder()
                    .recordTypes(HealthRecordType.GOALS, HealthRecordType.GOALS)
                    .expiresAt(END)
                    .build())
        .hasMessageContaining("recordTypes[1] repeats goals");
    assertThatThrownBy(
            () ->
                builder()
                    .recordTypes(Arrays.asList(HealthRecordType.GOALS, null))
                    .expiresAt(END)
                    .build())
        .hasMessageContaining("recordTypes[1] must not be null");
    assertThatThrownBy(() -> HealthRecordShareCreateParams.builder().recordTypes().build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("practitionerId");
  }

  @Test
  void aBlankPractitionerIsRefused() {
    assertThatThrownBy(
            () ->
                HealthRecordShareCreateParams.builder()
                    .practitionerId(" ")
                    .recordTypes(HealthRecordType.GOALS)
                    .expiresAt(END)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("practitionerId");
  }

  @Test
  void theLastWayOfGivingTheExpiryWinsAndToBuilderKeepsIt() {
    HealthRecordShareCreateParams byDuration =
        builder().expiresAt(END).validFor(Duration.ofDays(30)).build();
    HealthRecordShareCreateParams byInstant =
        builder().validFor(Duration.ofDays(30)).expiresAt(END).build();

    assertThat(byDuration.expiresAt()).isEmpty();
    assertThat(byDuration.validFor()).contains(Duration.ofDays(30));
    assertThat(byInstant.expiresAt()).contains(END);
    assertThat(byInstant.validFor()).isEmpty();
    assertThat(byInstant.toBuilder().build()).isEqualTo(byInstant).hasSameHashCodeAs(byInstant);
    assertThat(byDuration.toBuilder().build()).isEqualTo(byDuration);
    assertThat(byDuration).isNotEqualTo(byInstant);
    assertThat(byDuration.toString())
        .contains("validFor=PT720H", "prac_123", "recordTypes=(1 hidden)")
        .doesNotContain("goals");
    assertThat(byInstant.toString()).contains("expiresAt=2024-12-31T23:59:59Z");
  }

  private static HealthRecordShareCreateParams.Builder builder() {
    return HealthRecordShareCreateParams.builder()
        .practitionerId("prac_123")
        .recordTypes(HealthRecordType.GOALS);
  }
}
