package dev.gradiant.sdk.webhooks;

import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.DUPLICATE;
import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.MISSING_HEADER;

import dev.gradiant.sdk.webhooks.internal.GradiantScheme;
import dev.gradiant.sdk.webhooks.internal.SigningKey;
import dev.gradiant.sdk.webhooks.internal.StandardWebhooksScheme;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Verifies webhook deliveries and reads them into typed events. Verify first, parse second: nothing
 * of an unverified body is read.
 *
 * <p>One verifier handles both {@link SignatureScheme}s and picks one per delivery: Standard
 * Webhooks when a {@code webhook-signature} (or {@code webhook-id}/{@code webhook-timestamp})
 * header is present, else Gradiant when {@code X-Gradiant-Signature} is. A signature that matches
 * any configured secret passes, so a secret can be rotated with no downtime: add the new one,
 * switch the sender, remove the old one.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.builder().secret(System.getenv("WEBHOOK_SECRET")).build();
 * WebhookEvent event = verifier.verify(rawBody, WebhookHeaders.ofLists(exchange.getRequestHeaders()));
 * }</pre>
 *
 * <p><b>Replays.</b> Replay protection is on by default: every accepted delivery is remembered for
 * the {@linkplain Builder#replayWindow(Duration) replay window} (24 hours) in a bounded {@link
 * InMemorySeenEventStore} of this verifier ({@value InMemorySeenEventStore#DEFAULT_MAX_ENTRIES}
 * marks, oldest dropped first), and the same delivery again is rejected with {@link
 * WebhookVerificationException.Reason#DUPLICATE}. Expiry follows this verifier's {@linkplain
 * Builder#clock(Clock) clock}. Several instances of your app need one shared {@link SeenEventStore}
 * (Redis, a database); {@link SeenEventStore#none()} turns the check off.
 *
 * <p>What each scheme can be protected against: a Standard Webhooks delivery carries a signed id
 * and timestamp, so a replay is refused inside the window by its {@code webhook-id} and after it by
 * the timestamp tolerance. A Gradiant-scheme delivery ({@code X-Gradiant-Signature}) signs only the
 * body: it has no timestamp, so no age limit is possible and a captured delivery verifies for ever.
 * The verifier dedupes it by the event {@code id} read from the verified body, else by its
 * signature, but only while the store remembers it: after the replay window, after eviction from a
 * full store, on another instance with its own store, or after a restart, a replay is accepted.
 * Accept only Standard Webhooks ({@link Builder#schemes}) when your endpoint is set up for it.
 *
 * <p>Immutable and thread-safe: build one per endpoint and share it. Secrets are decoded once, at
 * {@link Builder#build()}, and never printed.
 */
public final class WebhookVerifier {
  /** The default tolerance between a Standard Webhooks timestamp and the receiver's clock. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  /**
   * The default time a {@link SeenEventStore} remembers an accepted delivery (or twice the
   * tolerance, if that is longer).
   */
  public static final Duration DEFAULT_REPLAY_WINDOW = Duration.ofHours(24);

  /** Longer than any clock can run: a window this long never expires. */
  private static final Duration FOREVER = ChronoUnit.FOREVER.getDuration();

  private final List<SigningKey> keys;
  private final Set<SignatureScheme> schemes;
  private final Duration tolerance;
  private final Clock clock;
  private final SeenEventStore seenEvents;
  private final Duration replayWindow;

  private WebhookVerifier(Builder builder) {
    this.keys = List.copyOf(builder.keys);
    this.schemes = Set.copyOf(builder.schemes);
    this.tolerance = builder.tolerance;
    this.clock = builder.clock;
    this.seenEvents =
        builder.seenEvents == null ? InMemorySeenEventStore.create() : builder.seenEvents;
    this.replayWindow = builder.replayWindow();
  }

  /**
   * Starts a builder; at least one secret is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies a delivery and reads its event: the signature (and, for Standard Webhooks, the
   * timestamp), then the JSON, then that the delivery was not accepted before (see "Replays"
   * above).
   *
   * @param body the request body exactly as received, before any parsing
   * @param headers the request headers
   * @return the verified event
   * @throws WebhookVerificationException if the delivery is rejected; answer with a 4xx status,
   *     except for {@link WebhookVerificationException.Reason#DUPLICATE}: that delivery was already
   *     accepted, so answer it with a 2xx status (an error would only make the sender retry it). If
   *     handling an accepted event then fails, call {@link #forget(WebhookEvent)} before answering
   *     with an error, so that the sender's retry is not rejected as a duplicate
   * @throws NullPointerException if an argument is null
   */
  public WebhookEvent verify(byte[] body, WebhookHeaders headers) {
    Verified verified = verifySignatureOf(body, headers);
    WebhookEvent event =
        EventReader.read(body, verified.scheme(), verified.deliveryId(), verified.signature());
    if (!firstTime(event)) {
      throw new WebhookVerificationException(
          DUPLICATE,
          (event.deliveryId().isPresent() ? "Delivery " : "Event ")
              + event.deliveryId().or(event::id).map(id -> "'" + id + "' ").orElse("")
              + "was already accepted in the last "
              + replayWindow
              + ": a replay or a duplicate delivery; it was not processed again");
    }
    return event;
  }

  /**
   * Verifies a delivery whose body is only available as a string, encoding it as UTF-8.
   *
   * <p>Prefer {@link #verify(byte[], WebhookHeaders)}: a signature covers the exact bytes sent. A
   * body that was decoded with another charset, re-serialised by a JSON library, trimmed, or had
   * its line endings or escapes changed no longer has those bytes and fails verification, even
   * though it "looks the same".
   *
   * @param body the request body, unchanged since it was received
   * @param headers the request headers
   * @return the verified event
   * @throws WebhookVerificationException if the delivery is rejected
   * @throws NullPointerException if an argument is null
   */
  public WebhookEvent verify(String body, WebhookHeaders headers) {
    Objects.requireNonNull(body, "body must not be null");
    return verify(body.getBytes(StandardCharsets.UTF_8), headers);
  }

  /**
   * Verifies only the signature (and, for Standard Webhooks, the timestamp), for callers who parse
   * the body themselves. It neither reads the body nor consults the {@link SeenEventStore}.
   *
   * @param body the request body exactly as received
   * @param headers the request headers
   * @return the scheme whose signature matched
   * @throws WebhookVerificationException if the signature is missing, malformed, matches no secret,
   *     or its timestamp is out of tolerance
   * @throws NullPointerException if an argument is null
   */
  public SignatureScheme verifySignature(byte[] body, WebhookHeaders headers) {
    return verifySignatureOf(body, headers).scheme();
  }

  /**
   * Forgets that an event was accepted, so the sender's retry is accepted too. Call it when your
   * handling of the event failed and you answer with an error ({@link WebhookDispatcher} does this
   * for you). Does nothing with {@link SeenEventStore#none()}, or for an event you built with
   * neither an id nor a delivery id.
   *
   * @param event an event this verifier returned
   * @throws NullPointerException if {@code event} is null
   */
  public void forget(WebhookEvent event) {
    Objects.requireNonNull(event, "event must not be null");
    if (event.replayKey() != null) {
      seenEvents.forget(event.replayKey());
    }
  }

  /** Prints the configuration; the secrets are counted, never shown. */
  @Override
  public String toString() {
    return "WebhookVerifier[secrets="
        + keys.size()
        + ", schemes="
        + EnumSet.copyOf(schemes)
        + ", tolerance="
        + tolerance
        + ", replayWindow="
        + (seenEvents == SeenEventStore.none() ? "off" : replayWindow)
        + "]";
  }

  /** {@return whether {@code event} was not accepted before; marks it seen} */
  private boolean firstTime(WebhookEvent event) {
    if (seenEvents == SeenEventStore.none()) {
      return true; // what none() answers, without reading the clock for it
    }
    Instant now = clock.instant();
    return seenEvents.markSeen(event.replayKey(), now, expiry(now));
  }

  /** When a mark made now expires; a window too long for the calendar never does. */
  private Instant expiry(Instant now) {
    try {
      return now.plus(replayWindow);
    } catch (DateTimeException | ArithmeticException e) {
      return Instant.MAX;
    }
  }

  private Verified verifySignatureOf(byte[] body, WebhookHeaders headers) {
    Objects.requireNonNull(body, "body must not be null");
    Objects.requireNonNull(headers, "headers must not be null");
    if (schemes.contains(SignatureScheme.STANDARD_WEBHOOKS) && hasStandardHeaders(headers)) {
      String id = StandardWebhooksScheme.verify(body, headers, keys, clock.instant(), tolerance);
      return new Verified(SignatureScheme.STANDARD_WEBHOOKS, id, null);
    }
    if (schemes.contains(SignatureScheme.GRADIANT)
        && headers.value(WebhookHeaders.GRADIANT_SIGNATURE).isPresent()) {
      byte[] signature = GradiantScheme.verify(body, headers, keys);
      return new Verified(SignatureScheme.GRADIANT, null, signature);
    }
    throw new WebhookVerificationException(MISSING_HEADER, missingSignatureMessage(headers));
  }

  private static boolean hasStandardHeaders(WebhookHeaders headers) {
    return headers.value(WebhookHeaders.WEBHOOK_SIGNATURE).isPresent()
        || (headers.value(WebhookHeaders.GRADIANT_SIGNATURE).isEmpty()
            && (headers.value(WebhookHeaders.WEBHOOK_ID).isPresent()
                || headers.value(WebhookHeaders.WEBHOOK_TIMESTAMP).isPresent()));
  }

  private String missingSignatureMessage(WebhookHeaders headers) {
    String gradiant = "X-Gradiant-Signature (Gradiant scheme)";
    String standard = "webhook-id, webhook-timestamp and webhook-signature (Standard Webhooks)";
    if (schemes.size() == 2) {
      return "No webhook signature header: expected "
          + gradiant
          + " or "
          + standard
          + ". Check that the sender signs and that no proxy strips these headers.";
    }
    boolean onlyStandard = schemes.contains(SignatureScheme.STANDARD_WEBHOOKS);
    boolean otherPresent =
        onlyStandard
            ? headers.value(WebhookHeaders.GRADIANT_SIGNATURE).isPresent()
            : hasStandardHeaders(headers);
    return "No "
        + (onlyStandard ? standard : gradiant)
        + " header; this verifier accepts only that scheme"
        + (otherPresent ? ", and the delivery is signed with the other one" : "");
  }

  /**
   * What a verified signature says about the delivery: its scheme, the Standard Webhooks delivery
   * id, and the matching Gradiant signature, which {@link #verify} turns into the replay key of a
   * delivery with no id (only then, so that {@link #verifySignature} formats nothing).
   */
  private record Verified(SignatureScheme scheme, String deliveryId, byte[] signature) {}

  /** Configures a {@link WebhookVerifier}. Not thread-safe; the verifier it builds is. */
  public static final class Builder {
    private final List<SigningKey> keys = new ArrayList<>();
    private final EnumSet<SignatureScheme> schemes = EnumSet.allOf(SignatureScheme.class);
    private Duration tolerance = DEFAULT_TOLERANCE;
    private Clock clock = Clock.systemUTC();
    private SeenEventStore seenEvents;
    private Duration replayWindow;

    private Builder() {}

    /**
     * Adds a secret: {@code whsec_<base64>} (Standard Webhooks, and also usable for the Gradiant
     * scheme) or the endpoint's secret string as issued. Checked at once.
     *
     * @param secret the secret
     * @return this builder
     * @throws NullPointerException if {@code secret} is null
     * @throws IllegalArgumentException if it is blank, has surrounding whitespace, or is a {@code
     *     whsec_} secret that is not base64; the message never contains the secret
     */
    public Builder secret(String secret) {
      keys.add(SigningKey.parse(secret, "secret"));
      return this;
    }

    /**
     * Adds several secrets, such as the current and the next one during a rotation; a signature
     * matching any of them passes.
     *
     * @param secrets the secrets, each as in {@link #secret(String)}
     * @return this builder
     * @throws NullPointerException if {@code secrets} or one of them is null
     * @throws IllegalArgumentException if one is invalid; the message names its index
     */
    public Builder secrets(Collection<String> secrets) {
      Objects.requireNonNull(secrets, "secrets must not be null");
      List<SigningKey> parsed = new ArrayList<>();
      int index = 0;
      for (String secret : secrets) {
        parsed.add(SigningKey.parse(secret, "secrets[" + index++ + "]"));
      }
      keys.addAll(parsed);
      return this;
    }

    /**
     * Sets how far a Standard Webhooks timestamp may lie from the receiver's clock, in the past or
     * the future; {@link #DEFAULT_TOLERANCE} by default.
     *
     * @param tolerance the tolerance; zero or more
     * @return this builder
     * @throws NullPointerException if {@code tolerance} is null
     * @throws IllegalArgumentException if it is negative
     */
    public Builder tolerance(Duration tolerance) {
      Objects.requireNonNull(tolerance, "tolerance must not be null");
      if (tolerance.isNegative()) {
        throw new IllegalArgumentException("tolerance must not be negative, got " + tolerance);
      }
      this.tolerance = tolerance;
      return this;
    }

    /**
     * Sets the clock timestamps are checked against; the system UTC clock by default.
     *
     * @param clock the clock
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock must not be null");
      return this;
    }

    /**
     * Restricts the accepted schemes; both by default. If your endpoint is set up for Standard
     * Webhooks, accept only that: then a captured delivery cannot be replayed with its timestamp
     * headers stripped, relying on the Gradiant scheme, which has no timestamp.
     *
     * @param first a scheme to accept
     * @param more further schemes to accept
     * @return this builder
     * @throws NullPointerException if a scheme is null
     */
    public Builder schemes(SignatureScheme first, SignatureScheme... more) {
      EnumSet<SignatureScheme> chosen =
          EnumSet.of(Objects.requireNonNull(first, "schemes must not contain null"));
      for (SignatureScheme scheme : more) {
        chosen.add(Objects.requireNonNull(scheme, "schemes must not contain null"));
      }
      schemes.clear();
      schemes.addAll(chosen);
      return this;
    }

    /**
     * Sets where accepted deliveries are remembered: every accepted delivery is marked in {@code
     * store}, and a delivery whose id is already marked is rejected with {@link
     * WebhookVerificationException.Reason#DUPLICATE}. By default each verifier has its own {@link
     * InMemorySeenEventStore#create()}; give a shared store (Redis, a database) when several
     * instances of your app receive deliveries, or {@link SeenEventStore#none()} to turn replay
     * protection off.
     *
     * @param store where accepted deliveries are remembered
     * @return this builder
     * @throws NullPointerException if {@code store} is null
     */
    public Builder seenEventStore(SeenEventStore store) {
      this.seenEvents = Objects.requireNonNull(store, "seenEventStore must not be null");
      return this;
    }

    /**
     * Sets how long an accepted delivery is remembered by the {@link SeenEventStore}; by default
     * {@link #DEFAULT_REPLAY_WINDOW} or twice the tolerance, whichever is longer. It must be at
     * least twice the tolerance, since a delivery stays acceptable for the tolerance on either side
     * of its timestamp.
     *
     * @param replayWindow how long to remember a delivery
     * @return this builder
     * @throws NullPointerException if {@code replayWindow} is null
     * @throws IllegalArgumentException if it is zero or negative
     */
    public Builder replayWindow(Duration replayWindow) {
      Objects.requireNonNull(replayWindow, "replayWindow must not be null");
      if (replayWindow.isNegative() || replayWindow.isZero()) {
        throw new IllegalArgumentException("replayWindow must be positive, got " + replayWindow);
      }
      this.replayWindow = replayWindow;
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return the verifier
     * @throws IllegalStateException if no secret was given, if only Standard Webhooks is accepted
     *     and no secret is a Standard Webhooks secret, or if replay protection is on and the replay
     *     window set is shorter than twice the tolerance
     */
    public WebhookVerifier build() {
      if (keys.isEmpty()) {
        throw new IllegalStateException(
            "secrets: at least one secret is required; call secret(...) or secrets(...)");
      }
      if (!schemes.contains(SignatureScheme.GRADIANT)
          && keys.stream().noneMatch(SigningKey::hasStandardWebhooksKey)) {
        throw new IllegalStateException(
            "secrets: only Standard Webhooks is accepted, but no secret is a Standard Webhooks"
                + " secret (whsec_<base64>)");
      }
      if (seenEvents != SeenEventStore.none()
          && replayWindow != null
          && replayWindow.compareTo(tolerance.multipliedBy(2)) < 0) {
        throw new IllegalStateException(
            "replayWindow ("
                + replayWindow
                + ") must be at least twice the tolerance ("
                + tolerance
                + ")");
      }
      return new WebhookVerifier(this);
    }

    /** The window set, else the default stretched to cover the tolerance on both sides. */
    private Duration replayWindow() {
      if (replayWindow != null) {
        return replayWindow;
      }
      if (tolerance.compareTo(DEFAULT_REPLAY_WINDOW.dividedBy(2)) <= 0) {
        return DEFAULT_REPLAY_WINDOW;
      }
      return tolerance.compareTo(FOREVER.dividedBy(2)) < 0 ? tolerance.multipliedBy(2) : FOREVER;
    }
  }
}
