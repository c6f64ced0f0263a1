package dev.gradiant.sdk.internal.http;

import java.io.IOException;

/**
 * Thrown while an upload's body is written when the SDK itself stops it: the source gave more bytes
 * than the limit or than it declared, reading it failed, or the progress listener threw. An {@link
 * IOException} so that OkHttp fails the call cleanly on both of its paths; {@link OkHttpTransport}
 * turns it into a {@link dev.gradiant.sdk.errors.ClientFailureException}, which is never retried.
 * Its message names no file name and no content.
 */
public final class UploadAbortedException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * @param reason why the upload stopped, e.g. "the progress listener threw"
   * @param cause what failed, or {@code null}
   */
  public UploadAbortedException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
