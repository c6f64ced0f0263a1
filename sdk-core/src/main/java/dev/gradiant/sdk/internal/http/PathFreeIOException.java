package dev.gradiant.sdk.internal.http;

import java.io.IOException;

/**
 * Stands in for an {@link IOException} about the caller's file, without its message or causes: a
 * file system's message names the file ({@code NoSuchFileException: /home/…/jane-roe-biopsy.pdf}),
 * and a file's name or folder can be personal data. It names the original's class, and keeps its
 * stack trace.
 */
public final class PathFreeIOException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * @param action what failed, e.g. {@code "opening the file"}
   * @param original the failure, whose message and causes are not kept
   */
  public PathFreeIOException(String action, IOException original) {
    super(
        action
            + " failed with "
            + original.getClass().getName()
            + " (its message, which may name the file, is not kept)");
    setStackTrace(original.getStackTrace());
  }
}
