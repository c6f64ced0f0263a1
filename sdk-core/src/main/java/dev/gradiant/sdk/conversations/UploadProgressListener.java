package dev.gradiant.sdk.conversations;

/**
 * Hears how far a file upload has gone. It is called on the thread that writes the request (the
 * caller's for a blocking call, one of OkHttp's for an asynchronous one) after each chunk of the
 * file (8 KiB at most) is handed to the connection, so keep it quick and never block in it.
 *
 * <p>A retried upload (a file or byte array whose attempt failed) starts again from 0. If the
 * listener throws, the upload stops at once: the call fails with a {@link
 * dev.gradiant.sdk.errors.ClientFailureException} whose cause is what the listener threw, and it is
 * not retried.
 */
@FunctionalInterface
public interface UploadProgressListener {
  /**
   * @param bytesSent the bytes of the file written so far in this attempt (the multipart framing
   *     and the {@code message} part are not counted)
   * @param totalBytes the file's size, or {@code -1} for an {@code InputStream} of unknown length
   */
  void onProgress(long bytesSent, long totalBytes);
}
