package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.errors.BadRequestException;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.pagination.Page;
import dev.gradiant.sdk.practitioners.Availability;
import dev.gradiant.sdk.practitioners.AvailabilitySlot;
import dev.gradiant.sdk.practitioners.Practitioner;
import dev.gradiant.sdk.practitioners.PractitionerSearchParams;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PractitionersTest {
  private final GradiantSandbox sandbox = GradiantSandbox.start();
  private final GradiantClient client = TestSupport.client(sandbox);

  @AfterEach
  void close() {
    client.close();
    sandbox.close();
  }

  private Page<Practitioner> search(PractitionerSearchParams.Builder params) {
    return client.practitioners().search(params.build());
  }

  @Test
  void directoryIsSeededWithTwelvePractitioners() {
    Page<Practitioner> all = client.practitioners().search();

    assertThat(all.total()).contains(12L);
    Practitioner jane = client.practitioners().get("prac_101");
    assertThat(jane.firstName()).contains("Jane");
    assertThat(jane.basePrice().orElseThrow().amount()).isEqualByComparingTo("75");
    assertThat(jane.specializations()).contains("Hatha Yoga");
    assertThat(jane.availabilityId()).contains("avail_101");
    assertThatThrownBy(() -> client.practitioners().get("prac_nobody"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void everyFilterNarrowsTheSearch() {
    assertThat(search(PractitionerSearchParams.builder().specialization("yoga")).items())
        .extracting(Practitioner::id)
        .containsExactly("prac_101", "prac_106", "prac_112");
    assertThat(search(PractitionerSearchParams.builder().location("new york")).items())
        .extracting(Practitioner::id)
        .containsExactly("prac_101", "prac_112");
    assertThat(search(PractitionerSearchParams.builder().language("Spanish")).total()).contains(2L);
    assertThat(search(PractitionerSearchParams.builder().ratingMin(new BigDecimal("4.8"))).items())
        .allSatisfy(
            p ->
                assertThat(p.rating().orElseThrow()).isGreaterThanOrEqualTo(new BigDecimal("4.8")));
    assertThat(search(PractitionerSearchParams.builder().priceMax(new BigDecimal("60"))).items())
        .extracting(Practitioner::id)
        .containsExactly("prac_105", "prac_106", "prac_112");
    assertThat(
            search(PractitionerSearchParams.builder().sessionType(SessionType.IN_PERSON)).items())
        .extracting(Practitioner::id)
        .contains("prac_109")
        .doesNotContain("prac_102");
    assertThat(
            search(
                    PractitionerSearchParams.builder()
                        .specialization("nutrition")
                        .priceMax(new BigDecimal("70")))
                .items())
        .extracting(Practitioner::id)
        .containsExactly("prac_111");
  }

  @Test
  void availabilityListsWorkingHoursAndTakenSlots() {
    ZonedDateTime wednesday = TestSupport.nextWednesday(10);
    LocalDate day = wednesday.toLocalDate();
    Availability before = client.practitioners().getAvailability("prac_102", day, day);
    assertThat(before.timezone()).isEqualTo("Europe/London");
    assertThat(before.slots()).hasSize(8).allMatch(AvailabilitySlot::available);
    assertThat(before.slots().get(0).price().orElseThrow().amount()).isEqualByComparingTo("120");

    client
        .bookings()
        .create(
            BookingCreateParams.builder()
                .practitionerId("prac_102")
                .scheduledAt(wednesday.toInstant())
                .duration(60)
                .sessionType(SessionType.CHAT)
                .build());

    Availability after = client.practitioners().getAvailability("prac_102", day, day);
    assertThat(after.slots())
        .filteredOn(slot -> !slot.available())
        .extracting(AvailabilitySlot::startTime)
        .containsExactly(wednesday.toInstant());
    assertThat(
            client
                .practitioners()
                .getAvailability("prac_102", day.plusDays(3), day.plusDays(4))
                .slots())
        .isEmpty();
  }

  @Test
  void availabilitySearchFindsPractitionersWithAFreeSlot() {
    ZonedDateTime wednesday = TestSupport.nextWednesday(10);
    Page<Practitioner> free =
        search(
            PractitionerSearchParams.builder()
                .availableFrom(wednesday.toInstant())
                .availableTo(wednesday.plusHours(1).toInstant()));
    assertThat(free.items()).extracting(Practitioner::id).contains("prac_102", "prac_104");

    client
        .bookings()
        .create(
            BookingCreateParams.builder()
                .practitionerId("prac_102")
                .scheduledAt(wednesday.toInstant())
                .duration(60)
                .sessionType(SessionType.CHAT)
                .build());

    assertThat(
            search(
                    PractitionerSearchParams.builder()
                        .availableFrom(wednesday.toInstant())
                        .availableTo(wednesday.plusHours(1).toInstant()))
                .items())
        .extracting(Practitioner::id)
        .doesNotContain("prac_102");
    assertThat(
            search(PractitionerSearchParams.builder().availableFrom(wednesday.toInstant())).total())
        .contains(12L);
    assertThat(
            search(PractitionerSearchParams.builder().availableTo(wednesday.toInstant())).total())
        .contains(12L);
  }

  @Test
  void availabilityRangesAreChecked() {
    LocalDate day = LocalDate.now();
    assertThatThrownBy(
            () -> client.practitioners().getAvailability("prac_101", day, day.plusDays(400)))
        .isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> client.practitioners().getAvailability("prac_nobody", day, day))
        .isInstanceOf(NotFoundException.class);
  }
}
