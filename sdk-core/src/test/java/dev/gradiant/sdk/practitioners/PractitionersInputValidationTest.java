package dev.gradiant.sdk.practitioners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input fails with a message naming the field, and nothing reaches the server. */
class PractitionersInputValidationTest {
  private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
  private static final LocalDate TO = LocalDate.of(2024, 1, 7);

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();
  private final PractitionersClient practitioners = client.practitioners();

  @AfterEach
  void nothingWasSent() {
    assertThat(api.requestCount()).as("requests sent").isZero();
    client.close();
    api.close();
  }

  private List<ThrowingCallable> everyCallWithId(String id) {
    return List.of(
        () -> practitioners.get(id),
        () -> practitioners.getAvailability(id, FROM, TO),
        () -> practitioners.withRawResponse().get(id),
        () -> practitioners.withRawResponse().getAvailability(id, FROM, TO));
  }

  @Test
  void nullIdIsRejectedNamingTheArgument() {
    for (ThrowingCallable call : everyCallWithId(null)) {
      assertThatThrownBy(call)
          .isInstanceOf(NullPointerException.class)
          .hasMessage("practitionerId must not be null");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n"})
  void blankIdIsRejected(String id) {
    for (ThrowingCallable call : everyCallWithId(id)) {
      assertThatThrownBy(call)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("practitionerId must not be blank");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"../users", "a/b", "..", ".", "a\\b", "prac_1/../../admin"})
  void idThatWouldChangeTheEndpointIsRejected(String id) {
    for (ThrowingCallable call : everyCallWithId(id)) {
      assertThatThrownBy(call)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("practitionerId must not")
          .hasMessageContaining("endpoint");
    }
  }

  @Test
  void availabilityNeedsBothDatesInOrder() {
    assertThatThrownBy(() -> practitioners.getAvailability("prac_123", null, TO))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("from must not be null");
    assertThatThrownBy(() -> practitioners.getAvailability("prac_123", FROM, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("to must not be null");
    assertThatThrownBy(() -> practitioners.getAvailability("prac_123", TO, FROM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("from (2024-01-07) must not be after to (2024-01-01)");
  }

  @Test
  void nullSearchParamsAreRejected() {
    assertThatThrownBy(() -> practitioners.search(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("params must not be null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.1", "-1", "5.01", "6", "1E+1"})
  void ratingMinOutside0To5IsRejected(String rating) {
    assertThatThrownBy(
            () -> PractitionerSearchParams.builder().ratingMin(new BigDecimal(rating)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ratingMin must be between 0 and 5, got ");
  }

  @Test
  void ratingMinMustBeAFiniteNumber() {
    assertThatThrownBy(() -> PractitionerSearchParams.builder().ratingMin(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratingMin must be a finite number, got NaN");
    assertThatThrownBy(() -> PractitionerSearchParams.builder().ratingMin(-0.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratingMin must be between 0 and 5, got -0.5");
  }

  @Test
  void negativePriceMaxIsRejected() {
    assertThatThrownBy(() -> PractitionerSearchParams.builder().priceMax(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("priceMax must not be negative, got -1");
    assertThatThrownBy(
            () -> PractitionerSearchParams.builder().priceMax(new BigDecimal("-0.01")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("priceMax must not be negative, got -0.01");
  }

  @Test
  void availableFromAfterAvailableToIsRejected() {
    assertThatThrownBy(
            () ->
                PractitionerSearchParams.builder()
                    .availableFrom(Instant.parse("2024-01-07T18:00:00Z"))
                    .availableTo(Instant.parse("2024-01-01T09:00:00Z"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "availableFrom (2024-01-07T18:00:00Z) must not be after availableTo"
                + " (2024-01-01T09:00:00Z)");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 101})
  void limitOutOfRangeIsRejected(int limit) {
    assertThatThrownBy(() -> PractitionerSearchParams.builder().limit(limit).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be between 1 and 100, got " + limit);
  }

  @Test
  void negativeOffsetIsRejected() {
    assertThatThrownBy(() -> PractitionerSearchParams.builder().offset(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offset must not be negative, got -1");
  }

  @Test
  void blankTextFiltersAreRejected() {
    assertThatThrownBy(() -> PractitionerSearchParams.builder().specialization(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("specialization must not be blank");
    assertThatThrownBy(() -> PractitionerSearchParams.builder().location("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("location must not be blank");
    assertThatThrownBy(() -> PractitionerSearchParams.builder().language("\t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("language must not be blank");
  }

  @Test
  void boundaryValuesAreAccepted() {
    Instant at = Instant.parse("2024-01-01T09:00:00Z");
    PractitionerSearchParams params =
        PractitionerSearchParams.builder()
            .ratingMin(5)
            .priceMax(0)
            .availableFrom(at)
            .availableTo(at)
            .limit(100)
            .offset(0)
            .build();

    assertThat(params.ratingMin().orElseThrow()).isEqualByComparingTo("5");
    assertThat(params.priceMax().orElseThrow()).isEqualByComparingTo("0");
    assertThat(PractitionerSearchParams.builder().ratingMin(0).limit(1).build().limit())
        .contains(1);
  }
}
