package dev.gradiant.sdk.hostile;

import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An {@link InputStream} of {@code length} bytes of {@code 'x'}, produced as they are read and
 * counted: nothing is held, so a test can tell how far ahead of the wire the SDK reads.
 */
final class LazyBytes extends InputStream {
  static final byte BYTE = 'x';

  private final long length;
  private final AtomicLong produced = new AtomicLong();

  LazyBytes(long length) {
    this.length = length;
  }

  long produced() {
    return produced.get();
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0];
  }

  @Override
  public int read(byte[] buffer, int offset, int count) {
    long left = length - produced.get();
    if (left <= 0) {
      return -1;
    }
    int n = (int) Math.min(count, left);
    Arrays.fill(buffer, offset, offset + n, BYTE);
    produced.addAndGet(n);
    return n;
  }
}
