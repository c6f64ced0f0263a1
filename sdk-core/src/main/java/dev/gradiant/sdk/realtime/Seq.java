package dev.gradiant.sdk.realtime;

/**
 * The contract's range of a {@code seq} (AsyncAPI {@code Seq}): an event's is 1 to 2<sup>53</sup>-1
 * (exact in every JSON reader, JavaScript's included); a channel's position ({@code subscribed},
 * {@code resync_required}) may also be 0.
 */
final class Seq {
  /** The largest {@code seq}: 2<sup>53</sup>-1. */
  static final long MAX = (1L << 53) - 1;

  private Seq() {}

  /** {@return {@code seq}, the position of a durable event} */
  static long durable(long seq) {
    return check(seq, 1);
  }

  /** {@return {@code seq}, a channel's position: 0 when it has no event yet} */
  static long position(long seq) {
    return check(seq, 0);
  }

  private static long check(long seq, long min) {
    if (seq < min || seq > MAX) {
      throw new IllegalArgumentException("seq must be " + min + " to 2^53-1, got " + seq);
    }
    return seq;
  }
}
