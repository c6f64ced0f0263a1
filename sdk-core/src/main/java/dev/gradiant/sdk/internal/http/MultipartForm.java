package dev.gradiant.sdk.internal.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * A {@code multipart/form-data} body: text fields and one file part whose bytes are streamed from
 * an {@link UploadContent} while the request is written ({@link UploadBody}). Built by a
 * sub-client, carried by {@link ApiRequest} and {@link HttpRequest}; the boundary is chosen once
 * per call, so every attempt writes the same framing. Its {@link #toString()} and {@link
 * #describe()} show the part names, the file's media type and size, never a field's value or the
 * file's name.
 */
public final class MultipartForm {
  private final Map<String, String> fields;
  private final String fileField;
  private final String fileName;
  private final MediaType fileType;
  private final UploadContent content;
  private final long maxBytes;
  private final ProgressSink progress;
  private final String boundary = IdempotencyKeys.next();

  private MultipartForm(Builder builder) {
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(builder.fields));
    this.fileField = Objects.requireNonNull(builder.fileField, "fileField");
    this.fileName = builder.fileName;
    this.fileType = builder.fileType;
    this.content = builder.content;
    this.maxBytes = builder.maxBytes;
    this.progress = builder.progress;
  }

  /**
   * @param fileField the name of the file part, e.g. {@code file}
   * @param fileName the file name sent in its {@code Content-Disposition}
   * @param fileType its media type, e.g. {@code application/pdf}
   * @param content where its bytes come from
   * @param maxBytes the most bytes the upload may carry: more stops it while writing
   * @return a builder for the other fields
   */
  public static Builder withFile(
      String fileField, String fileName, String fileType, UploadContent content, long maxBytes) {
    Builder builder = new Builder();
    builder.fileField = fileField;
    builder.fileName = fileName;
    builder.fileType = MediaType.get(fileType);
    builder.content = content;
    builder.maxBytes = maxBytes;
    return builder;
  }

  /** {@return the OkHttp body of one attempt, streaming the file as it is written} */
  RequestBody toRequestBody() {
    MultipartBody.Builder body = new MultipartBody.Builder(boundary).setType(MultipartBody.FORM);
    // The file first, as document 004 writes the form (file=@document.pdf&message=...).
    body.addFormDataPart(
        fileField, fileName, new UploadBody(content, fileType, maxBytes, progress));
    fields.forEach(body::addFormDataPart);
    return body.build();
  }

  /** {@return the {@code Content-Type} of the body, with its boundary} */
  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  /** {@return whether another attempt may send the body: its file can be read again} */
  public boolean canSendAgain() {
    return content.canSendAgain();
  }

  /** {@return what a log may show: parts, media type and size, no value, no file name} */
  public String describe() {
    long length = content.length();
    return "(multipart/form-data: "
        + fileField
        + " "
        + fileType
        + ", "
        + (length < 0 ? "size unknown" : length + " bytes")
        + (fields.isEmpty() ? "" : "; fields " + new java.util.TreeSet<>(fields.keySet()))
        + "; content not logged)";
  }

  @Override
  public String toString() {
    return "MultipartForm" + describe();
  }

  /** Collects the text fields of a {@link MultipartForm}. */
  public static final class Builder {
    private final Map<String, String> fields = new LinkedHashMap<>();
    private String fileField;
    private String fileName;
    private MediaType fileType;
    private UploadContent content;
    private long maxBytes;
    private ProgressSink progress = ProgressSink.NONE;

    private Builder() {}

    /**
     * Adds a text field; a {@code null} value is left out.
     *
     * @param name the field's name
     * @param value its value, or {@code null}
     * @return this builder
     */
    public Builder field(String name, String value) {
      if (value != null) {
        fields.put(name, value);
      }
      return this;
    }

    /**
     * @param progress hears how far the file part has been written
     * @return this builder
     */
    public Builder progress(ProgressSink progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /** {@return the form} */
    public MultipartForm build() {
      return new MultipartForm(this);
    }
  }
}
