package dev.gradiant.sdk.examples;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.analytics.AnalyticsParams;
import dev.gradiant.sdk.analytics.Interval;
import dev.gradiant.sdk.analytics.SessionAnalytics;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.errors.BookingConflictException;
import dev.gradiant.sdk.health.HealthStatus;
import dev.gradiant.sdk.pagination.Page;
import dev.gradiant.sdk.practitioners.AvailabilitySlot;
import dev.gradiant.sdk.practitioners.Practitioner;
import dev.gradiant.sdk.practitioners.PractitionerSearchParams;
import dev.gradiant.sdk.sessions.Session;
import dev.gradiant.sdk.sessions.SessionCreateParams;
import dev.gradiant.sdk.sessions.SessionListParams;
import dev.gradiant.sdk.testing.GradiantSandbox;
import dev.gradiant.sdk.users.User;
import dev.gradiant.sdk.users.UserCreateParams;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The first five minutes with the SDK: check the service, create a user, schedule a session, find a
 * practitioner and book a free slot, handle the booking conflict of booking it twice, walk every
 * session page by page, and read analytics.
 *
 * <p>With {@code GRADIANT_API_TOKEN} set it calls the real API (at {@code GRADIANT_BASE_URL}, or
 * production) and cancels what it booked at the end; without it, it starts the embedded {@link
 * GradiantSandbox} on 127.0.0.1, so it needs no account and no network. It says which it uses.
 *
 * <pre>mvn -q -Pquickstart -DskipTests -pl examples -am verify</pre>
 */
public final class Quickstart {
  private Quickstart() {}

  /**
   * Runs the quickstart.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System::getenv, System.out);
  }

  /**
   * Picks the real API or the sandbox from {@code environment}, then runs the tour.
   *
   * @param environment looks up environment variables
   * @param out where to print
   */
  static void run(UnaryOperator<String> environment, PrintStream out) {
    String token = environment.apply(GradiantClient.ENV_API_TOKEN);
    if (token != null && !token.isBlank()) {
      String baseUrl = environment.apply(GradiantClient.ENV_BASE_URL);
      baseUrl = baseUrl == null || baseUrl.isBlank() ? GradiantClient.DEFAULT_BASE_URL : baseUrl;
      out.println("Using the Gradiant API at " + baseUrl + " (GRADIANT_API_TOKEN is set).");
      try (GradiantClient client =
          GradiantClient.builder().baseUrl(baseUrl).apiToken(token).build()) {
        tour(client, out);
      }
      return;
    }
    try (GradiantSandbox sandbox = GradiantSandbox.builder().demoSessions(40).start()) {
      out.println(
          "GRADIANT_API_TOKEN is not set: using the embedded sandbox at "
              + sandbox.baseUrl()
              + " (no account, no network).");
      try (GradiantClient client =
          GradiantClient.builder()
              .baseUrl(sandbox.baseUrl())
              .apiToken(sandbox.apiToken())
              .build()) {
        tour(client, out);
      }
    }
  }

  /** The tour itself, against whatever API {@code client} calls. */
  static void tour(GradiantClient client, PrintStream out) {
    HealthStatus health = client.health().check();
    out.println(
        "1. health: " + health.status() + " (version " + health.version().orElse("unknown") + ")");

    // A unique address, so the quickstart can run again against the real API. Emails, names and
    // phone numbers are personal data: print ids, never them.
    String email = "quickstart+" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    User user = client.users().create(UserCreateParams.builder().email(email).build());
    out.println("2. created user " + user.id());

    Session session =
        client
            .sessions()
            .create(
                SessionCreateParams.builder()
                    .userId(user.id())
                    .sessionType(SessionType.VIDEO_CALL)
                    .build());
    // session.token() is the participant's credential: hand it over, never print or log it.
    out.println(
        "3. scheduled session "
            + session.id()
            + " ("
            + session.status()
            + ", "
            + session.sessionType().orElseThrow()
            + ")");

    Page<Practitioner> yoga =
        client
            .practitioners()
            .search(
                PractitionerSearchParams.builder()
                    .specialization("yoga")
                    .sessionType(SessionType.VIDEO_CALL)
                    .build());
    out.println(
        "4. found "
            + yoga.total().map(String::valueOf).orElse("some")
            + " yoga practitioners offering video calls");
    Optional<Booking> booked = Optional.empty();
    for (Practitioner practitioner : yoga.items()) {
      booked = bookFirstFreeSlot(client, practitioner, out);
      if (booked.isPresent()) {
        break;
      }
    }

    booked.ifPresent(
        booking -> {
          try {
            client.bookings().create(sameSlot(booking));
          } catch (BookingConflictException e) {
            out.println(
                "6. booking the same slot again: handled "
                    + e.getClass().getSimpleName()
                    + ": "
                    + e.errorCode().orElse("no code")
                    + " (request id "
                    + e.requestId().orElse("none")
                    + ")");
          }
        });

    // autoPager() fetches the next page only when iteration reaches it; a real account may hold
    // thousands of sessions, so the tour stops after the first 200.
    Map<String, Long> byStatus =
        client.sessions().list(SessionListParams.builder().limit(10).build()).autoPager().stream()
            .limit(200)
            .collect(
                Collectors.groupingBy(
                    s -> s.status().value(), TreeMap::new, Collectors.counting()));
    long walked = byStatus.values().stream().mapToLong(Long::longValue).sum();
    out.println(
        "7. walked "
            + walked
            + (walked == 1 ? " session" : " sessions")
            + " (10 per page, at most 200): "
            + byStatus);

    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    SessionAnalytics analytics =
        client
            .analytics()
            .sessions(
                AnalyticsParams.builder()
                    .from(today.minusDays(29))
                    .to(today)
                    .interval(Interval.WEEK)
                    .build());
    out.println(
        "8. last 30 days: "
            + analytics.totals().totalSessions()
            + " sessions, "
            + analytics.totals().completedSessions()
            + " completed, "
            + analytics
                .totals()
                .averageDurationMinutes()
                .map(minutes -> "average " + minutes + " min")
                .orElse("no average yet")
            + ", in "
            + analytics.series().size()
            + " weekly points");

    booked.ifPresent(booking -> client.bookings().cancel(booking.id()));
    client.sessions().delete(session.id());
    out.println("9. cleaned up: cancelled the booking and deleted the session");
    out.println("Done.");
  }

  private static Optional<Booking> bookFirstFreeSlot(
      GradiantClient client, Practitioner practitioner, PrintStream out) {
    LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    Instant soonest = Instant.now().plusSeconds(3600);
    Optional<AvailabilitySlot> slot =
        client
            .practitioners()
            .getAvailability(practitioner.id(), tomorrow, tomorrow.plusDays(13))
            .slots()
            .stream()
            .filter(s -> s.available() && s.startTime().isAfter(soonest))
            .findFirst();
    if (slot.isEmpty()) {
      return Optional.empty();
    }
    Booking booking =
        client
            .bookings()
            .create(
                BookingCreateParams.builder()
                    .practitionerId(practitioner.id())
                    .scheduledAt(slot.get().startTime())
                    .duration(60)
                    .sessionType(SessionType.VIDEO_CALL)
                    .build());
    out.println(
        "5. booked "
            + practitioner.firstName().orElse("")
            + " "
            + practitioner.lastName().orElse("")
            + " ("
            + practitioner.id()
            + ") at "
            + booking.scheduledAt().orElseThrow()
            + ": "
            + booking.id()
            + ", "
            + booking.status().orElseThrow()
            + ", "
            + booking
                .price()
                .map(price -> price.amount().toPlainString() + " " + price.currency())
                .orElse("no price"));
    return Optional.of(booking);
  }

  private static BookingCreateParams sameSlot(Booking booking) {
    return BookingCreateParams.builder()
        .practitionerId(booking.practitionerId().orElseThrow())
        .scheduledAt(booking.scheduledAt().orElseThrow())
        .duration(booking.duration().orElseThrow())
        .sessionType(booking.sessionType().orElseThrow())
        .build();
  }
}
