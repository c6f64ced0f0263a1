package dev.gradiant.sdk.internal.http;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.gradiant.sdk.errors.ApiError;
import dev.gradiant.sdk.errors.MalformedResponseException;
import dev.gradiant.sdk.internal.json.Envelope;
import dev.gradiant.sdk.internal.logging.Redactor;
import java.io.IOException;
import java.util.List;

/**
 * Reads a success body: the {@code {"data", "meta"}} envelope, or a bare body. A body that does not
 * fit becomes a {@link MalformedResponseException} that names where it failed, never the value.
 */
final class EnvelopeDecoder {
  private EnvelopeDecoder() {}

  static <T> Envelope<T> decode(HttpRequest request, HttpResponse response, ObjectReader reader) {
    Envelope<T> envelope = decodeBody(request, response, reader);
    if (envelope.data() == null) {
      throw malformed(request, response, "the body has no \"data\"");
    }
    return envelope;
  }

  static <T> T decodeBody(HttpRequest request, HttpResponse response, ObjectReader reader) {
    String problem;
    try {
      T value = response.body().length == 0 ? null : reader.readValue(response.body());
      if (value != null) {
        return value;
      }
      problem = "the body is empty";
    } catch (JsonMappingException e) {
      problem =
          e.getCause() instanceof StreamReadException
              ? "the body is not valid JSON"
              : "the field " + path(e) + " does not match the documented schema";
    } catch (IOException e) {
      problem = "the body is not valid JSON";
    }
    throw malformed(request, response, problem);
  }

  private static MalformedResponseException malformed(
      HttpRequest request, HttpResponse response, String problem) {
    ApiError error =
        new ApiError(
            null,
            "Could not read the response of " + request.describe() + ": " + problem,
            null,
            List.of());
    return new MalformedResponseException(
        error, ResponseMetadataReader.read(response, null), excerpt(response));
  }

  /**
   * The body excerpt kept on a {@link MalformedResponseException}. A success body may hold secrets
   * (a webhook signing secret, tokens) or personal data, so anything that looks like JSON is kept
   * only in its redacted form; other bodies (an HTML page from a proxy) are kept as text.
   */
  private static String excerpt(HttpResponse response) {
    String text = ErrorMapper.rawText(response.body()).stripLeading();
    if (text.startsWith("{") || text.startsWith("[")) {
      return Redactor.body(response.body(), "application/json");
    }
    return text;
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
