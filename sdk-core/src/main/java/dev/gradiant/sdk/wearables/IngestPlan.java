package dev.gradiant.sdk.wearables;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * How one {@code ingest} call cuts the caller's samples into requests, fixed before the first is
 * sent: each chunk's range of the caller's list and its {@code Idempotency-Key}. The plan outlives
 * a failure ({@link WearableIngestException}), so that {@code resume} sends the failed chunk again
 * under the same key, and the server answers it from its idempotency store if the lost attempt was
 * carried out.
 *
 * @param userId the user the samples belong to
 * @param samples the caller's samples
 * @param chunks the requests, in order
 */
record IngestPlan(String userId, List<WearableSample> samples, List<Chunk> chunks) {
  /** The longest idempotency key the contract takes. */
  private static final int MAX_KEY = 255;

  /** How many hex digits of the user id's hash a derived key carries (48 bits). */
  private static final int USER_HASH = 12;

  /**
   * One request of the plan.
   *
   * @param from the index of its first sample in the caller's list
   * @param to one past the index of its last sample
   * @param idempotencyKey the key it is sent with, on every attempt
   */
  record Chunk(int from, int to, String idempotencyKey) {}

  /**
   * @param userId the user
   * @param params the samples and chunk size
   * @param callersKey the key the caller gave for the whole batch, or null: each chunk's key is
   *     then derived from it, the user and the chunk's range ({@code <key>:<user>:<from>-<to>},
   *     {@code <user>} the first {@value #USER_HASH} hex digits of the SHA-256 of the user id, so
   *     the same batch key used for two users never names the same request, and the id itself is
   *     not repeated in a header), so that re-running the same batch with the same key after a
   *     crash replays the chunks already stored; without it, random keys
   * @return the plan
   */
  static IngestPlan of(String userId, WearableIngestParams params, String callersKey) {
    List<WearableSample> samples = params.samples();
    List<Chunk> chunks = new ArrayList<>();
    String user = callersKey == null ? null : sha256(userId).substring(0, USER_HASH);
    for (int from = 0; from < samples.size(); from += params.chunkSize()) {
      int to = Math.min(from + params.chunkSize(), samples.size());
      String key =
          callersKey == null ? UUID.randomUUID().toString() : derived(callersKey, user, from, to);
      chunks.add(new Chunk(from, to, key));
    }
    return new IngestPlan(userId, samples, List.copyOf(chunks));
  }

  private static String derived(String callersKey, String user, int from, int to) {
    String suffix = ":" + user + ":" + from + "-" + to;
    String base =
        callersKey.length() + suffix.length() <= MAX_KEY ? callersKey : sha256(callersKey);
    return base + suffix;
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /** {@return the samples of chunk {@code i}} */
  List<WearableSample> samplesOf(int i) {
    Chunk chunk = chunks.get(i);
    return samples.subList(chunk.from(), chunk.to());
  }
}
