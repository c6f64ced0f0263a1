package dev.gradiant.sdk.conversations;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.MediaType;

/**
 * The contract's limits on an uploaded file ({@code FileUpload} in the spec): its size, its media
 * types, its name, and the media type the SDK infers from a file name's extension.
 */
final class UploadLimits {
  static final List<String> CONTENT_TYPES =
      List.of("application/pdf", "image/png", "image/jpeg", "text/plain");

  private static final Map<String, String> BY_EXTENSION =
      Map.of(
          "pdf", "application/pdf",
          "png", "image/png",
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg",
          "txt", "text/plain");

  private static final int MAX_FILE_NAME = 255;

  private UploadLimits() {}

  /**
   * @param size the file's size in bytes
   * @throws IllegalArgumentException if it is over {@link FileUploadParams#MAX_FILE_SIZE}
   */
  static long size(long size) {
    if (size > FileUploadParams.MAX_FILE_SIZE) {
      throw new IllegalArgumentException(
          "file is "
              + size
              + " bytes, over the upload limit of "
              + FileUploadParams.MAX_FILE_SIZE
              + " bytes (25 MiB)");
    }
    if (size < 0) {
      throw new IllegalArgumentException("file length must not be negative, got " + size);
    }
    return size;
  }

  /**
   * @param given the media type set by the caller
   * @return it, checked to be one of {@link #CONTENT_TYPES} (parameters such as {@code charset}
   *     allowed)
   */
  static String contentType(String given) {
    MediaType parsed = MediaType.parse(given);
    if (parsed == null || !CONTENT_TYPES.contains(essence(parsed))) {
      throw new IllegalArgumentException(
          "contentType must be one of " + CONTENT_TYPES + ", got " + quoteSafely(given));
    }
    return given.strip();
  }

  /**
   * @param fileName the file's name
   * @return the media type its extension names
   * @throws IllegalArgumentException if the extension names none of {@link #CONTENT_TYPES}
   */
  static String contentTypeOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String type =
        dot < 0 ? null : BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    if (type == null) {
      throw new IllegalArgumentException(
          "contentType is required: the file name's extension is not one of .pdf, .png, .jpg,"
              + " .jpeg, .txt; set one of "
              + CONTENT_TYPES);
    }
    return type;
  }

  /**
   * @param fileName the name to send
   * @return it, checked: 1 to 255 characters, no path separator, no control character; the message
   *     never quotes it (it is personal data)
   */
  static String fileName(String fileName) {
    if (fileName.isBlank()) {
      throw new IllegalArgumentException("fileName must not be blank");
    }
    int length = fileName.codePointCount(0, fileName.length());
    if (length > MAX_FILE_NAME) {
      throw new IllegalArgumentException(
          "fileName must be at most " + MAX_FILE_NAME + " characters, got " + length);
    }
    for (int i = 0; i < fileName.length(); i++) {
      char c = fileName.charAt(i);
      if (c == '/' || c == '\\' || Character.isISOControl(c)) {
        throw new IllegalArgumentException(
            "fileName must be a bare name: no '/', '\\' or control character");
      }
    }
    return fileName;
  }

  private static String essence(MediaType type) {
    return (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
  }

  /** A media type is not personal data, but keep the message short and printable. */
  private static String quoteSafely(String given) {
    String shown = given.length() > 100 ? given.substring(0, 100) + "…" : given;
    return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
  }
}
