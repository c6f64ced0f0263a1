package dev.gradiant.sdk.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.gradiant.sdk.webhooks.SeenEventStore;
import dev.gradiant.sdk.webhooks.SignatureScheme;
import dev.gradiant.sdk.webhooks.WebhookEvent;
import dev.gradiant.sdk.webhooks.WebhookHeaders;
import dev.gradiant.sdk.webhooks.WebhookSigner;
import dev.gradiant.sdk.webhooks.WebhookVerifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Verifying a Gradiant-signed delivery ({@code X-Gradiant-Signature}: hex HMAC-SHA256 of the raw
 * body) of 1 KiB and 64 KiB. The SDK's {@link WebhookVerifier} is given the headers as a server
 * hands them over (a map, wrapped per delivery); the raw baseline is {@code javax.crypto.Mac} and a
 * constant-time compare of the hex, written by hand. With the body read too, there are two raw
 * baselines: {@code verify_raw} reads it into a Jackson tree, {@code verify_rawTyped} (the one the
 * SDK is held to) into a class with the same fields as the SDK's event ({@link RawEvent}: id, type,
 * creation time, and the data's session id, completion time and the rest of its fields), with a
 * plain {@code ObjectMapper} and jackson-datatype-jsr310 for the timestamps, as an application
 * would write it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WebhookBenchmark {
  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final String ALGORITHM = "HmacSHA256";
  private static final HexFormat HEX = HexFormat.of();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectReader TYPED =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build()
          .readerFor(RawEvent.class);

  /** The body's size in bytes: 1 KiB or 64 KiB. */
  @Param({"1024", "65536"})
  public int size;

  private byte[] body;
  private Map<String, String> headers;
  private WebhookVerifier verifier;
  private SecretKeySpec key;
  private Mac mac;

  /**
   * Signs a {@code session.completed} delivery of exactly {@link #size} bytes.
   *
   * @throws GeneralSecurityException never: every JVM has HmacSHA256
   * @throws IOException never: the typed baseline reads the payload
   */
  @Setup(Level.Trial)
  public void sign() throws GeneralSecurityException, IOException {
    body = payload(size);
    headers = WebhookSigner.of(SECRET).sign(body, SignatureScheme.GRADIANT);
    // The benchmark verifies one delivery over and over, which replay protection (on by default)
    // would reject as a duplicate after the first time; the raw baseline has none either.
    verifier =
        WebhookVerifier.builder().secret(SECRET).seenEventStore(SeenEventStore.none()).build();
    key = new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    mac = Mac.getInstance(ALGORITHM);
    mac.init(key);
    if (!verifySignature_raw() || !verifySignature_rawNewMac()) {
      throw new IllegalStateException("The raw baseline rejects the signed payload");
    }
    WebhookEvent event = verifier.verify(body, WebhookHeaders.of(headers));
    RawEvent typed = verify_rawTyped();
    if (!event.id().orElseThrow().equals(typed.id())
        || !event.createdAt().orElseThrow().equals(typed.createdAt())
        || !event.rawData().get("summary").equals(typed.data().summary())) {
      throw new IllegalStateException("The SDK and the typed baseline read the event apart");
    }
  }

  /** {@return the SDK: the signature only} */
  @Benchmark
  public SignatureScheme verifySignature_sdk() {
    return verifier.verifySignature(body, WebhookHeaders.of(headers));
  }

  /** {@return raw: one {@link Mac} kept per thread, hex compared in constant time} */
  @Benchmark
  public boolean verifySignature_raw() {
    return matches(mac.doFinal(body));
  }

  /**
   * @return raw as often written: a new {@link Mac} for each delivery
   * @throws GeneralSecurityException never
   */
  @Benchmark
  public boolean verifySignature_rawNewMac() throws GeneralSecurityException {
    Mac perCall = Mac.getInstance(ALGORITHM);
    perCall.init(key);
    return matches(perCall.doFinal(body));
  }

  /** {@return the SDK: the signature, then the body read into a typed event} */
  @Benchmark
  public WebhookEvent verify_sdk() {
    return verifier.verify(body, WebhookHeaders.of(headers));
  }

  /**
   * @return raw: the signature, then the body read into a Jackson tree
   * @throws IOException never here
   */
  @Benchmark
  public JsonNode verify_raw() throws IOException {
    if (!matches(mac.doFinal(body))) {
      throw new IllegalStateException("Bad signature");
    }
    return MAPPER.readTree(body);
  }

  /**
   * @return raw: the signature, then the body read into a class with the event's fields
   * @throws IOException never here
   */
  @Benchmark
  public RawEvent verify_rawTyped() throws IOException {
    if (!matches(mac.doFinal(body))) {
      throw new IllegalStateException("Bad signature");
    }
    return TYPED.readValue(body);
  }

  /**
   * A webhook event as an application would declare it for Jackson: the fields the SDK's {@link
   * WebhookEvent} reads.
   *
   * @param id the event id
   * @param type the event type
   * @param createdAt when the event happened
   * @param data the session's fields
   */
  public record RawEvent(String id, String type, Instant createdAt, RawSessionData data) {}

  /**
   * The data of a {@code session.*} event: the two fields the SDK types, and the rest of the object
   * (the SDK keeps all of it as {@link WebhookEvent#rawData()}).
   *
   * @param sessionId the session's id
   * @param completedAt when it was completed
   * @param summary the free text of the payload
   */
  public record RawSessionData(String sessionId, Instant completedAt, String summary) {}

  private boolean matches(byte[] expected) {
    String provided = headers.get("X-Gradiant-Signature");
    return MessageDigest.isEqual(
        HEX.formatHex(expected).getBytes(StandardCharsets.US_ASCII),
        provided.getBytes(StandardCharsets.US_ASCII));
  }

  /** A {@code session.completed} event padded with a summary to exactly {@code size} bytes. */
  static byte[] payload(int size) {
    String head =
        "{\"id\":\"evt_01HQ7Z9K3M\",\"type\":\"session.completed\",\"createdAt\":"
            + "\"2026-03-21T10:30:00Z\",\"data\":{\"sessionId\":\"sess_0000000042\","
            + "\"completedAt\":\"2026-03-21T10:29:58Z\",\"summary\":\"";
    String tail = "\"}}";
    int padding = size - head.length() - tail.length();
    if (padding < 0) {
      throw new IllegalArgumentException("size too small: " + size);
    }
    StringBuilder json = new StringBuilder(size).append(head);
    String words = "The participant completed all phases of the session. ";
    while (json.length() < head.length() + padding) {
      json.append(words, 0, Math.min(words.length(), head.length() + padding - json.length()));
    }
    return json.append(tail).toString().getBytes(StandardCharsets.UTF_8);
  }
}
