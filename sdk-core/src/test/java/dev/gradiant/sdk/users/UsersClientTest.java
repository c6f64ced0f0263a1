package dev.gradiant.sdk.users;

import static dev.gradiant.sdk.Payloads.USER;
import static dev.gradiant.sdk.Payloads.envelope;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.bookings.BookingStatus;
import dev.gradiant.sdk.bookings.PaymentStatus;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.pagination.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UsersClientTest {
  private static final String BOOKING =
      """
      {"id": "booking_123", "userId": "user_123", "practitionerId": "prac_123",
       "serviceId": "service_123", "scheduledAt": "2024-01-01T10:00:00Z", "duration": 60,
       "status": "pending", "sessionType": "video_call",
       "notes": "First session, interested in stress management",
       "price": {"amount": 75, "currency": "USD"}, "paymentStatus": "pending",
       "createdAt": "2024-01-01T00:00:00Z"}""";

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @Test
  void createPostsCamelCaseBodyWithIdempotencyKey() {
    api.enqueueJson(201, envelope(USER));

    User user =
        client
            .users()
            .create(
                UserCreateParams.builder()
                    .email("user@example.com")
                    .firstName("John")
                    .lastName("Doe")
                    .dateOfBirth(LocalDate.of(1990, 1, 1))
                    .phoneNumber("+1234567890")
                    .build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "POST", "/v1/users");
    Wire.assertStandardHeaders(request);
    Wire.assertIdempotencyKey(request);
    Wire.assertJsonBody(
        request,
        """
        {"email": "user@example.com", "firstName": "John", "lastName": "Doe",
         "dateOfBirth": "1990-01-01", "phoneNumber": "+1234567890"}""");
    assertDocumentedUser(user);
  }

  @Test
  void createLeavesUnsetFieldsOutOfTheBody() {
    api.enqueueJson(201, envelope(USER));

    client.users().create(UserCreateParams.builder().email("user@example.com").build());

    Wire.assertJsonBody(api.takeRequest(), "{\"email\": \"user@example.com\"}");
  }

  @Test
  void eachCreateCallGetsItsOwnIdempotencyKey() {
    api.enqueueJson(201, envelope(USER)).enqueueJson(201, envelope(USER));
    UserCreateParams params = UserCreateParams.builder().email("user@example.com").build();

    client.users().create(params);
    client.users().create(params);

    String first = Wire.assertIdempotencyKey(api.takeRequest());
    String second = Wire.assertIdempotencyKey(api.takeRequest());
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void getSendsIdInPathAndParsesUser() {
    api.enqueueJson(200, envelope(USER));

    User user = client.users().get("user_123");

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "GET", "/v1/users/user_123");
    Wire.assertStandardHeaders(request);
    assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
    Wire.assertNoBody(request);
    assertDocumentedUser(user);
  }

  @Test
  void updatePutsOnlyTheChangedFields() {
    api.enqueueJson(200, envelope(USER.replace("\"Doe\"", "\"Smith\"")));

    User user =
        client
            .users()
            .update(
                "user_123",
                UserUpdateParams.builder()
                    .firstName("John")
                    .lastName("Smith")
                    .phoneNumber("+1234567890")
                    .build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "PUT", "/v1/users/user_123");
    Wire.assertStandardHeaders(request);
    assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
    Wire.assertJsonBody(
        request,
        "{\"firstName\": \"John\", \"lastName\": \"Smith\", \"phoneNumber\": \"+1234567890\"}");
    assertThat(user.lastName()).hasValue("Smith");
  }

  @Test
  void meGetsTheAuthenticatedUser() {
    api.enqueueJson(200, envelope(USER));

    User user = client.users().me();

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "GET", "/v1/user");
    Wire.assertStandardHeaders(request);
    assertDocumentedUser(user);
  }

  @Test
  void listSendsPagingQueryAndReturnsPage() {
    api.enqueueJson(
        200, Payloads.list(USER + ", " + USER.replace("user_123", "user_124"), 42, 2, 10));

    Page<User> page = client.users().list(UserListParams.builder().limit(2).offset(10).build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "GET", "/v1/users?limit=2&offset=10");
    Wire.assertStandardHeaders(request);
    assertThat(page.items()).extracting(User::id).containsExactly("user_123", "user_124");
    assertThat(page.total()).contains(42L);
    assertThat(page.limit()).isEqualTo(2);
    assertThat(page.offset()).isEqualTo(10);
    assertThat(page.hasNextPage()).isTrue();
    assertThat(page.metadata().requestId()).contains("req_123");
  }

  @Test
  void listWithoutParamsSendsNoQuery() {
    api.enqueueJson(200, Payloads.list(USER, 1, 20, 0));

    Page<User> page = client.users().list();

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/users");
    assertThat(page.items()).hasSize(1);
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void nextPageAsksForTheOffsetAfterTheLastItemWithTheSameLimit() {
    api.enqueueJson(200, Payloads.list(USER + ", " + USER, 3, 2, 0))
        .enqueueJson(200, Payloads.list(USER, 3, 2, 2));

    Page<User> first = client.users().list(UserListParams.builder().limit(2).build());
    Page<User> second = first.nextPage();

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/users?limit=2");
    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/users?limit=2&offset=2");
    assertThat(second.offset()).isEqualTo(2);
    assertThat(second.hasNextPage()).isFalse();
  }

  @Test
  void autoPagerWalksEveryUserAcrossPagesLazily() {
    api.enqueueJson(200, Payloads.list(user("u1") + ", " + user("u2"), 5, 2, 0))
        .enqueueJson(200, Payloads.list(user("u3") + ", " + user("u4"), 5, 2, 2));

    Page<User> first = client.users().list(UserListParams.builder().limit(2).build());
    List<String> firstThree = first.autoPager().stream().limit(3).map(User::id).toList();

    assertThat(firstThree).containsExactly("u1", "u2", "u3");
    assertThat(api.requestCount()).as("the third page was not fetched").isEqualTo(2);

    // a second walk starts again from the first page, which is already in memory
    api.enqueueJson(200, Payloads.list(user("u3") + ", " + user("u4"), 5, 2, 2))
        .enqueueJson(200, Payloads.list(user("u5"), 5, 2, 4));
    List<String> all = first.autoPager().stream().map(User::id).toList();
    assertThat(all).containsExactly("u1", "u2", "u3", "u4", "u5");
    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/users?limit=2");
    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/users?limit=2&offset=2");
    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/users?limit=2&offset=2");
    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/users?limit=2&offset=4");
    assertThat(api.requestCount()).isEqualTo(4);
  }

  @Test
  void preferencesAreReadAndUpdated() {
    String preferences =
        """
        {"id": "pref_123", "language": "en", "timezone": "America/New_York",
         "notifications": {"email": true, "sms": false, "push": true},
         "privacy": {"profileVisibility": "public", "showOnlineStatus": true}}""";
    api.enqueueJson(200, envelope(preferences)).enqueueJson(200, envelope(preferences));

    UserPreferences read = client.users().getPreferences("user_123");
    UserPreferences written =
        client
            .users()
            .updatePreferences(
                "user_123",
                UserPreferencesUpdateParams.builder()
                    .timezone("America/New_York")
                    .notifications(NotificationSettings.builder().email(true).sms(false).build())
                    .build());

    RecordedRequest get = api.takeRequest();
    Wire.assertRequestLine(get, "GET", "/v1/users/user_123/preferences");
    Wire.assertStandardHeaders(get);
    RecordedRequest put = api.takeRequest();
    Wire.assertRequestLine(put, "PUT", "/v1/users/user_123/preferences");
    Wire.assertStandardHeaders(put);
    Wire.assertJsonBody(
        put,
        "{\"timezone\": \"America/New_York\", \"notifications\": {\"email\": true, \"sms\": false}}");
    assertThat(read)
        .isEqualTo(
            UserPreferences.builder()
                .id("pref_123")
                .language("en")
                .timezone("America/New_York")
                .notifications(
                    NotificationSettings.builder().email(true).sms(false).push(true).build())
                .privacy(
                    PrivacySettings.builder()
                        .profileVisibility("public")
                        .showOnlineStatus(true)
                        .build())
                .build());
    assertThat(written).isEqualTo(read);
  }

  @Test
  void healthProfileIsReadAndUpdated() {
    String profile =
        """
        {"conditions": ["anxiety"], "allergies": [], "medications": ["sertraline"],
         "goals": ["sleep better"],
         "emergencyContact": {"name": "Jane Doe", "phoneNumber": "+1987654321",
                              "relationship": "spouse"}}""";
    api.enqueueJson(200, envelope(profile)).enqueueJson(200, envelope(profile));

    HealthProfile read = client.users().getHealthProfile("user_123");
    client
        .users()
        .updateHealthProfile(
            "user_123",
            HealthProfileUpdateParams.builder()
                .conditions(List.of("anxiety"))
                .allergies(List.of())
                .build());

    RecordedRequest get = api.takeRequest();
    Wire.assertRequestLine(get, "GET", "/v1/users/user_123/health-profile");
    Wire.assertStandardHeaders(get);
    RecordedRequest put = api.takeRequest();
    Wire.assertRequestLine(put, "PUT", "/v1/users/user_123/health-profile");
    Wire.assertJsonBody(put, "{\"conditions\": [\"anxiety\"], \"allergies\": []}");
    assertThat(read.conditions()).containsExactly("anxiety");
    assertThat(read.allergies()).isEmpty();
    assertThat(read.medications()).containsExactly("sertraline");
    assertThat(read.goals()).containsExactly("sleep better");
    assertThat(read.emergencyContact())
        .hasValue(
            EmergencyContact.builder()
                .name("Jane Doe")
                .phoneNumber("+1987654321")
                .relationship("spouse")
                .build());
  }

  @Test
  void healthProfileWithMissingListsReadsAsEmpty() {
    api.enqueueJson(200, envelope("{\"conditions\": [\"asthma\"]}"));

    HealthProfile profile = client.users().getHealthProfile("user_123");

    assertThat(profile.allergies()).isEmpty();
    assertThat(profile.medications()).isEmpty();
    assertThat(profile.goals()).isEmpty();
    assertThat(profile.emergencyContact()).isEmpty();
  }

  @Test
  void listBookingsSendsFiltersAndParsesExactMoney() {
    api.enqueueJson(200, Payloads.list(BOOKING, 1, 20, 0));

    Page<Booking> page =
        client
            .users()
            .listBookings(
                "user_123",
                UserBookingListParams.builder()
                    .status(BookingStatus.CONFIRMED)
                    .from(LocalDate.of(2024, 1, 1))
                    .to(LocalDate.of(2024, 12, 31))
                    .limit(20)
                    .build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(
        request,
        "GET",
        "/v1/users/user_123/bookings?status=confirmed&from=2024-01-01&to=2024-12-31&limit=20");
    Wire.assertStandardHeaders(request);
    Booking booking = page.items().get(0);
    assertThat(booking.id()).isEqualTo("booking_123");
    assertThat(booking.practitionerId()).contains("prac_123");
    assertThat(booking.scheduledAt()).contains(Instant.parse("2024-01-01T10:00:00Z"));
    assertThat(booking.duration()).contains(60);
    assertThat(booking.status()).containsSame(BookingStatus.PENDING);
    assertThat(booking.sessionType()).containsSame(SessionType.VIDEO_CALL);
    assertThat(booking.paymentStatus()).containsSame(PaymentStatus.PENDING);
    assertThat(booking.price().orElseThrow().amount()).isEqualByComparingTo(new BigDecimal("75"));
    assertThat(booking.price().orElseThrow().currency()).isEqualTo("USD");
    assertThat(booking.toString()).doesNotContain("stress management");
  }

  @Test
  void listBookingsKeepsAnUnknownStatusInsteadOfFailing() {
    api.enqueueJson(
        200,
        Payloads.list(
            BOOKING.replace(
                "\"pending\", \"sessionType\"", "\"awaiting_deposit\", \"sessionType\""),
            1,
            20,
            0));

    Booking booking = client.users().listBookings("user_123").items().get(0);

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/users/user_123/bookings");
    assertThat(booking.status().orElseThrow().value()).isEqualTo("awaiting_deposit");
    assertThat(booking.status().orElseThrow().isKnown()).isFalse();
    assertThat(booking.status()).contains(BookingStatus.of("awaiting_deposit"));
  }

  @Test
  void moneyKeepsEveryDecimalDigit() {
    api.enqueueJson(
        200, Payloads.list(BOOKING.replace("\"amount\": 75", "\"amount\": 75.105"), 1, 20, 0));

    Booking booking = client.users().listBookings("user_123").items().get(0);

    assertThat(booking.price().orElseThrow().amount()).isEqualTo(new BigDecimal("75.105"));
  }

  @Test
  void rawResponseCarriesMetadataForEveryOperation() {
    api.enqueueJson(201, envelope(USER), "X-Request-ID", "req_create");

    ApiResponse<User> response =
        client
            .users()
            .withRawResponse()
            .create(UserCreateParams.builder().email("user@example.com").build());

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.requestId()).contains("req_create");
    assertThat(response.data().id()).isEqualTo("user_123");
  }

  private static String user(String id) {
    return USER.replace("user_123", id);
  }

  private static void assertDocumentedUser(User user) {
    assertThat(user.id()).isEqualTo("user_123");
    assertThat(user.email()).isEqualTo("user@example.com");
    assertThat(user.firstName()).hasValue("John");
    assertThat(user.lastName()).hasValue("Doe");
    assertThat(user.dateOfBirth()).hasValue(LocalDate.of(1990, 1, 1));
    assertThat(user.phoneNumber()).hasValue("+1234567890");
    assertThat(user.verified()).hasValue(true);
    assertThat(user.createdAt()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(user.updatedAt()).hasValue(Instant.parse("2024-01-01T00:00:00Z"));
  }
}
