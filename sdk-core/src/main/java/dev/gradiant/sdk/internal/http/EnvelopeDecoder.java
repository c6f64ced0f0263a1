package dev.gradiant.sdk.internal.http;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.gradiant.sdk.errors.ApiError;
import dev.gradiant.sdk.errors.MalformedResponseException;
import dev.gradiant.sdk.internal.json.Envelope;
import dev.gradiant.sdk.internal.json.JsonApiDocument;
import dev.gradiant.sdk.internal.json.JsonApiWatch;
import dev.gradiant.sdk.internal.redaction.PlainTextMask;
import dev.gradiant.sdk.internal.redaction.Redactor;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Reads a success body: the {@code {"data", "meta"}} envelope (also in its JSON:API form, see
 * {@link JsonApiDocument}), or a bare body. A body that does not fit becomes a {@link
 * MalformedResponseException} that names where it failed, never the value.
 */
final class EnvelopeDecoder {
  private EnvelopeDecoder() {}

  static <T> Envelope<T> decode(HttpRequest request, HttpResponse response, ObjectReader reader) {
    Envelope<T> envelope = read(request, response, reader, true);
    if (envelope.data() == null) {
      throw malformed(request, response, "the body has no \"data\"");
    }
    if (envelope.data() instanceof List<?> items) {
      int missing = items.indexOf(null);
      if (missing >= 0) {
        String requestId = envelope.meta() == null ? null : envelope.meta().requestId();
        throw malformed(request, response, "the item data[" + missing + "] is null", requestId);
      }
    }
    return envelope;
  }

  static <T> T decodeBody(HttpRequest request, HttpResponse response, ObjectReader reader) {
    return read(request, response, reader, false);
  }

  private static <T> T read(
      HttpRequest request, HttpResponse response, ObjectReader reader, boolean envelope) {
    String problem;
    try {
      T value = bind(response.body(), reader, envelope);
      if (value != null) {
        return value;
      }
      problem = "the body is empty";
    } catch (JsonMappingException e) {
      problem =
          e.getCause() instanceof StreamReadException
              ? "the body is not valid JSON"
              : RequiredFieldProblem.describe(e, path(e))
                  .orElse("the field " + path(e) + " does not match the documented schema");
    } catch (IOException e) {
      problem = "the body is not valid JSON";
    }
    throw malformed(request, response, problem);
  }

  /**
   * Binds {@code body} with {@code reader}. An envelope is bound straight from its bytes under a
   * {@link JsonApiWatch}: only a body the watch stops at (one that may be in the JSON:API form), or
   * that failed to bind, is looked at again ({@link #bindMaybeJsonApi}).
   */
  private static <T> T bind(byte[] body, ObjectReader reader, boolean envelope) throws IOException {
    if (body.length == 0) {
      return null;
    }
    if (!envelope) {
      return reader.readValue(body);
    }
    try {
      return JsonApiWatch.watching(reader).readValue(body);
    } catch (IOException | RuntimeException e) {
      if (!JsonApiWatch.stopped(e) && !JsonApiDocument.mayHoldResources(body)) {
        throw e; // what the plain reader would throw: it fails the same way
      }
    }
    return bindMaybeJsonApi(body, reader);
  }

  /**
   * Binds an envelope that may be in the JSON:API form: rewritten first if it {@linkplain
   * JsonApiDocument#mayHoldResources mentions} {@code "attributes"} and holds a resource object,
   * bound as it is otherwise.
   */
  private static <T> T bindMaybeJsonApi(byte[] body, ObjectReader reader) throws IOException {
    if (JsonApiDocument.mayHoldResources(body)) {
      Optional<byte[]> rewritten = JsonApiDocument.rewrite(body, reader.getValueType());
      if (rewritten.isPresent()) {
        return reader.readValue(rewritten.get());
      }
    }
    return reader.readValue(body);
  }

  private static MalformedResponseException malformed(
      HttpRequest request, HttpResponse response, String problem) {
    return malformed(request, response, problem, null);
  }

  private static MalformedResponseException malformed(
      HttpRequest request, HttpResponse response, String problem, String bodyRequestId) {
    ApiError error =
        ApiError.builder()
            .message("Could not read the response of " + request.describe() + ": " + problem)
            .build();
    return new MalformedResponseException(
        error, ResponseMetadataReader.read(response, bodyRequestId), excerpt(response));
  }

  /**
   * The body excerpt kept on a {@link MalformedResponseException}. A success body may hold secrets
   * (a webhook signing secret, tokens) or personal data, so anything that looks like JSON is kept
   * only in its redacted form; other bodies (an HTML page from a proxy) are kept as text, masked by
   * the same rule as an error body's ({@link PlainTextMask}).
   */
  private static String excerpt(HttpResponse response) {
    String text = ErrorMapper.rawText(response.body()).stripLeading();
    if (text.startsWith("{") || text.startsWith("[")) {
      return Redactor.body(response.body(), "application/json");
    }
    return PlainTextMask.mask(text);
  }

  /** {@code data.items[2].createdAt}: where decoding failed, without the offending value. */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "(root)" : path.toString();
  }
}
