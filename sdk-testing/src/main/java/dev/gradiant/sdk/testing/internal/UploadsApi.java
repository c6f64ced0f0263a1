package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.testing.internal.Router.Security;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /conversations/{id}/files}: reads the {@code multipart/form-data} body as it arrives
 * ({@link MultipartReader}), counting the file's bytes and hashing them (SHA-256) without keeping
 * them. Past {@value ConversationsApi#MAX_FILE_SIZE} bytes it answers {@code 413 PAYLOAD_TOO_LARGE}
 * at once and reads no further; a missing or repeated {@code file}, a media type outside the
 * contract's list, a bad file name, a bad {@code message} or an unknown part is a {@code 422}.
 * Nothing is stored unless the whole form is valid. Each user may start 50 uploads in any hour, by
 * the sandbox's clock; the 51st is a {@code 429} with {@code Retry-After}.
 */
final class UploadsApi {
  /** Uploads per user per {@link #WINDOW}. */
  static final int UPLOADS_PER_WINDOW = 50;

  static final Duration WINDOW = Duration.ofHours(1);

  /** The contract's {@code AttachmentContentType}. */
  static final Set<String> CONTENT_TYPES =
      Set.of("application/pdf", "image/png", "image/jpeg", "text/plain");

  private static final int MAX_FILE_NAME = 255;

  private final Store store;

  UploadsApi(Store store) {
    this.store = store;
  }

  void register(Router router) {
    router.add("POST", "/conversations/{id}/files", Security.API, "write:messages", this::upload);
  }

  private Reply upload(Call call) {
    ObjectNode conversation = ConversationsApi.conversation(store, call);
    takeUpload(call.principal().userId(), call.now());
    StreamedBody streamed = call.streamed();
    String boundary = MultipartReader.boundary(call.header("Content-Type"));
    Form form;
    try {
      form = read(new MultipartReader(streamed, boundary), streamed);
    } catch (IOException e) {
      throw ApiError.badRequest("body", "The body could not be read to its end");
    }
    ObjectNode message =
        ConversationsApi.message(store, conversation.get("id").asText(), call, "file");
    if (form.message != null) {
      message.put("content", form.message);
    }
    message
        .putObject("attachment")
        .put("id", store.ids.next("att"))
        .put("fileName", form.fileName)
        .put("contentType", form.contentType)
        .put("size", form.size)
        .put("sha256", form.sha256);
    message.put("createdAt", Times.format(call.now()));
    ConversationsApi.post(store, message, call.now());
    return call.created(message);
  }

  /** Counts an upload of {@code userId}'s, or answers {@code 429} when the hour's are used. */
  private void takeUpload(String userId, Instant now) {
    Deque<Instant> recent = store.uploads.computeIfAbsent(userId, id -> new ArrayDeque<>());
    while (!recent.isEmpty() && !recent.peekFirst().plus(WINDOW).isAfter(now)) {
      recent.removeFirst();
    }
    if (recent.size() >= UPLOADS_PER_WINDOW) {
      long millis = Duration.between(now, recent.peekFirst().plus(WINDOW)).toMillis();
      throw new ApiError(
              429,
              "RATE_LIMIT_EXCEEDED",
              "File upload rate limit exceeded (" + UPLOADS_PER_WINDOW + " requests per hour)",
              null)
          .header("Retry-After", Long.toString(Math.max(1, (millis + 999) / 1000)));
    }
    recent.addLast(now);
  }

  /** What a valid form held. */
  private static final class Form {
    String fileName;
    String contentType;
    long size;
    String sha256;
    String message;
  }

  private static Form read(MultipartReader reader, StreamedBody streamed) throws IOException {
    Form form = new Form();
    List<ObjectNode> issues = new ArrayList<>();
    boolean sawFile = false;
    boolean sawMessage = false;
    Map<String, String> headers;
    while ((headers = reader.nextPart()) != null) {
      Disposition disposition = Disposition.parse(headers.get("content-disposition"));
      switch (disposition.name()) {
        case "file" -> {
          if (sawFile) {
            issues.add(ApiError.issue("file", "Only one file part is allowed"));
          }
          sawFile = true;
          int before = issues.size();
          form.fileName = fileName(disposition.fileName(), issues);
          form.contentType = contentType(headers.get("content-type"), issues);
          form.size = 0;
          form.sha256 = file(reader, streamed, issues.size() == before, form);
        }
        case "message" -> {
          if (sawMessage) {
            issues.add(ApiError.issue("message", "Only one message part is allowed"));
          }
          sawMessage = true;
          String type = headers.get("content-type");
          if (type != null && !essence(type).equals("text/plain")) {
            issues.add(ApiError.issue("message", "Content-Type must be text/plain"));
          }
          form.message = text(reader, issues);
        }
        default -> issues.add(ApiError.issue(disposition.name(), "Unknown field"));
      }
    }
    if (!sawFile) {
      issues.add(ApiError.issue("file", "Required"));
    }
    if (!issues.isEmpty()) {
      throw ApiError.invalid(422, issues);
    }
    return form;
  }

  /** Streams the file part: counts, hashes (when {@code keep}) and stops past the limit. */
  private static String file(MultipartReader reader, StreamedBody streamed, boolean keep, Form form)
      throws IOException {
    MessageDigest digest = sha256();
    byte[] chunk = new byte[8192];
    long size = 0;
    for (int n; (n = reader.read(chunk, 0, chunk.length)) >= 0; ) {
      size += n;
      if (size > ConversationsApi.MAX_FILE_SIZE) {
        streamed.abandon();
        throw StreamedBody.tooLarge(
            "file",
            ConversationsApi.MAX_FILE_SIZE,
            "The file is larger than " + ConversationsApi.MAX_FILE_SIZE + " bytes");
      }
      if (keep) {
        digest.update(chunk, 0, n);
      }
    }
    form.size = size;
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String text(MultipartReader reader, List<ObjectNode> issues) throws IOException {
    String text = reader.readText(ConversationsApi.MAX_TEXT * 4);
    int length = text == null ? 0 : text.codePointCount(0, text.length());
    if (text == null || length > ConversationsApi.MAX_TEXT) {
      issues.add(
          ApiError.issue(
              "message",
              "Must be UTF-8 text of at most " + ConversationsApi.MAX_TEXT + " characters"));
      return null;
    }
    if (length == 0) {
      issues.add(ApiError.issue("message", "Must not be empty"));
      return null;
    }
    return text;
  }

  private static String fileName(String name, List<ObjectNode> issues) {
    if (name == null) {
      issues.add(ApiError.issue("file", "The part's Content-Disposition must carry a filename"));
      return null;
    }
    int length = name.codePointCount(0, name.length());
    if (length < 1 || length > MAX_FILE_NAME) {
      issues.add(ApiError.issue("file", "The filename must be 1 to 255 characters"));
      return null;
    }
    if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
      issues.add(ApiError.issue("file", "The filename must not contain / or \\"));
      return null;
    }
    return name;
  }

  private static String contentType(String given, List<ObjectNode> issues) {
    String type = given == null ? null : essence(given);
    if (type == null || !CONTENT_TYPES.contains(type)) {
      issues.add(
          ApiError.issue(
              "file",
              "Content-Type must be one of " + String.join(", ", Spec.sorted(CONTENT_TYPES))));
      return null;
    }
    return type;
  }

  private static String essence(String mediaType) {
    int semicolon = mediaType.indexOf(';');
    return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
