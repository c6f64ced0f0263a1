package dev.gradiant.sdk.errors;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;

/**
 * What a {@link GradiantException} writes in place of a cause that Java serialization cannot write
 * (a credentials provider's exception holding a connection, say): an exception named after the
 * original's class, with the original's stack trace and a stand-in for each exception of the chain
 * below it. The original's message is not kept: it may hold secrets the SDK's own messages never
 * do.
 */
final class CauseStandIn extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** How deep a cause chain is followed; a longer (or circular) one is cut there. */
  private static final int MAX_DEPTH = 32;

  private CauseStandIn(Throwable original, int depth) {
    super(
        original.getClass().getName() + " (not serializable; its message is not kept)",
        depth >= MAX_DEPTH || original.getCause() == null
            ? null
            : new CauseStandIn(original.getCause(), depth + 1),
        false,
        true);
    setStackTrace(original.getStackTrace());
  }

  /**
   * {@return {@code cause} if Java serialization can write it, with every exception of its chain
   * and all they hold; else its stand-in; {@code null} for none}
   */
  static Throwable serializable(Throwable cause) {
    if (cause == null || isSerializable(cause)) {
      return cause;
    }
    return new CauseStandIn(cause, 0);
  }

  private static boolean isSerializable(Throwable cause) {
    try (ObjectOutputStream probe = new ObjectOutputStream(OutputStream.nullOutputStream())) {
      probe.writeObject(cause);
      return true;
    } catch (IOException | RuntimeException notSerializable) {
      return false;
    }
  }
}
