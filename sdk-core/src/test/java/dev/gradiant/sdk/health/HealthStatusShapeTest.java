package dev.gradiant.sdk.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.ModelShape;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HealthStatusShapeTest {
  private static final HealthStatus FULL =
      HealthStatus.builder()
          .status("healthy")
          .version("1.0.0")
          .timestamp(Instant.parse("2026-06-30T14:22:00Z"))
          .build();

  @Test
  void isAFinalClassBuiltOnlyThroughItsBuilder() throws ReflectiveOperationException {
    ModelShape.assertGrowable(HealthStatus.class);
  }

  @Test
  void toBuilderRoundTripsEveryField() {
    HealthStatus copy = FULL.toBuilder().build();

    assertThat(copy).isEqualTo(FULL).hasSameHashCodeAs(FULL);
    assertThat(copy.status()).isEqualTo("healthy");
    assertThat(copy.version()).hasValue("1.0.0");
    assertThat(copy.timestamp()).hasValue(Instant.parse("2026-06-30T14:22:00Z"));
    assertThat(FULL.toBuilder().version("1.0.1").build()).isNotEqualTo(FULL);
  }

  @Test
  void absentValuesAreEmptyNeverNull() {
    HealthStatus bare = HealthStatus.builder().status("degraded").build();

    assertThat(bare.version()).isEmpty();
    assertThat(bare.timestamp()).isEmpty();
    assertThat(bare.toString())
        .isEqualTo("HealthStatus[status=degraded, version=null, timestamp=null]");
  }

  @Test
  void buildRequiresTheStatusAndTheBuilderRejectsNulls() {
    assertThatThrownBy(() -> HealthStatus.builder().version("1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("HealthStatus.status is required");
    assertThatThrownBy(() -> HealthStatus.builder().version(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("version");
  }
}
