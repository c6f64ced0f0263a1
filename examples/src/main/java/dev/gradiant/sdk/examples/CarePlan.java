package dev.gradiant.sdk.examples;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.conversations.Attachment;
import dev.gradiant.sdk.conversations.Conversation;
import dev.gradiant.sdk.conversations.FileUploadParams;
import dev.gradiant.sdk.conversations.Message;
import dev.gradiant.sdk.core.Money;
import dev.gradiant.sdk.healthrecords.HealthRecordShare;
import dev.gradiant.sdk.healthrecords.HealthRecordShareCreateParams;
import dev.gradiant.sdk.healthrecords.HealthRecordType;
import dev.gradiant.sdk.payments.PaymentIntent;
import dev.gradiant.sdk.payments.PaymentIntentCreateParams;
import dev.gradiant.sdk.practitioners.AvailabilitySlot;
import dev.gradiant.sdk.practitioners.Practitioner;
import dev.gradiant.sdk.practitioners.PractitionerSearchParams;
import dev.gradiant.sdk.testing.GradiantSandbox;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A patient's care plan with a practitioner, end to end: book a free slot, pay for the booking
 * (payment intent, then confirm: the exact amount), message the practitioner with a PDF report
 * uploaded from a file, share health records (conditions and medications) with them for 30 days,
 * list the active shares, and revoke the share.
 *
 * <p>With {@code GRADIANT_API_TOKEN} set it calls the real API (at {@code GRADIANT_BASE_URL}, or
 * production), where confirming the intent charges the account's default payment method, and
 * cancels the booking at the end (its payment is refunded); without it, it starts the embedded
 * {@link GradiantSandbox} on 127.0.0.1, so it needs no account and no network.
 *
 * <pre>mvn -q -Pquickstart -DskipTests -pl examples -am verify -Dexample=CarePlan</pre>
 */
public final class CarePlan {
  static final String REPORT = "report.pdf";
  static final Duration SHARE_FOR = Duration.ofDays(30);

  private CarePlan() {}

  /**
   * Runs the care plan.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System::getenv, System.out);
  }

  /**
   * Picks the real API or the sandbox from {@code environment}, then runs the care plan.
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
        plan(client, out);
      }
      return;
    }
    try (GradiantSandbox sandbox = GradiantSandbox.start()) {
      out.println(
          "GRADIANT_API_TOKEN is not set: using the embedded sandbox at "
              + sandbox.baseUrl()
              + " (no account, no network).");
      try (GradiantClient client =
          GradiantClient.builder()
              .baseUrl(sandbox.baseUrl())
              .apiToken(sandbox.apiToken())
              .build()) {
        plan(client, out);
      }
    }
  }

  /** The care plan itself, against whatever API {@code client} calls. */
  static void plan(GradiantClient client, PrintStream out) {
    // 1. Book the first free hour of a practitioner offering video calls.
    Practitioner practitioner = null;
    Booking booking = null;
    for (Practitioner candidate :
        client
            .practitioners()
            .search(
                PractitionerSearchParams.builder()
                    .specialization("yoga")
                    .sessionType(SessionType.VIDEO_CALL)
                    .build())
            .items()) {
      Optional<Booking> booked = bookFirstFreeSlot(client, candidate);
      if (booked.isPresent()) {
        practitioner = candidate;
        booking = booked.get();
        break;
      }
    }
    if (booking == null) {
      throw new IllegalStateException("No practitioner has a free hour in the next two weeks");
    }
    Money price = booking.price().orElseThrow();
    out.println(
        "1. booked "
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
            + exact(price));

    // 2. Pay for it: an intent for the booking's exact price (sent in minor units), confirmed.
    PaymentIntentCreateParams payment =
        PaymentIntentCreateParams.builder().bookingId(booking.id()).amount(price).build();
    PaymentIntent intent = client.payments().create(payment);
    PaymentIntent paid = client.payments().confirm(intent.id());
    String amount = exact(paid.amount());
    out.println(
        "2. paid "
            + amount
            + " ("
            + payment.amountInMinorUnits()
            + " minor units): payment intent "
            + paid.id()
            + " is "
            + paid.status()
            + "; the booking's payment is "
            + client.bookings().get(booking.id()).paymentStatus().orElseThrow());

    // 3. Message the practitioner with a PDF report, uploaded (streamed) from a file.
    String userId = booking.userId().orElseGet(() -> client.users().me().id());
    Conversation conversation = conversationWith(client, userId, practitioner);
    Path dir = tempDir();
    try {
      Path report = writeReport(dir.resolve(REPORT), booking.scheduledAt().orElseThrow());
      AtomicLong sent = new AtomicLong();
      Message message =
          client
              .conversations()
              .uploadFile(
                  conversation.id(),
                  FileUploadParams.builder()
                      .file(report)
                      .message("My latest report, ahead of our session.")
                      .progressListener((bytes, total) -> sent.set(bytes))
                      .build());
      Attachment attachment = message.attachment().orElseThrow();
      boolean intact = attachment.sha256().equals(sha256(report));
      out.println(
          "3. sent "
              + attachment.fileName()
              + " ("
              + attachment.size()
              + " bytes, "
              + sent.get()
              + " streamed) to conversation "
              + conversation.id()
              + ": message "
              + message.id()
              + ", SHA-256 "
              + (intact ? "matches the file" : "DOES NOT MATCH the file"));
      if (!intact) {
        throw new IllegalStateException("The server received other bytes than the file's");
      }
    } finally {
      deleteQuietly(dir);
    }

    // 4. Share conditions and medications with the practitioner for 30 days: consent, so the
    // share always has an expiry.
    HealthRecordShare share =
        client
            .healthRecords()
            .share(
                HealthRecordShareCreateParams.builder()
                    .practitionerId(practitioner.id())
                    .recordTypes(HealthRecordType.CONDITIONS, HealthRecordType.MEDICATIONS)
                    .validFor(SHARE_FOR)
                    .build());
    out.println(
        "4. shared "
            + share.recordTypes().stream()
                .map(HealthRecordType::value)
                .collect(Collectors.joining(" and "))
            + " with "
            + share.practitionerId()
            + " until "
            + share.expiresAt()
            + " ("
            + SHARE_FOR.toDays()
            + " days): "
            + share.id());

    // 5. The active shares, then 6. revoke ours.
    out.println("5. active shares: " + activeShares(client, userId));
    client.healthRecords().revoke(share.id());
    out.println("6. revoked " + share.id() + "; active shares: " + activeShares(client, userId));

    client.bookings().cancel(booking.id());
    out.println(
        "7. cleaned up: cancelled the booking; its payment is "
            + client.payments().get(paid.id()).status());
    out.println(
        "CarePlan done: booked, paid "
            + amount
            + ", sent "
            + REPORT
            + ", shared for "
            + SHARE_FOR.toDays()
            + " days, revoked.");
  }

  /** {@code USD 75.00}: the amount with as many decimals as the currency has. */
  static String exact(Money money) {
    int digits = Currency.getInstance(money.currency()).getDefaultFractionDigits();
    return money.currency()
        + " "
        + money.amount().setScale(Math.max(digits, 0), RoundingMode.UNNECESSARY).toPlainString();
  }

  private static Optional<Booking> bookFirstFreeSlot(
      GradiantClient client, Practitioner practitioner) {
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
    return slot.map(
        free ->
            client
                .bookings()
                .create(
                    BookingCreateParams.builder()
                        .practitionerId(practitioner.id())
                        .scheduledAt(free.startTime())
                        .duration(60)
                        .sessionType(SessionType.VIDEO_CALL)
                        .build()));
  }

  /** The conversation a booking opens between the client and the practitioner's user. */
  private static Conversation conversationWith(
      GradiantClient client, String userId, Practitioner practitioner) {
    String practitionerUser =
        practitioner
            .userId()
            .orElseThrow(() -> new IllegalStateException("The practitioner has no user id"));
    return client.conversations().listForUser(userId).autoPager().stream()
        .filter(c -> c.participantIds().contains(practitionerUser))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No conversation with " + practitioner.id() + " after booking"));
  }

  private static String activeShares(GradiantClient client, String userId) {
    List<String> ids =
        client.healthRecords().listForUser(userId).autoPager().stream()
            .map(HealthRecordShare::id)
            .toList();
    return ids.size() + (ids.isEmpty() ? "" : " " + ids);
  }

  /** Writes a small PDF report for the session at {@code sessionAt} to {@code file}. */
  private static Path writeReport(Path file, Instant sessionAt) {
    try {
      return Files.write(
          file,
          ReportPdf.of(
              List.of(
                  "Care plan report",
                  "Prepared for the session of " + sessionAt,
                  "Sleep: 7 hours a night on average")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(Path file) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("careplan");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
