package dev.gradiant.sdk.practitioners;

import static dev.gradiant.sdk.practitioners.PractitionerPayloads.AVAILABILITY;
import static dev.gradiant.sdk.practitioners.PractitionerPayloads.FULL;
import static dev.gradiant.sdk.practitioners.PractitionerPayloads.LISTED;
import static dev.gradiant.sdk.practitioners.PractitionerPayloads.envelope;
import static dev.gradiant.sdk.practitioners.PractitionerPayloads.list;
import static dev.gradiant.sdk.practitioners.PractitionerPayloads.listed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.Money;
import dev.gradiant.sdk.pagination.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PractitionersClientTest {
  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @Test
  void searchSendsEveryDocumentedFilterOnceUnderItsSpecName() {
    api.enqueueJson(200, list(LISTED, 150, 20, 0));

    Page<Practitioner> page =
        client
            .practitioners()
            .search(
                PractitionerSearchParams.builder()
                    .specialization("yoga")
                    .location("New York")
                    .availableFrom(Instant.parse("2024-01-01T09:00:00Z"))
                    .availableTo(Instant.parse("2024-01-07T18:00:00Z"))
                    .ratingMin(4.5)
                    .priceMax(100)
                    .language("Spanish")
                    .sessionType(SessionType.VIDEO_CALL)
                    .limit(20)
                    .offset(0)
                    .build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(
        request,
        "GET",
        "/v1/practitioners?specialization=yoga&location=New%20York"
            + "&availableFrom=2024-01-01T09%3A00%3A00Z&availableTo=2024-01-07T18%3A00%3A00Z"
            + "&ratingMin=4.5&priceMax=100&language=Spanish&sessionType=video_call"
            + "&limit=20&offset=0");
    HttpUrl url = HttpUrl.get("http://localhost" + request.getTarget());
    assertThat(url.queryParameterNames())
        .containsExactly(
            "specialization",
            "location",
            "availableFrom",
            "availableTo",
            "ratingMin",
            "priceMax",
            "language",
            "sessionType",
            "limit",
            "offset");
    for (String name : url.queryParameterNames()) {
      assertThat(url.queryParameterValues(name)).as(name).hasSize(1);
    }
    assertThat(url.queryParameter("location")).isEqualTo("New York");
    assertThat(url.queryParameter("availableFrom")).isEqualTo("2024-01-01T09:00:00Z");
    assertThat(url.queryParameter("availableTo")).isEqualTo("2024-01-07T18:00:00Z");
    Wire.assertStandardHeaders(request);
    assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
    Wire.assertNoBody(request);
    assertThat(page.total()).contains(150L);
    assertThat(page.limit()).isEqualTo(20);
    assertThat(page.offset()).isZero();
    assertThat(page.hasNextPage()).isTrue();
    assertThat(page.metadata().requestId()).contains("req_123");
    Practitioner jane = page.items().get(0);
    assertThat(jane.id()).isEqualTo("prac_123");
    assertThat(jane.firstName()).contains("Jane");
    assertThat(jane.lastName()).contains("Smith");
    assertThat(jane.bio()).contains("Certified yoga instructor with 10 years of experience");
    assertThat(jane.specializations()).containsExactly("Hatha Yoga", "Meditation");
    assertThat(jane.rating()).contains(new BigDecimal("4.8"));
    assertThat(jane.totalSessions()).contains(1250);
    assertThat(jane.responseTime()).contains(120);
    assertThat(jane.languages()).containsExactly("English", "Spanish");
    assertThat(jane.verified()).contains(true);
    assertThat(jane.availabilityId()).contains("avail_123");
    assertThat(jane.basePrice()).isEmpty();
    assertThat(jane.experience()).isEmpty();
  }

  @Test
  void searchWithoutFiltersSendsNoQuery() {
    api.enqueueJson(200, list(LISTED, 1, 20, 0));

    Page<Practitioner> page = client.practitioners().search();

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/practitioners");
    assertThat(page.items()).extracting(Practitioner::id).containsExactly("prac_123");
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void exactDecimalFiltersAreSentWithoutExponentOrRounding() {
    api.enqueueJson(200, list(LISTED, 1, 20, 0));

    client
        .practitioners()
        .search(
            PractitionerSearchParams.builder()
                .ratingMin(new BigDecimal("4.75"))
                .priceMax(new BigDecimal("1E+2"))
                .build());

    Wire.assertRequestLine(
        api.takeRequest(), "GET", "/v1/practitioners?ratingMin=4.75&priceMax=100");
  }

  @Test
  void autoPagerWalksEveryMatchAcrossPagesKeepingTheFilters() {
    api.enqueueJson(200, list(listed("p1") + ", " + listed("p2"), 5, 2, 0))
        .enqueueJson(200, list(listed("p3") + ", " + listed("p4"), 5, 2, 2))
        .enqueueJson(200, list(listed("p5"), 5, 2, 4));

    Page<Practitioner> first =
        client
            .practitioners()
            .search(
                PractitionerSearchParams.builder()
                    .specialization("yoga")
                    .sessionType(SessionType.IN_PERSON)
                    .limit(2)
                    .build());
    List<String> ids = first.autoPager().stream().map(Practitioner::id).toList();

    assertThat(ids).containsExactly("p1", "p2", "p3", "p4", "p5");
    assertThat(api.requestCount()).isEqualTo(3);
    Wire.assertRequestLine(
        api.takeRequest(),
        "GET",
        "/v1/practitioners?specialization=yoga&sessionType=in_person&limit=2");
    Wire.assertRequestLine(
        api.takeRequest(),
        "GET",
        "/v1/practitioners?specialization=yoga&sessionType=in_person&limit=2&offset=2");
    Wire.assertRequestLine(
        api.takeRequest(),
        "GET",
        "/v1/practitioners?specialization=yoga&sessionType=in_person&limit=2&offset=4");
  }

  @Test
  void getParsesTheFullPublicProfileWithExactPrice() {
    api.enqueueJson(200, envelope(FULL));

    Practitioner jane = client.practitioners().get("prac_123");

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "GET", "/v1/practitioners/prac_123");
    Wire.assertStandardHeaders(request);
    Wire.assertNoBody(request);
    assertThat(jane)
        .isEqualTo(
            Practitioner.builder()
                .id("prac_123")
                .userId("user_456")
                .firstName("Jane")
                .lastName("Smith")
                .bio("Certified yoga instructor with 10 years of experience")
                .specializations(List.of("Hatha Yoga", "Meditation"))
                .experience(10)
                .rating(new BigDecimal("4.8"))
                .totalSessions(1250)
                .responseTime(120)
                .languages(List.of("English", "Spanish"))
                .basePrice(new Money(new BigDecimal("75"), "USD"))
                .verified(true)
                .availabilityId("avail_123")
                .createdAt(Instant.parse("2024-01-01T00:00:00Z"))
                .updatedAt(Instant.parse("2024-01-01T00:00:00Z"))
                .build());
    assertThat(jane.toString()).contains("firstName=Jane", "lastName=Smith");
  }

  @Test
  void missingListsReadAsEmpty() {
    api.enqueueJson(200, envelope("{\"id\": \"prac_9\"}"));

    Practitioner practitioner = client.practitioners().get("prac_9");

    assertThat(practitioner.specializations()).isEmpty();
    assertThat(practitioner.languages()).isEmpty();
  }

  @Test
  void availabilitySendsTheDateRangeAndParsesSlotsWithExactPrices() {
    api.enqueueJson(200, envelope(AVAILABILITY));

    Availability availability =
        client
            .practitioners()
            .getAvailability("prac_123", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 7));

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(
        request, "GET", "/v1/practitioners/prac_123/availability?from=2024-01-01&to=2024-01-07");
    Wire.assertStandardHeaders(request);
    Wire.assertNoBody(request);
    assertThat(availability.id()).contains("avail_123");
    assertThat(availability.practitionerId()).contains("prac_123");
    assertThat(availability.timezone()).isEqualTo("America/New_York");
    assertThat(availability.slots())
        .containsExactly(
            AvailabilitySlot.builder()
                .startTime(Instant.parse("2024-01-01T09:00:00Z"))
                .endTime(Instant.parse("2024-01-01T10:00:00Z"))
                .available(true)
                .price(new Money(new BigDecimal("75"), "USD"))
                .build());
  }

  @Test
  void availabilityOfOneDayAndWithoutSlotsIsFine() {
    api.enqueueJson(200, envelope("{\"timezone\": \"Europe/Madrid\", \"slots\": []}"));

    Availability availability =
        client
            .practitioners()
            .getAvailability("prac_123", LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29));

    Wire.assertRequestLine(
        api.takeRequest(),
        "GET",
        "/v1/practitioners/prac_123/availability?from=2024-02-29&to=2024-02-29");
    assertThat(availability.slots()).isEmpty();
    assertThat(availability.id()).isEmpty();
  }

  @Test
  void unknownSessionTypeFilterIsSentAsIs() {
    api.enqueueJson(200, list(LISTED, 1, 20, 0));

    client
        .practitioners()
        .search(PractitionerSearchParams.builder().sessionType(SessionType.of("group")).build());

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/practitioners?sessionType=group");
  }

  @Test
  void rawResponsesCarryTheMetadataOfEveryOperation() {
    api.enqueueJson(200, list(LISTED, 1, 20, 0), "X-Request-ID", "req_search")
        .enqueueJson(200, envelope(FULL), "X-Request-ID", "req_get")
        .enqueueJson(200, envelope(AVAILABILITY), "X-Request-ID", "req_avail");
    PractitionersClient.WithRawResponse raw = client.practitioners().withRawResponse();

    ApiResponse<Page<Practitioner>> search = raw.search();
    ApiResponse<Practitioner> get = raw.get("prac_123");
    ApiResponse<Availability> availability =
        raw.getAvailability("prac_123", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 7));

    assertThat(search.requestId()).contains("req_search");
    assertThat(search.data().items()).hasSize(1);
    assertThat(get.requestId()).contains("req_get");
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(availability.requestId()).contains("req_avail");
    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/practitioners");
    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/practitioners/prac_123");
    Wire.assertRequestLine(
        api.takeRequest(),
        "GET",
        "/v1/practitioners/prac_123/availability?from=2024-01-01&to=2024-01-07");
  }
}
