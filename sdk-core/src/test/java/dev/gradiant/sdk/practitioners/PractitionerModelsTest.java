package dev.gradiant.sdk.practitioners;

import static dev.gradiant.sdk.practitioners.PractitionerPayloads.AVAILABILITY;
import static dev.gradiant.sdk.practitioners.PractitionerPayloads.FULL;
import static dev.gradiant.sdk.practitioners.PractitionerPayloads.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.GrowableShape;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.core.Money;
import dev.gradiant.sdk.errors.MalformedResponseException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The practitioner models and params can gain fields without breaking callers, return no nulls, and
 * refuse a response that lacks a field the contract requires.
 */
class PractitionerModelsTest {
  private static final Instant NINE = Instant.parse("2024-01-01T09:00:00Z");
  private static final Instant TEN = Instant.parse("2024-01-01T10:00:00Z");
  private static final Money USD_75 = new Money(new BigDecimal("75"), "USD");

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @Test
  void everyModelAndParamsTypeIsAFinalClassBuiltByItsBuilder() {
    GrowableShape.assertGrowable(Practitioner.class);
    GrowableShape.assertGrowable(Availability.class);
    GrowableShape.assertGrowable(AvailabilitySlot.class);
    GrowableShape.assertGrowable(PractitionerSearchParams.class);
  }

  @Test
  void practitionerBuilderRoundTripsEveryField() {
    Practitioner jane =
        Practitioner.builder()
            .id("prac_123")
            .userId("user_456")
            .firstName("Jane")
            .lastName("Smith")
            .bio("Yoga")
            .specializations(List.of("Hatha Yoga"))
            .experience(10)
            .rating(new BigDecimal("4.8"))
            .totalSessions(1250)
            .responseTime(120)
            .languages(List.of("English"))
            .basePrice(USD_75)
            .verified(true)
            .availabilityId("avail_123")
            .createdAt(NINE)
            .updatedAt(TEN)
            .build();

    Practitioner copy = jane.toBuilder().build();

    assertThat(copy).isEqualTo(jane).hasSameHashCodeAs(jane);
    assertThat(copy.id()).isEqualTo("prac_123");
    assertThat(copy.userId()).contains("user_456");
    assertThat(copy.firstName()).contains("Jane");
    assertThat(copy.lastName()).contains("Smith");
    assertThat(copy.bio()).contains("Yoga");
    assertThat(copy.specializations()).containsExactly("Hatha Yoga");
    assertThat(copy.experience()).contains(10);
    assertThat(copy.rating()).contains(new BigDecimal("4.8"));
    assertThat(copy.totalSessions()).contains(1250);
    assertThat(copy.responseTime()).contains(120);
    assertThat(copy.languages()).containsExactly("English");
    assertThat(copy.basePrice()).contains(USD_75);
    assertThat(copy.verified()).contains(true);
    assertThat(copy.availabilityId()).contains("avail_123");
    assertThat(copy.createdAt()).contains(NINE);
    assertThat(copy.updatedAt()).contains(TEN);
    assertThat(copy.toBuilder().firstName("Janet").build()).isNotEqualTo(jane);
  }

  @Test
  void availabilityAndSlotBuildersRoundTripEveryField() {
    AvailabilitySlot slot =
        AvailabilitySlot.builder()
            .startTime(NINE)
            .endTime(TEN)
            .available(true)
            .price(USD_75)
            .build();
    Availability availability =
        Availability.builder()
            .id("avail_123")
            .practitionerId("prac_123")
            .timezone("America/New_York")
            .slots(List.of(slot))
            .build();

    assertThat(slot.toBuilder().build()).isEqualTo(slot).hasSameHashCodeAs(slot);
    assertThat(availability.toBuilder().build())
        .isEqualTo(availability)
        .hasSameHashCodeAs(availability);
    assertThat(availability.id()).contains("avail_123");
    assertThat(availability.practitionerId()).contains("prac_123");
    assertThat(availability.slots()).containsExactly(slot);
    assertThat(slot.price()).contains(USD_75);
    assertThat(slot.toBuilder().available(false).build()).isNotEqualTo(slot);
  }

  @Test
  void searchParamsBuilderRoundTripsEveryFilter() {
    PractitionerSearchParams params =
        PractitionerSearchParams.builder()
            .specialization("yoga")
            .location("New York")
            .availableFrom(NINE)
            .availableTo(TEN)
            .ratingMin(4.5)
            .priceMax(100)
            .language("Spanish")
            .sessionType(SessionType.VIDEO_CALL)
            .limit(20)
            .offset(40)
            .build();

    assertThat(params.toBuilder().build()).isEqualTo(params).hasSameHashCodeAs(params);
    assertThat(params.specialization()).contains("yoga");
    assertThat(params.location()).contains("New York");
    assertThat(params.availableFrom()).contains(NINE);
    assertThat(params.availableTo()).contains(TEN);
    assertThat(params.ratingMin()).contains(new BigDecimal("4.5"));
    assertThat(params.priceMax()).contains(BigDecimal.valueOf(100));
    assertThat(params.language()).contains("Spanish");
    assertThat(params.sessionType()).contains(SessionType.VIDEO_CALL);
    assertThat(params.limit()).contains(20);
    assertThat(params.offset()).contains(40);
    assertThat(PractitionerSearchParams.builder().build().specialization()).isEmpty();
  }

  @Test
  void buildersRejectNullNamingTheField() {
    assertThatThrownBy(() -> Practitioner.builder().firstName(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("firstName");
    assertThatThrownBy(() -> AvailabilitySlot.builder().price(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("price");
    assertThatThrownBy(() -> Availability.builder().slots(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("slots");
    assertThatThrownBy(() -> PractitionerSearchParams.builder().language(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("language");
  }

  @Test
  void buildingAModelWithoutARequiredFieldNamesIt() {
    assertThatThrownBy(() -> Practitioner.builder().firstName("Jane").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Practitioner.id is required");
    assertThatThrownBy(() -> AvailabilitySlot.builder().startTime(NINE).endTime(TEN).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("AvailabilitySlot.available is required");
  }

  @Test
  void practitionerWithoutIdIsAMalformedResponseNamingTheField() {
    api.enqueueJson(200, envelope(FULL.replace("\"id\": \"prac_123\", ", "")));

    assertThatThrownBy(() -> client.practitioners().get("prac_123"))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("the required field data.id is missing (Practitioner.id)");
    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/practitioners/prac_123");
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void slotWithoutAvailableIsAMalformedResponseNotASilentFalse() {
    api.enqueueJson(200, envelope(AVAILABILITY.replace("\"available\": true, ", "")));

    assertThatThrownBy(
            () ->
                client
                    .practitioners()
                    .getAvailability(
                        "prac_123", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 7)))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining(
            "the required field data.slots[0].available is missing"
                + " (AvailabilitySlot.available)");
    Wire.assertRequestLine(
        api.takeRequest(),
        "GET",
        "/v1/practitioners/prac_123/availability?from=2024-01-01&to=2024-01-07");
  }

  @Test
  void availabilityWithoutTimezoneIsAMalformedResponseNamingTheField() {
    api.enqueueJson(200, envelope(AVAILABILITY.replace("\"timezone\": \"America/New_York\",", "")));

    assertThatThrownBy(
            () ->
                client
                    .practitioners()
                    .getAvailability(
                        "prac_123", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 7)))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("data.timezone is missing (Availability.timezone)");
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void absentOrNullOptionalValuesAreEmptyAndAbsentListsAreEmpty() {
    api.enqueueJson(
        200,
        envelope(
            """
            {"id": "prac_9", "firstName": null, "basePrice": null, "rating": null,
             "verified": null, "specializations": null}"""));

    Practitioner bare = client.practitioners().get("prac_9");

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/practitioners/prac_9");
    assertThat(bare.id()).isEqualTo("prac_9");
    assertThat(bare.userId()).isEmpty();
    assertThat(bare.firstName()).isEmpty();
    assertThat(bare.lastName()).isEmpty();
    assertThat(bare.bio()).isEmpty();
    assertThat(bare.experience()).isEmpty();
    assertThat(bare.rating()).isEmpty();
    assertThat(bare.totalSessions()).isEmpty();
    assertThat(bare.responseTime()).isEmpty();
    assertThat(bare.basePrice()).isEmpty();
    assertThat(bare.verified()).isEmpty();
    assertThat(bare.availabilityId()).isEmpty();
    assertThat(bare.createdAt()).isEmpty();
    assertThat(bare.updatedAt()).isEmpty();
    assertThat(bare.specializations()).isEmpty();
    assertThat(bare.languages()).isEmpty();
  }

  @Test
  void slotWithoutPriceHasAnEmptyPrice() {
    api.enqueueJson(
        200,
        envelope(AVAILABILITY.replace(", \"price\": {\"amount\": 75, \"currency\": \"USD\"}", "")));

    Availability availability =
        client
            .practitioners()
            .getAvailability("prac_123", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 7));

    api.takeRequest();
    assertThat(availability.slots())
        .singleElement()
        .satisfies(s -> assertThat(s.price()).isEmpty());
  }
}
