package dev.gradiant.sdk.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.errors.ApiException;
import dev.gradiant.sdk.internal.json.Json;
import dev.gradiant.sdk.internal.redaction.PlainTextMask;
import dev.gradiant.sdk.internal.redaction.Redactor;
import java.io.IOException;

/**
 * The body excerpt an {@link ApiException} keeps as {@link ApiException#rawBody()}. An error body
 * may echo what the request sent (a 422 quoting the email address or a health condition), and apps
 * log {@code rawBody()}, so a JSON body is kept only in the form {@link Redactor} logs it, plus the
 * machine-readable error codes ({@code error.code}, {@code errors[].code}). Text that is not JSON
 * (an HTML page from a proxy, a {@code text/plain} message) is kept with its email addresses and
 * long digit runs masked ({@link PlainTextMask}); JSON that cannot be read becomes a size note.
 */
final class ErrorBodyExcerpt {
  private ErrorBodyExcerpt() {}

  static String of(byte[] body) {
    String text = ErrorMapper.rawText(body);
    String start = text.stripLeading();
    if (!(start.startsWith("{") || start.startsWith("[") || start.startsWith("\""))) {
      return PlainTextMask.mask(text);
    }
    JsonNode tree;
    try {
      tree = Json.mapper().readTree(body);
    } catch (IOException e) {
      return Redactor.body(body, "application/json");
    }
    JsonNode redacted = Redactor.tree(tree);
    keepCode(tree.path("error"), redacted.path("error"));
    JsonNode errors = tree.path("errors");
    for (int i = 0; i < errors.size(); i++) {
      keepCode(errors.path(i), redacted.path("errors").path(i));
    }
    return redacted.toString();
  }

  /** Puts the original {@code code} back where the allow-list masked it. */
  private static void keepCode(JsonNode original, JsonNode redacted) {
    JsonNode code = original.path("code");
    if (code.isTextual() && redacted instanceof ObjectNode copy) {
      copy.set("code", code);
    }
  }
}
