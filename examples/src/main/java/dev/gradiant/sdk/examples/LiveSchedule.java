package dev.gradiant.sdk.examples;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.practitioners.AvailabilitySlot;
import dev.gradiant.sdk.realtime.BookingUpdate;
import dev.gradiant.sdk.realtime.Channel;
import dev.gradiant.sdk.realtime.CloseReason;
import dev.gradiant.sdk.realtime.ConnectionState;
import dev.gradiant.sdk.realtime.RealtimeEvent;
import dev.gradiant.sdk.realtime.RealtimeListener;
import dev.gradiant.sdk.realtime.StateChange;
import dev.gradiant.sdk.realtime.Subscribed;
import dev.gradiant.sdk.testing.GradiantSandbox;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A live schedule: subscribe to the user's booking updates on the live feed ({@code
 * client.realtime()}), book through REST and see the update arrive; then the sandbox drops the
 * feed's connection, a second booking is made while the feed reconnects, and the feed resumes from
 * the last event it delivered: the missed update arrives once, nothing is lost or repeated.
 *
 * <p>It runs against the embedded {@link GradiantSandbox} only, since it drops connections on
 * purpose: no account and no network needed.
 *
 * <pre>mvn -q -Pquickstart -DskipTests -pl examples -am verify -Dexample=LiveSchedule</pre>
 */
public final class LiveSchedule {
  static final String PRACTITIONER = "prac_101";
  private static final long WAIT_SECONDS = 15;

  private LiveSchedule() {}

  /**
   * Runs the live schedule against the embedded sandbox.
   *
   * @param args ignored
   * @throws Exception if the feed does not deliver in time
   */
  public static void main(String[] args) throws Exception {
    run(System.out);
  }

  /**
   * Runs the live schedule, printing to {@code out}.
   *
   * @param out where to print
   * @throws Exception if the feed does not deliver in time
   */
  static void run(PrintStream out) throws Exception {
    try (GradiantSandbox sandbox = GradiantSandbox.start();
        GradiantClient client =
            GradiantClient.builder()
                .baseUrl(sandbox.baseUrl()) // the live feed is found on the same port
                .apiToken(sandbox.apiToken())
                .build()) {
      out.println(
          "Using the embedded sandbox: REST at "
              + sandbox.baseUrl()
              + ", live feed on the same port at "
              + sandbox.realtimeUrl()
              + "/realtime.");
      Schedule schedule = new Schedule();
      client.realtime().addListener(schedule);
      Channel channel = Channel.bookings(sandbox.demoUserId());
      Subscribed subscribed =
          client.realtime().subscribe(channel).get(WAIT_SECONDS, TimeUnit.SECONDS);
      out.println("1. subscribed to " + channel + " at seq " + subscribed.seq());

      List<Instant> slots = freeSlots(client);
      Booking first = book(client, slots.get(0));
      out.println("2. booked " + first.id() + " through REST");
      BookingUpdate update = schedule.next();
      out.println("   live: " + describe(update));

      sandbox.realtime().dropConnections();
      StateChange lost = schedule.awaitState(ConnectionState.RECONNECTING);
      out.println(
          "3. the sandbox dropped the connection ("
              + lost.closeReason().map(CloseReason::kind).orElseThrow()
              + "): the feed reconnects");
      Booking second = book(client, slots.get(1));
      out.println("4. booked " + second.id() + " through REST meanwhile");
      schedule.awaitState(ConnectionState.OPEN);
      BookingUpdate resumed = schedule.next();
      out.println("5. reconnected and resumed: " + describe(resumed));

      Set<String> booked = Set.of(first.id(), second.id());
      long missed = booked.stream().filter(id -> !schedule.bookingIds.contains(id)).count();
      out.println(
          "LiveSchedule done: "
              + schedule.updates
              + " updates, "
              + schedule.reconnects
              + (schedule.reconnects.get() == 1 ? " reconnect, " : " reconnects, ")
              + missed
              + " missed, "
              + schedule.duplicates
              + " duplicates.");
    }
  }

  private static String describe(BookingUpdate update) {
    return "seq "
        + update.seq()
        + " "
        + update.event()
        + " "
        + update.booking().id()
        + " ("
        + update.booking().status().map(Object::toString).orElse("?")
        + ")";
  }

  /** The practitioner's first two free hours from tomorrow on. */
  private static List<Instant> freeSlots(GradiantClient client) {
    LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    List<Instant> slots =
        client
            .practitioners()
            .getAvailability(PRACTITIONER, tomorrow, tomorrow.plusDays(13))
            .slots()
            .stream()
            .filter(AvailabilitySlot::available)
            .map(AvailabilitySlot::startTime)
            .limit(2)
            .toList();
    if (slots.size() < 2) {
      throw new IllegalStateException(PRACTITIONER + " has fewer than two free hours");
    }
    return slots;
  }

  private static Booking book(GradiantClient client, Instant at) {
    return client
        .bookings()
        .create(
            BookingCreateParams.builder()
                .practitionerId(PRACTITIONER)
                .scheduledAt(at)
                .duration(60)
                .sessionType(SessionType.VIDEO_CALL)
                .build());
  }

  /** What the app shows: every booking update, counted, with duplicates and reconnects. */
  private static final class Schedule implements RealtimeListener {
    private final BlockingQueue<BookingUpdate> arrived = new LinkedBlockingQueue<>();
    private final BlockingQueue<StateChange> states = new LinkedBlockingQueue<>();
    private final Set<String> eventIds = new HashSet<>();
    final Set<String> bookingIds = ConcurrentHashMap.newKeySet();
    final AtomicInteger updates = new AtomicInteger();
    final AtomicInteger duplicates = new AtomicInteger();
    final AtomicInteger reconnects = new AtomicInteger();

    @Override
    public void onEvent(RealtimeEvent event) {
      if (event instanceof BookingUpdate update) {
        updates.incrementAndGet();
        if (!eventIds.add(update.id())) {
          duplicates.incrementAndGet();
        }
        bookingIds.add(update.booking().id());
        arrived.add(update);
      }
    }

    @Override
    public void onStateChange(StateChange change) {
      if (change.state() == ConnectionState.RECONNECTING) {
        reconnects.incrementAndGet();
      }
      states.add(change);
    }

    BookingUpdate next() throws InterruptedException, TimeoutException {
      BookingUpdate update = arrived.poll(WAIT_SECONDS, TimeUnit.SECONDS);
      if (update == null) {
        throw new TimeoutException("No booking update within " + WAIT_SECONDS + " s");
      }
      return update;
    }

    StateChange awaitState(ConnectionState state) throws InterruptedException, ExecutionException {
      for (int i = 0; i < 20; i++) {
        StateChange change = states.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        if (change == null) {
          break;
        }
        if (change.state() == state) {
          return change;
        }
      }
      throw new ExecutionException(new TimeoutException("The feed did not become " + state));
    }
  }
}
