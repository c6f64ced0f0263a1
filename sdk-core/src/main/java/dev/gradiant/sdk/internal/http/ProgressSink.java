package dev.gradiant.sdk.internal.http;

/** Hears how far an upload's file part has been written; called on the writing thread. */
@FunctionalInterface
public interface ProgressSink {
  /** Reports nothing. */
  ProgressSink NONE = (sent, total) -> {};

  /**
   * @param sent the bytes of the file written so far in this attempt
   * @param total the file's size, or {@code -1} when unknown
   */
  void sent(long sent, long total);
}
