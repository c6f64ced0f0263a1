package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.healthrecords.HealthRecordShare;
import dev.gradiant.sdk.healthrecords.HealthRecordShareCreateParams;
import dev.gradiant.sdk.healthrecords.HealthRecordType;
import dev.gradiant.sdk.payments.PaymentIntentConfirmParams;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A field the SDK keeps out of {@code toString()} is marked in the spec too ({@code x-secret} or
 * {@code x-personal-data}), so every implementation of the contract (the sandbox, servers, other
 * clients) knows to keep it out of its logs as well.
 */
class RedactionMarksContractTest {

  static Stream<Arguments> hiddenFields() {
    return Stream.of(
        Arguments.of(
            "PaymentIntentConfirm",
            "paymentMethod",
            "x-secret",
            "pm_tok_7f3a9c2e5b1d",
            (Supplier<Object>)
                () ->
                    PaymentIntentConfirmParams.builder()
                        .paymentMethod("pm_tok_7f3a9c2e5b1d")
                        .build()),
        Arguments.of(
            "HealthRecordShareCreate",
            "recordTypes",
            "x-personal-data",
            "conditions",
            (Supplier<Object>)
                () ->
                    HealthRecordShareCreateParams.builder()
                        .practitionerId("prac_123")
                        .recordTypes(HealthRecordType.CONDITIONS)
                        .validFor(Duration.ofDays(30))
                        .build()),
        Arguments.of(
            "HealthRecordShare",
            "recordTypes",
            "x-personal-data",
            "medications",
            (Supplier<Object>)
                () ->
                    HealthRecordShare.builder()
                        .id("share_123")
                        .userId("user_123")
                        .practitionerId("prac_123")
                        .recordTypes(List.of(HealthRecordType.MEDICATIONS))
                        .expiresAt(Instant.parse("2024-12-31T23:59:59Z"))
                        .createdAt(Instant.parse("2024-01-01T00:00:00Z"))
                        .build()));
  }

  @ParameterizedTest(name = "{0}.{1} is {2}")
  @MethodSource("hiddenFields")
  void aFieldTheSdkHidesIsMarkedInTheSpec(
      String schema, String property, String mark, String value, Supplier<Object> model) {
    assertThat(model.get().toString()).as("the SDK hides it").doesNotContain(value);
    assertThat(
            OpenApiSpec.gradiantV1()
                .root()
                .path("components")
                .path("schemas")
                .path(schema)
                .path("properties")
                .path(property)
                .path(mark)
                .asBoolean())
        .as("%s.%s is marked %s in openapi/gradiant-v1.yaml", schema, property, mark)
        .isTrue();
  }
}
