package dev.gradiant.sdk.wearables;

import java.util.Objects;

/**
 * Where a stopped batch goes on: its plan (the same chunks and keys) and its progress.
 *
 * @param plan the stopped call's plan
 * @param progress what its answered chunks came to
 */
record Resumption(IngestPlan plan, IngestProgress progress) {

  /**
   * @param stopped the exception the batch stopped with
   * @return where it goes on
   * @throws IllegalArgumentException if it holds no progress (it was deserialized)
   */
  static Resumption of(WearableIngestException stopped) {
    Objects.requireNonNull(stopped, "stopped must not be null");
    if (stopped.plan() == null || stopped.progress() == null) {
      throw new IllegalArgumentException(
          "stopped holds no progress (a deserialized WearableIngestException cannot be resumed)");
    }
    return new Resumption(stopped.plan(), stopped.progress());
  }
}
