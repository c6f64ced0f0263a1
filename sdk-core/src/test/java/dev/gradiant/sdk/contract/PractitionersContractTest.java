package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.gradiant.sdk.pagination.Page;
import dev.gradiant.sdk.practitioners.Availability;
import dev.gradiant.sdk.practitioners.Practitioner;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every practitioners method sends what the spec allows and reads the spec's own examples. */
class PractitionersContractTest {
  private final ContractServer server = ContractServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<SdkCall> calls() {
    return Stream.concat(
            SdkCalls.practitioners().stream(), SdkCalls.practitionersWithRawResponse().stream())
        .flatMap(SdkCall::onEachFace);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void sendsARequestTheSpecAllowsAndReadsTheDocumentedExample(SdkCall call) {
    ContractAssertions.assertConforms(server, call);
  }

  @Test
  void searchSendsEveryFilterOnceUnderItsSpecName() {
    server.client().practitioners().search(SdkCalls.PRACTITIONER_FILTERS);

    Exchange exchange = server.onlyExchange();
    assertThat(exchange.violations()).isEmpty();
    assertThat(exchange.request().query())
        .as("every filter, in the order sent")
        .containsExactly(
            entry("specialization", List.of("yoga")),
            entry("location", List.of("New York")),
            entry("availableFrom", List.of("2024-01-01T09:00:00Z")),
            entry("availableTo", List.of("2024-01-07T18:00:00Z")),
            entry("ratingMin", List.of("4.5")),
            entry("priceMax", List.of("99.50")),
            entry("language", List.of("Spanish")),
            entry("sessionType", List.of("video_call")),
            entry("limit", List.of("20")),
            entry("offset", List.of("40")));
  }

  @Test
  void searchWithoutFiltersSendsNoQuery() {
    server.client().practitioners().search();

    assertThat(server.onlyExchange().request().query()).isEmpty();
  }

  @Test
  void availabilitySendsTheRangeAsDates() {
    server
        .client()
        .practitioners()
        .getAvailability(SdkCalls.PRACTITIONER_ID, SdkCalls.WEEK_FROM, SdkCalls.WEEK_TO);

    assertThat(server.onlyExchange().violations()).isEmpty();
    assertThat(server.onlyExchange().request().query())
        .isEqualTo(Map.of("from", List.of("2024-01-01"), "to", List.of("2024-01-07")));
  }

  @Test
  void practitionerPageExampleIsReadIntoTypedFields() {
    Page<Practitioner> page = server.client().practitioners().search(SdkCalls.PRACTITIONER_FILTERS);

    assertThat(page.total()).contains(150L);
    assertThat(page.limit()).isEqualTo(20);
    assertThat(page.offset()).isZero();
    assertThat(page.hasNextPage()).isTrue();
    Practitioner practitioner = page.items().get(0);
    assertThat(practitioner.id()).isEqualTo("prac_123");
    assertThat(practitioner.specializations()).containsExactly("Hatha Yoga", "Meditation");
    assertThat(practitioner.rating().orElseThrow()).isEqualByComparingTo(new BigDecimal("4.8"));
    assertThat(practitioner.basePrice()).isEmpty();
  }

  @Test
  void practitionerExampleIsReadIntoTypedFields() {
    Practitioner practitioner = server.client().practitioners().get(SdkCalls.PRACTITIONER_ID);

    assertThat(practitioner.userId()).contains("user_456");
    assertThat(practitioner.firstName()).contains("Jane");
    assertThat(practitioner.lastName()).contains("Smith");
    assertThat(practitioner.experience()).contains(10);
    assertThat(practitioner.totalSessions()).contains(1250);
    assertThat(practitioner.responseTime()).contains(120);
    assertThat(practitioner.languages()).containsExactly("English", "Spanish");
    assertThat(practitioner.basePrice().orElseThrow().amount())
        .isEqualByComparingTo(new BigDecimal("75"));
    assertThat(practitioner.basePrice().orElseThrow().currency()).isEqualTo("USD");
    assertThat(practitioner.verified()).contains(true);
    assertThat(practitioner.availabilityId()).contains("avail_123");
    assertThat(practitioner.createdAt()).contains(Instant.parse("2024-01-01T00:00:00Z"));
  }

  @Test
  void availabilityExampleIsReadIntoTypedFields() {
    Availability availability =
        server
            .client()
            .practitioners()
            .getAvailability(SdkCalls.PRACTITIONER_ID, SdkCalls.WEEK_FROM, SdkCalls.WEEK_TO);

    assertThat(availability.id()).contains("avail_123");
    assertThat(availability.practitionerId()).contains("prac_123");
    assertThat(availability.timezone()).isEqualTo("America/New_York");
    assertThat(availability.slots())
        .singleElement()
        .satisfies(
            slot -> {
              assertThat(slot.startTime()).isEqualTo(Instant.parse("2024-01-01T09:00:00Z"));
              assertThat(slot.endTime()).isEqualTo(Instant.parse("2024-01-01T10:00:00Z"));
              assertThat(slot.available()).isTrue();
              assertThat(slot.price().orElseThrow().amount())
                  .isEqualByComparingTo(new BigDecimal("75"));
              assertThat(slot.price().orElseThrow().currency()).isEqualTo("USD");
            });
  }
}
