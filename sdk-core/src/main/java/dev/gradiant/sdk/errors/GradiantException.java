package dev.gradiant.sdk.errors;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Optional;

/**
 * Root of every exception the SDK throws for a failed call: an error answer from the API ({@link
 * ApiException} and its subclasses), no answer at all ({@link ConnectionException}, {@link
 * ApiTimeoutException}), or an unexpected failure inside the client ({@link
 * ClientFailureException}). Invalid arguments are reported earlier, before anything is sent, with
 * {@link IllegalArgumentException} or {@link NullPointerException} naming the field.
 */
public class GradiantException extends RuntimeException {
  private static final long serialVersionUID = 2L;

  /** How many HTTP attempts the call made before failing. */
  private final int attempts;

  /** Why the last retry was made, or {@code null}. */
  private final String retryReason;

  /**
   * The underlying failure, or {@code null}: kept here rather than in {@link Throwable}'s own
   * field, so that serialization can write a stand-in for a cause that is not serializable (see
   * {@link #writeObject}). Assigned once, by the constructor or {@link #readObject}.
   */
  private transient Throwable cause;

  /**
   * A failure at the first attempt.
   *
   * @param message what went wrong, without secrets or personal data
   * @param cause the underlying failure, or {@code null}
   */
  public GradiantException(String message, Throwable cause) {
    this(message, cause, 1, null);
  }

  /**
   * A failure after {@code attempts} attempts.
   *
   * @param message what went wrong, without secrets or personal data
   * @param cause the underlying failure, or {@code null}
   * @param attempts how many HTTP attempts the call made (at least 1)
   * @param retryReason why the last retry was made, or {@code null} without retries
   */
  public GradiantException(String message, Throwable cause, int attempts, String retryReason) {
    super(message, null);
    this.cause = cause;
    this.attempts = attempts;
    this.retryReason = retryReason;
  }

  /**
   * {@return the underlying failure, or {@code null}} After Java serialization, a cause that could
   * not be serialized (it, or an exception in its chain, holds something that is not serializable)
   * is a stand-in of the same name: its message names the original's class, never the original's
   * message (which may hold secrets), and it keeps the original's stack trace and the chain below.
   */
  @Override
  public Throwable getCause() {
    return cause;
  }

  /**
   * Writes the fields, then the cause as it is if it can be serialized, else its stand-in.
   *
   * @param out the stream
   * @throws IOException if writing fails
   */
  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    out.writeObject(CauseStandIn.serializable(cause));
  }

  /**
   * Reads what {@link #writeObject} wrote.
   *
   * @param in the stream
   * @throws IOException if reading fails
   * @throws ClassNotFoundException if the cause's class is not on the class path
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    Object written = in.readObject();
    if (written != null && !(written instanceof Throwable)) {
      throw new InvalidObjectException("the cause is not a Throwable");
    }
    cause = (Throwable) written;
  }

  /**
   * {@return how many attempts the call made before failing (1 without retries)} Every request sent
   * counts, and so does every attempt that ended before sending (its credentials could not be
   * obtained or renewed, or the rate limit refused to wait), as for {@code
   * ResponseMetadata.attempts()}. A failure of the credentials that ends the call reports the
   * call's attempts, not those of the token endpoint call that failed.
   */
  public int attempts() {
    return attempts;
  }

  /** {@return why the last retry was made, if the call was retried} */
  public Optional<String> retryReason() {
    return Optional.ofNullable(retryReason);
  }
}
