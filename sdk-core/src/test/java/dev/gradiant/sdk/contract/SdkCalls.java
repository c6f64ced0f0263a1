package dev.gradiant.sdk.contract;

import dev.gradiant.sdk.analytics.AnalyticsParams;
import dev.gradiant.sdk.analytics.Interval;
import dev.gradiant.sdk.apikeys.ApiKeyCreateParams;
import dev.gradiant.sdk.apikeys.ApiKeyListParams;
import dev.gradiant.sdk.auth.LoginParams;
import dev.gradiant.sdk.auth.OAuthCodeExchangeParams;
import dev.gradiant.sdk.auth.OAuthRefreshParams;
import dev.gradiant.sdk.auth.OAuthScope;
import dev.gradiant.sdk.auth.OtpSendParams;
import dev.gradiant.sdk.auth.OtpVerifyParams;
import dev.gradiant.sdk.auth.RefreshParams;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.bookings.BookingStatus;
import dev.gradiant.sdk.bookings.BookingUpdateParams;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.conversations.ConversationListParams;
import dev.gradiant.sdk.conversations.FileUploadParams;
import dev.gradiant.sdk.conversations.MessageCreateParams;
import dev.gradiant.sdk.conversations.MessageListParams;
import dev.gradiant.sdk.core.Money;
import dev.gradiant.sdk.grants.GrantListParams;
import dev.gradiant.sdk.grants.GrantStatus;
import dev.gradiant.sdk.graphql.GraphqlDocuments;
import dev.gradiant.sdk.graphql.GraphqlRequest;
import dev.gradiant.sdk.healthrecords.HealthRecordShareCreateParams;
import dev.gradiant.sdk.healthrecords.HealthRecordShareListParams;
import dev.gradiant.sdk.healthrecords.HealthRecordType;
import dev.gradiant.sdk.payments.PaymentIntentConfirmParams;
import dev.gradiant.sdk.payments.PaymentIntentCreateParams;
import dev.gradiant.sdk.payments.PaymentListParams;
import dev.gradiant.sdk.payments.PaymentMethodType;
import dev.gradiant.sdk.practitioners.PractitionerSearchParams;
import dev.gradiant.sdk.sessions.AdvancePhaseParams;
import dev.gradiant.sdk.sessions.CheckpointParams;
import dev.gradiant.sdk.sessions.SessionCreateParams;
import dev.gradiant.sdk.sessions.SessionEventListParams;
import dev.gradiant.sdk.sessions.SessionEventType;
import dev.gradiant.sdk.sessions.SessionListParams;
import dev.gradiant.sdk.sessions.SessionStatus;
import dev.gradiant.sdk.sessions.SessionUpdateParams;
import dev.gradiant.sdk.users.EmergencyContact;
import dev.gradiant.sdk.users.HealthProfileUpdateParams;
import dev.gradiant.sdk.users.NotificationSettings;
import dev.gradiant.sdk.users.PrivacySettings;
import dev.gradiant.sdk.users.UserBookingListParams;
import dev.gradiant.sdk.users.UserCreateParams;
import dev.gradiant.sdk.users.UserListParams;
import dev.gradiant.sdk.users.UserPreferencesUpdateParams;
import dev.gradiant.sdk.users.UserUpdateParams;
import dev.gradiant.sdk.wearables.WearableIngestParams;
import dev.gradiant.sdk.wearables.WearableMetric;
import dev.gradiant.sdk.wearables.WearableSample;
import dev.gradiant.sdk.webhookendpoints.WebhookEndpointCreateParams;
import dev.gradiant.sdk.webhookendpoints.WebhookEndpointListParams;
import dev.gradiant.sdk.webhookendpoints.WebhookEventType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every public method of the implemented sub-clients, typed and {@code withRawResponse()}, called
 * with realistic arguments; across the calls every optional parameter and filter is set at least
 * once. A new operation of the spec gets its calls here: {@link OperationCoverageTest} fails until
 * every operation is reached. The conformance suite ({@code dev.gradiant.sdk.conformance}) makes
 * {@link #all()} against Prism.
 *
 * <p>Each call is data (its name is the call, then its arguments; see {@link SdkCall}), so the
 * contract tests make every one on both faces of the client with {@link SdkCall#onEachFace()}:
 * blocking, and through {@code client.async()}. A call is written once, here.
 */
public final class SdkCalls {
  private static final String USER_ID = "user_123";

  private static final UserCreateParams CREATE =
      UserCreateParams.builder()
          .email("user@example.com")
          .firstName("John")
          .lastName("Doe")
          .dateOfBirth(LocalDate.of(1990, 1, 1))
          .phoneNumber("+1234567890")
          .build();
  private static final UserListParams PAGE = UserListParams.builder().limit(50).offset(100).build();
  private static final UserUpdateParams UPDATE =
      UserUpdateParams.builder()
          .email("john.smith@example.com")
          .firstName("John")
          .lastName("Smith")
          .dateOfBirth(LocalDate.of(1990, 1, 1))
          .phoneNumber("+1234567890")
          .build();
  private static final UserPreferencesUpdateParams PREFERENCES =
      UserPreferencesUpdateParams.builder()
          .language("en")
          .timezone(ZoneId.of("America/New_York"))
          .notifications(NotificationSettings.builder().email(true).sms(false).push(true).build())
          .privacy(
              PrivacySettings.builder().profileVisibility("public").showOnlineStatus(true).build())
          .build();
  private static final HealthProfileUpdateParams HEALTH_PROFILE =
      HealthProfileUpdateParams.builder()
          .conditions(List.of("Generalized anxiety"))
          .allergies(List.of("Penicillin"))
          .medications(List.of("Sertraline 50 mg"))
          .goals(List.of("Reduce stress", "Sleep 8 hours"))
          .emergencyContact(
              EmergencyContact.builder()
                  .name("Mary Doe")
                  .phoneNumber("+1234567891")
                  .relationship("Spouse")
                  .build())
          .build();
  private static final UserBookingListParams BOOKING_FILTERS =
      UserBookingListParams.builder()
          .status(BookingStatus.CONFIRMED)
          .from(LocalDate.of(2024, 1, 1))
          .to(LocalDate.of(2024, 12, 31))
          .limit(10)
          .offset(20)
          .build();

  static final String SESSION_ID = "sess_123";

  /** The participant's session token, as {@code POST /sessions} returned it; not the client's. */
  static final String SESSION_TOKEN = "abc123";

  static final String WEBHOOK_ENDPOINT_ID = "wh_123";

  static final LoginParams LOGIN =
      LoginParams.builder()
          .email("you@clinic.com")
          .password("correct-horse-battery-staple")
          .build();
  static final OtpSendParams OTP_SEND = OtpSendParams.builder().email("you@clinic.com").build();
  static final OtpVerifyParams OTP_VERIFY =
      OtpVerifyParams.builder().email("you@clinic.com").otp("847291").build();
  static final RefreshParams REFRESH =
      RefreshParams.builder().refreshToken("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.refresh").build();
  static final OAuthCodeExchangeParams CODE_EXCHANGE =
      OAuthCodeExchangeParams.builder()
          .clientId("app_7f3c2a")
          .code("SplxlOBeZQQYbYS6WxSbIA")
          .redirectUri("https://your-app.com/oauth/callback?from=login")
          .codeVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
          .build();
  static final OAuthRefreshParams OAUTH_REFRESH_PUBLIC =
      OAuthRefreshParams.builder()
          .refreshToken("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.refresh")
          .clientId("app_7f3c2a")
          .build();
  static final OAuthRefreshParams OAUTH_REFRESH_CONFIDENTIAL =
      OAuthRefreshParams.builder()
          .refreshToken("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.refresh")
          .build();

  static final SessionListParams SESSION_FILTERS =
      SessionListParams.builder()
          .status(SessionStatus.SUBMITTED)
          .userId(USER_ID)
          .practitionerId("prac_123")
          .limit(25)
          .offset(50)
          .build();
  static final SessionCreateParams THERAPY_SESSION =
      SessionCreateParams.builder()
          .userId(USER_ID)
          .practitionerId("prac_123")
          .sessionType(SessionType.VIDEO_CALL)
          .dueDate(Instant.parse("2024-03-28T17:00:00Z"))
          .build();
  private static final SessionCreateParams ASSESSMENT_SESSION =
      SessionCreateParams.builder().userId(USER_ID).assessmentId("assess_123").build();
  static final SessionUpdateParams SESSION_UPDATE =
      SessionUpdateParams.builder()
          .practitionerId("prac_456")
          .sessionType(SessionType.PHONE_CALL)
          .dueDate(Instant.parse("2024-04-04T17:00:00Z"))
          .status(SessionStatus.COMPLETED)
          .build();
  static final SessionUpdateParams SESSION_CLEAR_DUE_DATE =
      SessionUpdateParams.builder().clearDueDate().build();
  static final AdvancePhaseParams ADVANCE_PHASE =
      AdvancePhaseParams.builder()
          .deliverableState(
              Map.of("email", Map.of("subject", "Q3 roadmap", "body", "Draft attached.")))
          .timeRemainingAtEnd(120)
          .build();
  static final CheckpointParams CHECKPOINT =
      CheckpointParams.builder()
          .deliverableState(Map.of("workflow", Map.of("prompt", "Summarise the inbox by priority")))
          .build();
  private static final SessionEventListParams EVENT_FILTERS =
      SessionEventListParams.builder()
          .type(SessionEventType.USER_MESSAGE)
          .limit(50)
          .offset(100)
          .build();

  static final AnalyticsParams MARCH =
      AnalyticsParams.builder()
          .from(LocalDate.of(2024, 3, 4))
          .to(LocalDate.of(2024, 3, 17))
          .build();
  static final AnalyticsParams MARCH_WEEKLY =
      AnalyticsParams.builder()
          .from(LocalDate.of(2024, 3, 4))
          .to(LocalDate.of(2024, 3, 17))
          .interval(Interval.WEEK)
          .build();

  static final WebhookEndpointCreateParams WEBHOOK_WITH_SECRET =
      WebhookEndpointCreateParams.builder()
          .url("https://your-app.com/webhooks/gradiant")
          .events(
              WebhookEventType.BOOKING_CREATED,
              WebhookEventType.BOOKING_CONFIRMED,
              WebhookEventType.PAYMENT_COMPLETED)
          .secret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
          .build();
  static final WebhookEndpointCreateParams WEBHOOK_GENERATED_SECRET =
      WebhookEndpointCreateParams.builder()
          .url("https://your-app.com/webhooks/sessions")
          .events(List.of(WebhookEventType.SESSION_COMPLETED))
          .build();
  static final WebhookEndpointListParams WEBHOOK_PAGE =
      WebhookEndpointListParams.builder().limit(10).offset(10).build();

  static final String BOOKING_ID = "booking_123";

  static final BookingCreateParams BOOKING =
      BookingCreateParams.builder()
          .practitionerId("prac_123")
          .serviceId("service_123")
          .scheduledAt(Instant.parse("2024-01-01T10:00:00Z"))
          .duration(60)
          .sessionType(SessionType.VIDEO_CALL)
          .notes("First session, interested in stress management")
          .build();
  private static final BookingCreateParams BOOKING_REQUIRED_ONLY =
      BookingCreateParams.builder()
          .practitionerId("prac_123")
          .scheduledAt(Instant.parse("2024-01-01T10:00:00Z"))
          .duration(60)
          .sessionType(SessionType.IN_PERSON)
          .build();
  static final BookingUpdateParams RESCHEDULE =
      BookingUpdateParams.builder().scheduledAt(Instant.parse("2024-01-02T10:00:00Z")).build();
  private static final BookingUpdateParams BOOKING_UPDATE_EVERY_FIELD =
      BookingUpdateParams.builder()
          .scheduledAt(Instant.parse("2024-01-02T10:00:00Z"))
          .duration(45)
          .sessionType(SessionType.PHONE_CALL)
          .notes("Moving to a phone call")
          .build();

  static final String PRACTITIONER_ID = "prac_123";

  static final PractitionerSearchParams PRACTITIONER_FILTERS =
      PractitionerSearchParams.builder()
          .specialization("yoga")
          .location("New York")
          .availableFrom(Instant.parse("2024-01-01T09:00:00Z"))
          .availableTo(Instant.parse("2024-01-07T18:00:00Z"))
          .ratingMin(4.5)
          .priceMax(new BigDecimal("99.50"))
          .language("Spanish")
          .sessionType(SessionType.VIDEO_CALL)
          .limit(20)
          .offset(40)
          .build();
  static final LocalDate WEEK_FROM = LocalDate.of(2024, 1, 1);
  static final LocalDate WEEK_TO = LocalDate.of(2024, 1, 7);

  static final GraphqlRequest GRAPHQL_PROFILE =
      GraphqlRequest.builder()
          .query(GraphqlDocuments.read("doc004/GetUserProfile.graphql"))
          .operationName("GetUserProfile")
          .variable("userId", USER_ID)
          .build();
  static final GraphqlRequest GRAPHQL_CREATE_BOOKING =
      GraphqlRequest.builder()
          .query(GraphqlDocuments.read("doc004/CreateBooking.graphql"))
          .variable(
              "input",
              Map.of(
                  "practitionerId", "prac_123",
                  "scheduledAt", "2024-01-01T10:00:00Z",
                  "duration", 60,
                  "sessionType", "VIDEO_CALL"))
          .build();

  private SdkCalls() {}

  static List<SdkCall> graphql() {
    return List.of(
        new SdkCall("graphql().execute(GetUserProfile)", "executeGraphql", GRAPHQL_PROFILE),
        new SdkCall(
            "graphql().execute(GetUserProfile, as a Map)",
            "executeGraphql",
            GRAPHQL_PROFILE,
            Map.class),
        new SdkCall("graphql().execute(CreateBooking)", "executeGraphql", GRAPHQL_CREATE_BOOKING));
  }

  static List<SdkCall> health() {
    return List.of(
        new SdkCall("health().check()", "checkHealth"),
        new SdkCall("health().withRawResponse().check()", "checkHealth"));
  }

  static List<SdkCall> users() {
    return List.of(
        new SdkCall("users().create(every field)", "createUser", CREATE),
        new SdkCall("users().list()", "listUsers"),
        new SdkCall("users().list(limit, offset)", "listUsers", PAGE),
        new SdkCall("users().get(id)", "getUser", USER_ID),
        new SdkCall("users().update(id, every field)", "updateUser", USER_ID, UPDATE),
        new SdkCall("users().me()", "getCurrentUser"),
        new SdkCall("users().getPreferences(id)", "getUserPreferences", USER_ID),
        new SdkCall(
            "users().updatePreferences(id, every field)",
            "updateUserPreferences",
            USER_ID,
            PREFERENCES),
        new SdkCall("users().getHealthProfile(id)", "getUserHealthProfile", USER_ID),
        new SdkCall(
            "users().updateHealthProfile(id, every field)",
            "updateUserHealthProfile",
            USER_ID,
            HEALTH_PROFILE),
        new SdkCall("users().listBookings(id)", "listUserBookings", USER_ID),
        new SdkCall(
            "users().listBookings(id, every filter)",
            "listUserBookings",
            USER_ID,
            BOOKING_FILTERS));
  }

  static List<SdkCall> usersWithRawResponse() {
    return List.of(
        new SdkCall("users().withRawResponse().create(every field)", "createUser", CREATE),
        new SdkCall("users().withRawResponse().list()", "listUsers"),
        new SdkCall("users().withRawResponse().list(limit, offset)", "listUsers", PAGE),
        new SdkCall("users().withRawResponse().get(id)", "getUser", USER_ID),
        new SdkCall(
            "users().withRawResponse().update(id, every field)", "updateUser", USER_ID, UPDATE),
        new SdkCall("users().withRawResponse().me()", "getCurrentUser"),
        new SdkCall("users().withRawResponse().getPreferences(id)", "getUserPreferences", USER_ID),
        new SdkCall(
            "users().withRawResponse().updatePreferences(id, every field)",
            "updateUserPreferences",
            USER_ID,
            PREFERENCES),
        new SdkCall(
            "users().withRawResponse().getHealthProfile(id)", "getUserHealthProfile", USER_ID),
        new SdkCall(
            "users().withRawResponse().updateHealthProfile(id, every field)",
            "updateUserHealthProfile",
            USER_ID,
            HEALTH_PROFILE),
        new SdkCall("users().withRawResponse().listBookings(id)", "listUserBookings", USER_ID),
        new SdkCall(
            "users().withRawResponse().listBookings(id, every filter)",
            "listUserBookings",
            USER_ID,
            BOOKING_FILTERS));
  }

  static List<SdkCall> auth() {
    return List.of(
        new SdkCall("auth().login(email, password)", "login", LOGIN),
        new SdkCall("auth().sendOtp(email)", "sendOtp", OTP_SEND),
        new SdkCall("auth().verifyOtp(email, otp)", "verifyOtp", OTP_VERIFY),
        new SdkCall("auth().refresh(refreshToken)", "refreshAccessToken", REFRESH),
        new SdkCall("auth().me()", "getMe"),
        new SdkCall(
            "auth().exchangeAuthorizationCode(every field)", "exchangeOAuthToken", CODE_EXCHANGE),
        new SdkCall(
            "auth().refreshOAuthToken(refreshToken, clientId)",
            "exchangeOAuthToken",
            OAUTH_REFRESH_PUBLIC),
        new SdkCall(
            "auth().refreshOAuthToken(refreshToken)",
            "exchangeOAuthToken",
            OAUTH_REFRESH_CONFIDENTIAL));
  }

  static List<SdkCall> authWithRawResponse() {
    return List.of(
        new SdkCall("auth().withRawResponse().login(email, password)", "login", LOGIN),
        new SdkCall("auth().withRawResponse().sendOtp(email)", "sendOtp", OTP_SEND),
        new SdkCall("auth().withRawResponse().verifyOtp(email, otp)", "verifyOtp", OTP_VERIFY),
        new SdkCall(
            "auth().withRawResponse().refresh(refreshToken)", "refreshAccessToken", REFRESH),
        new SdkCall("auth().withRawResponse().me()", "getMe"),
        new SdkCall(
            "auth().withRawResponse().exchangeAuthorizationCode(every field)",
            "exchangeOAuthToken",
            CODE_EXCHANGE),
        new SdkCall(
            "auth().withRawResponse().refreshOAuthToken(refreshToken, clientId)",
            "exchangeOAuthToken",
            OAUTH_REFRESH_PUBLIC),
        new SdkCall(
            "auth().withRawResponse().refreshOAuthToken(refreshToken)",
            "exchangeOAuthToken",
            OAUTH_REFRESH_CONFIDENTIAL));
  }

  static List<SdkCall> sessions() {
    return List.of(
        new SdkCall("sessions().list()", "listSessions"),
        new SdkCall("sessions().list(every filter)", "listSessions", SESSION_FILTERS),
        new SdkCall(
            "sessions().create(therapy session, every field)", "createSession", THERAPY_SESSION),
        new SdkCall("sessions().create(assessment session)", "createSession", ASSESSMENT_SESSION),
        new SdkCall("sessions().get(id)", "getSession", SESSION_ID),
        new SdkCall(
            "sessions().update(id, every field)", "updateSession", SESSION_ID, SESSION_UPDATE),
        new SdkCall(
            "sessions().update(id, clearDueDate)",
            "updateSession",
            SESSION_ID,
            SESSION_CLEAR_DUE_DATE),
        new SdkCall("sessions().delete(id)", "deleteSession", SESSION_ID),
        new SdkCall(
            "sessions().advancePhase(id, sessionToken)",
            "advanceSessionPhase",
            SESSION_ID,
            SESSION_TOKEN),
        new SdkCall(
            "sessions().advancePhase(id, sessionToken, every field)",
            "advanceSessionPhase",
            SESSION_ID,
            SESSION_TOKEN,
            ADVANCE_PHASE),
        new SdkCall(
            "sessions().checkpoint(id, sessionToken, deliverableState)",
            "checkpointSession",
            SESSION_ID,
            SESSION_TOKEN,
            CHECKPOINT),
        new SdkCall("sessions().listEvents(id)", "listSessionEvents", SESSION_ID),
        new SdkCall(
            "sessions().listEvents(id, every filter)",
            "listSessionEvents",
            SESSION_ID,
            EVENT_FILTERS));
  }

  static List<SdkCall> sessionsWithRawResponse() {
    return List.of(
        new SdkCall("sessions().withRawResponse().list()", "listSessions"),
        new SdkCall(
            "sessions().withRawResponse().list(every filter)", "listSessions", SESSION_FILTERS),
        new SdkCall(
            "sessions().withRawResponse().create(therapy session, every field)",
            "createSession",
            THERAPY_SESSION),
        new SdkCall(
            "sessions().withRawResponse().create(assessment session)",
            "createSession",
            ASSESSMENT_SESSION),
        new SdkCall("sessions().withRawResponse().get(id)", "getSession", SESSION_ID),
        new SdkCall(
            "sessions().withRawResponse().update(id, every field)",
            "updateSession",
            SESSION_ID,
            SESSION_UPDATE),
        new SdkCall(
            "sessions().withRawResponse().update(id, clearDueDate)",
            "updateSession",
            SESSION_ID,
            SESSION_CLEAR_DUE_DATE),
        new SdkCall("sessions().withRawResponse().delete(id)", "deleteSession", SESSION_ID),
        new SdkCall(
            "sessions().withRawResponse().advancePhase(id, sessionToken)",
            "advanceSessionPhase",
            SESSION_ID,
            SESSION_TOKEN),
        new SdkCall(
            "sessions().withRawResponse().advancePhase(id, sessionToken, every field)",
            "advanceSessionPhase",
            SESSION_ID,
            SESSION_TOKEN,
            ADVANCE_PHASE),
        new SdkCall(
            "sessions().withRawResponse().checkpoint(id, sessionToken, deliverableState)",
            "checkpointSession",
            SESSION_ID,
            SESSION_TOKEN,
            CHECKPOINT),
        new SdkCall("sessions().withRawResponse().listEvents(id)", "listSessionEvents", SESSION_ID),
        new SdkCall(
            "sessions().withRawResponse().listEvents(id, every filter)",
            "listSessionEvents",
            SESSION_ID,
            EVENT_FILTERS));
  }

  static List<SdkCall> bookings() {
    return List.of(
        new SdkCall("bookings().create(every field)", "createBooking", BOOKING),
        new SdkCall("bookings().create(required fields)", "createBooking", BOOKING_REQUIRED_ONLY),
        new SdkCall("bookings().get(id)", "getBooking", BOOKING_ID),
        new SdkCall("bookings().update(id, scheduledAt)", "updateBooking", BOOKING_ID, RESCHEDULE),
        new SdkCall(
            "bookings().update(id, every field)",
            "updateBooking",
            BOOKING_ID,
            BOOKING_UPDATE_EVERY_FIELD),
        new SdkCall("bookings().cancel(id)", "cancelBooking", BOOKING_ID));
  }

  static List<SdkCall> bookingsWithRawResponse() {
    return List.of(
        new SdkCall("bookings().withRawResponse().create(every field)", "createBooking", BOOKING),
        new SdkCall(
            "bookings().withRawResponse().create(required fields)",
            "createBooking",
            BOOKING_REQUIRED_ONLY),
        new SdkCall("bookings().withRawResponse().get(id)", "getBooking", BOOKING_ID),
        new SdkCall(
            "bookings().withRawResponse().update(id, scheduledAt)",
            "updateBooking",
            BOOKING_ID,
            RESCHEDULE),
        new SdkCall(
            "bookings().withRawResponse().update(id, every field)",
            "updateBooking",
            BOOKING_ID,
            BOOKING_UPDATE_EVERY_FIELD),
        new SdkCall("bookings().withRawResponse().cancel(id)", "cancelBooking", BOOKING_ID));
  }

  static List<SdkCall> practitioners() {
    return List.of(
        new SdkCall("practitioners().search()", "searchPractitioners"),
        new SdkCall(
            "practitioners().search(every filter)", "searchPractitioners", PRACTITIONER_FILTERS),
        new SdkCall("practitioners().get(id)", "getPractitioner", PRACTITIONER_ID),
        new SdkCall(
            "practitioners().getAvailability(id, from, to)",
            "getPractitionerAvailability",
            PRACTITIONER_ID,
            WEEK_FROM,
            WEEK_TO));
  }

  static List<SdkCall> practitionersWithRawResponse() {
    return List.of(
        new SdkCall("practitioners().withRawResponse().search()", "searchPractitioners"),
        new SdkCall(
            "practitioners().withRawResponse().search(every filter)",
            "searchPractitioners",
            PRACTITIONER_FILTERS),
        new SdkCall(
            "practitioners().withRawResponse().get(id)", "getPractitioner", PRACTITIONER_ID),
        new SdkCall(
            "practitioners().withRawResponse().getAvailability(id, from, to)",
            "getPractitionerAvailability",
            PRACTITIONER_ID,
            WEEK_FROM,
            WEEK_TO));
  }

  static List<SdkCall> analytics() {
    return List.of(
        new SdkCall("analytics().sessions(from, to)", "getSessionAnalytics", MARCH),
        new SdkCall(
            "analytics().sessions(from, to, interval)", "getSessionAnalytics", MARCH_WEEKLY),
        new SdkCall("analytics().users(from, to)", "getUserAnalytics", MARCH),
        new SdkCall("analytics().users(from, to, interval)", "getUserAnalytics", MARCH_WEEKLY));
  }

  static List<SdkCall> analyticsWithRawResponse() {
    return List.of(
        new SdkCall(
            "analytics().withRawResponse().sessions(from, to)", "getSessionAnalytics", MARCH),
        new SdkCall(
            "analytics().withRawResponse().sessions(from, to, interval)",
            "getSessionAnalytics",
            MARCH_WEEKLY),
        new SdkCall("analytics().withRawResponse().users(from, to)", "getUserAnalytics", MARCH),
        new SdkCall(
            "analytics().withRawResponse().users(from, to, interval)",
            "getUserAnalytics",
            MARCH_WEEKLY));
  }

  static List<SdkCall> webhookEndpoints() {
    return List.of(
        new SdkCall(
            "webhookEndpoints().create(url, events, secret)",
            "createWebhookEndpoint",
            WEBHOOK_WITH_SECRET),
        new SdkCall(
            "webhookEndpoints().create(url, events)",
            "createWebhookEndpoint",
            WEBHOOK_GENERATED_SECRET),
        new SdkCall("webhookEndpoints().list()", "listWebhookEndpoints"),
        new SdkCall("webhookEndpoints().list(limit, offset)", "listWebhookEndpoints", WEBHOOK_PAGE),
        new SdkCall("webhookEndpoints().delete(id)", "deleteWebhookEndpoint", WEBHOOK_ENDPOINT_ID));
  }

  static List<SdkCall> webhookEndpointsWithRawResponse() {
    return List.of(
        new SdkCall(
            "webhookEndpoints().withRawResponse().create(url, events, secret)",
            "createWebhookEndpoint",
            WEBHOOK_WITH_SECRET),
        new SdkCall(
            "webhookEndpoints().withRawResponse().create(url, events)",
            "createWebhookEndpoint",
            WEBHOOK_GENERATED_SECRET),
        new SdkCall("webhookEndpoints().withRawResponse().list()", "listWebhookEndpoints"),
        new SdkCall(
            "webhookEndpoints().withRawResponse().list(limit, offset)",
            "listWebhookEndpoints",
            WEBHOOK_PAGE),
        new SdkCall(
            "webhookEndpoints().withRawResponse().delete(id)",
            "deleteWebhookEndpoint",
            WEBHOOK_ENDPOINT_ID));
  }

  // --- healthRecords + apiKeys (issue 16) ---
  static final String SHARE_ID = "share_123";
  static final HealthRecordShareCreateParams SHARE_FOR_30_DAYS =
      HealthRecordShareCreateParams.builder()
          .practitionerId("prac_123")
          .recordTypes(HealthRecordType.CONDITIONS, HealthRecordType.MEDICATIONS)
          .validFor(Duration.ofDays(30))
          .build();

  /** A share until an instant, which must be ahead of the real clock the contract clients use. */
  static final HealthRecordShareCreateParams SHARE_UNTIL =
      HealthRecordShareCreateParams.builder()
          .practitionerId("prac_123")
          .recordTypes(
              HealthRecordType.CONDITIONS,
              HealthRecordType.ALLERGIES,
              HealthRecordType.MEDICATIONS,
              HealthRecordType.GOALS,
              HealthRecordType.EMERGENCY_CONTACT)
          .expiresAt(Instant.now().plus(Duration.ofDays(90)).truncatedTo(ChronoUnit.SECONDS))
          .build();

  static final HealthRecordShareListParams SHARE_PAGE =
      HealthRecordShareListParams.builder().limit(10).offset(10).build();
  static final String API_KEY_ID = "key_123";
  static final ApiKeyCreateParams API_KEY_EXPIRING =
      ApiKeyCreateParams.builder()
          .name("Billing server")
          .scopes(OAuthScope.READ_BOOKINGS, OAuthScope.WRITE_BOOKINGS)
          .expiresAt(Instant.now().plus(Duration.ofDays(90)).truncatedTo(ChronoUnit.SECONDS))
          .build();
  static final ApiKeyCreateParams API_KEY_UNTIL_REVOKED =
      ApiKeyCreateParams.builder().name("Nightly export").scopes(OAuthScope.ADMIN_PLATFORM).build();
  static final ApiKeyListParams API_KEY_PAGE =
      ApiKeyListParams.builder().limit(10).offset(10).build();

  static List<SdkCall> healthRecords() {
    return List.of(
        new SdkCall(
            "healthRecords().share(practitioner, types, validFor)",
            "createHealthRecordShare",
            SHARE_FOR_30_DAYS),
        new SdkCall(
            "healthRecords().share(practitioner, every type, expiresAt)",
            "createHealthRecordShare",
            SHARE_UNTIL),
        new SdkCall("healthRecords().listForUser(userId)", "listUserHealthRecordShares", USER_ID),
        new SdkCall(
            "healthRecords().listForUser(userId, limit, offset)",
            "listUserHealthRecordShares",
            USER_ID,
            SHARE_PAGE),
        new SdkCall("healthRecords().revoke(id)", "revokeHealthRecordShare", SHARE_ID));
  }

  static List<SdkCall> healthRecordsWithRawResponse() {
    return List.of(
        new SdkCall(
            "healthRecords().withRawResponse().share(practitioner, types, validFor)",
            "createHealthRecordShare",
            SHARE_FOR_30_DAYS),
        new SdkCall(
            "healthRecords().withRawResponse().listForUser(userId)",
            "listUserHealthRecordShares",
            USER_ID),
        new SdkCall(
            "healthRecords().withRawResponse().listForUser(userId, limit, offset)",
            "listUserHealthRecordShares",
            USER_ID,
            SHARE_PAGE),
        new SdkCall(
            "healthRecords().withRawResponse().revoke(id)", "revokeHealthRecordShare", SHARE_ID));
  }

  static List<SdkCall> apiKeys() {
    return List.of(
        new SdkCall("apiKeys().create(name, scopes, expiresAt)", "createApiKey", API_KEY_EXPIRING),
        new SdkCall("apiKeys().create(name, scopes)", "createApiKey", API_KEY_UNTIL_REVOKED),
        new SdkCall("apiKeys().list()", "listApiKeys"),
        new SdkCall("apiKeys().list(limit, offset)", "listApiKeys", API_KEY_PAGE),
        new SdkCall("apiKeys().revoke(id)", "revokeApiKey", API_KEY_ID));
  }

  static List<SdkCall> apiKeysWithRawResponse() {
    return List.of(
        new SdkCall(
            "apiKeys().withRawResponse().create(name, scopes, expiresAt)",
            "createApiKey",
            API_KEY_EXPIRING),
        new SdkCall("apiKeys().withRawResponse().list()", "listApiKeys"),
        new SdkCall("apiKeys().withRawResponse().list(limit, offset)", "listApiKeys", API_KEY_PAGE),
        new SdkCall("apiKeys().withRawResponse().revoke(id)", "revokeApiKey", API_KEY_ID));
  }

  // --- payments (issue 16) ---
  static final String PAYMENT_INTENT_ID = "pi_123";
  static final PaymentIntentCreateParams PAYMENT_INTENT =
      PaymentIntentCreateParams.builder()
          .bookingId("booking_123")
          .amount(new Money(new BigDecimal("75.00"), "USD"))
          .paymentMethodTypes(
              PaymentMethodType.CARD, PaymentMethodType.APPLE_PAY, PaymentMethodType.GOOGLE_PAY)
          .build();
  private static final PaymentIntentCreateParams PAYMENT_INTENT_REQUIRED_ONLY =
      PaymentIntentCreateParams.builder()
          .bookingId("booking_123")
          .amount(new Money(new BigDecimal("7500"), "JPY"))
          .build();
  static final PaymentIntentConfirmParams PAYMENT_METHOD =
      PaymentIntentConfirmParams.builder().paymentMethod("pm_card_visa").build();
  private static final PaymentListParams PAYMENT_PAGE =
      PaymentListParams.builder().limit(50).offset(100).build();

  static List<SdkCall> payments() {
    return List.of(
        new SdkCall("payments().create(every field)", "createPaymentIntent", PAYMENT_INTENT),
        new SdkCall(
            "payments().create(required fields)",
            "createPaymentIntent",
            PAYMENT_INTENT_REQUIRED_ONLY),
        new SdkCall("payments().get(id)", "getPaymentIntent", PAYMENT_INTENT_ID),
        new SdkCall("payments().confirm(id)", "confirmPaymentIntent", PAYMENT_INTENT_ID),
        new SdkCall(
            "payments().confirm(id, paymentMethod)",
            "confirmPaymentIntent",
            PAYMENT_INTENT_ID,
            PAYMENT_METHOD),
        new SdkCall("payments().listForUser(id)", "listUserPayments", USER_ID),
        new SdkCall(
            "payments().listForUser(id, limit, offset)",
            "listUserPayments",
            USER_ID,
            PAYMENT_PAGE));
  }

  static List<SdkCall> paymentsWithRawResponse() {
    return List.of(
        new SdkCall(
            "payments().withRawResponse().create(every field)",
            "createPaymentIntent",
            PAYMENT_INTENT),
        new SdkCall(
            "payments().withRawResponse().create(required fields)",
            "createPaymentIntent",
            PAYMENT_INTENT_REQUIRED_ONLY),
        new SdkCall("payments().withRawResponse().get(id)", "getPaymentIntent", PAYMENT_INTENT_ID),
        new SdkCall(
            "payments().withRawResponse().confirm(id)", "confirmPaymentIntent", PAYMENT_INTENT_ID),
        new SdkCall(
            "payments().withRawResponse().confirm(id, paymentMethod)",
            "confirmPaymentIntent",
            PAYMENT_INTENT_ID,
            PAYMENT_METHOD),
        new SdkCall("payments().withRawResponse().listForUser(id)", "listUserPayments", USER_ID),
        new SdkCall(
            "payments().withRawResponse().listForUser(id, limit, offset)",
            "listUserPayments",
            USER_ID,
            PAYMENT_PAGE));
  }

  // --- grants, wearables (issue 16) ---
  static final String GRANT_ID = "grant_123";
  static final GrantListParams ACTIVE_GRANTS =
      GrantListParams.builder().status(GrantStatus.ACTIVE).limit(10).offset(0).build();
  static final List<WearableSample> WEARABLE_SAMPLES =
      List.of(
          WearableSample.builder()
              .deviceId("dev_watch_1")
              .metric(WearableMetric.HEART_RATE)
              .unit("bpm")
              .value(72)
              .recordedAt(Instant.parse("2024-03-21T10:00:00Z"))
              .build(),
          WearableSample.builder()
              .deviceId("dev_watch_1")
              .metric(WearableMetric.of("blood_glucose"))
              .unit("mg/dL")
              .value(new BigDecimal("97.5"))
              .recordedAt(Instant.parse("2024-03-21T10:00:00Z"))
              .build());
  static final WearableIngestParams WEARABLE_PARAMS =
      WearableIngestParams.builder().samples(WEARABLE_SAMPLES).chunkSize(2).build();

  static List<SdkCall> grants() {
    return List.of(
        new SdkCall("grants().listOutgoing()", "listOutgoingGrants"),
        new SdkCall(
            "grants().listOutgoing(status, limit, offset)", "listOutgoingGrants", ACTIVE_GRANTS),
        new SdkCall("grants().get(id)", "getGrant", GRANT_ID));
  }

  static List<SdkCall> grantsWithRawResponse() {
    return List.of(
        new SdkCall("grants().withRawResponse().listOutgoing()", "listOutgoingGrants"),
        new SdkCall(
            "grants().withRawResponse().listOutgoing(status, limit, offset)",
            "listOutgoingGrants",
            ACTIVE_GRANTS),
        new SdkCall("grants().withRawResponse().get(id)", "getGrant", GRANT_ID));
  }

  static List<SdkCall> wearables() {
    return List.of(
        new SdkCall(
            "wearables().ingest(userId, samples)",
            "ingestWearableSamples",
            USER_ID,
            WEARABLE_SAMPLES),
        new SdkCall(
            "wearables().ingest(userId, samples, chunkSize)",
            "ingestWearableSamples",
            USER_ID,
            WEARABLE_PARAMS));
  }

  static List<SdkCall> wearablesWithRawResponse() {
    return List.of(
        new SdkCall(
            "wearables().withRawResponse().ingest(userId, samples)",
            "ingestWearableSamples",
            USER_ID,
            WEARABLE_SAMPLES),
        new SdkCall(
            "wearables().withRawResponse().ingest(userId, samples, chunkSize)",
            "ingestWearableSamples",
            USER_ID,
            WEARABLE_PARAMS));
  }

  static final String CONVERSATION_ID = "conv_123";
  static final ConversationListParams CONVERSATION_PAGE =
      ConversationListParams.builder().limit(10).offset(0).build();
  static final MessageListParams MESSAGE_PAGE =
      MessageListParams.builder().limit(50).offset(50).build();
  static final MessageCreateParams MESSAGE =
      MessageCreateParams.builder()
          .content("Hello, I'm looking forward to our session tomorrow.")
          .build();
  // A byte array can be sent again, so one params object serves both faces of every call.
  static final FileUploadParams UPLOAD_WITH_MESSAGE =
      FileUploadParams.builder()
          .file("%PDF-1.7 health report".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
          .fileName("document.pdf")
          .message("Here's the health report we discussed")
          .build();
  static final FileUploadParams UPLOAD_TYPED =
      FileUploadParams.builder()
          .file("sleep log".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
          .fileName("sleep-log.md")
          .contentType("text/plain")
          .progressListener((sent, total) -> {})
          .build();

  static List<SdkCall> conversations() {
    return List.of(
        new SdkCall("conversations().listForUser(userId)", "listUserConversations", USER_ID),
        new SdkCall(
            "conversations().listForUser(userId, limit, offset)",
            "listUserConversations",
            USER_ID,
            CONVERSATION_PAGE),
        new SdkCall(
            "conversations().listMessages(id)", "listConversationMessages", CONVERSATION_ID),
        new SdkCall(
            "conversations().listMessages(id, limit, offset)",
            "listConversationMessages",
            CONVERSATION_ID,
            MESSAGE_PAGE),
        new SdkCall(
            "conversations().sendMessage(id, content)", "sendMessage", CONVERSATION_ID, MESSAGE),
        new SdkCall(
            "conversations().uploadFile(id, file, message)",
            "uploadConversationFile",
            CONVERSATION_ID,
            UPLOAD_WITH_MESSAGE),
        new SdkCall(
            "conversations().uploadFile(id, file, contentType, listener)",
            "uploadConversationFile",
            CONVERSATION_ID,
            UPLOAD_TYPED));
  }

  static List<SdkCall> conversationsWithRawResponse() {
    return List.of(
        new SdkCall(
            "conversations().withRawResponse().listForUser(userId)",
            "listUserConversations",
            USER_ID),
        new SdkCall(
            "conversations().withRawResponse().listForUser(userId, limit, offset)",
            "listUserConversations",
            USER_ID,
            CONVERSATION_PAGE),
        new SdkCall(
            "conversations().withRawResponse().listMessages(id)",
            "listConversationMessages",
            CONVERSATION_ID),
        new SdkCall(
            "conversations().withRawResponse().listMessages(id, limit, offset)",
            "listConversationMessages",
            CONVERSATION_ID,
            MESSAGE_PAGE),
        new SdkCall(
            "conversations().withRawResponse().sendMessage(id, content)",
            "sendMessage",
            CONVERSATION_ID,
            MESSAGE),
        new SdkCall(
            "conversations().withRawResponse().uploadFile(id, file, message)",
            "uploadConversationFile",
            CONVERSATION_ID,
            UPLOAD_WITH_MESSAGE));
  }

  /** {@return every call above} */
  public static List<SdkCall> all() {
    return Stream.of(
            health(),
            auth(),
            authWithRawResponse(),
            users(),
            usersWithRawResponse(),
            sessions(),
            sessionsWithRawResponse(),
            bookings(),
            bookingsWithRawResponse(),
            practitioners(),
            practitionersWithRawResponse(),
            analytics(),
            analyticsWithRawResponse(),
            webhookEndpoints(),
            webhookEndpointsWithRawResponse(),
            healthRecords(),
            healthRecordsWithRawResponse(),
            apiKeys(),
            apiKeysWithRawResponse(),
            payments(),
            paymentsWithRawResponse(),
            grants(),
            grantsWithRawResponse(),
            wearables(),
            wearablesWithRawResponse(),
            conversations(),
            conversationsWithRawResponse(),
            graphql())
        .flatMap(List::stream)
        .toList();
  }
}
