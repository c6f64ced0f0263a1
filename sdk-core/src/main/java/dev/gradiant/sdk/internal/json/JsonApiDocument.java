package dev.gradiant.sdk.internal.json;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A success body in the JSON:API form (document 004: {@code {"data": {"id", "type", "attributes",
 * "relationships"}, "meta": {…}}}, or {@code "data": [ … ]} for a list), rewritten into the
 * contract's envelope so that it binds to the same models exactly as a body sent in that envelope
 * would (the rewritten body is bound from its bytes, so that numbers, timestamps and free-form
 * content are read by the same code): each resource object is flattened (see {@link
 * JsonApiResource}), snake_case keys are renamed to the models' camelCase names (see {@link
 * ModelFieldNames}), and a list's {@code meta.total_count} and {@code meta.per_page} become {@code
 * total} and {@code limit} ({@code page} and {@code total_pages} are not read: the next page is
 * asked for by offset).
 *
 * <p>Two signals keep an ordinary body from being flattened: a resource object has no member
 * JSON:API does not allow there ({@link JsonApiResource#is}), so a model that has a {@code type}
 * and gains an {@code attributes} field is read as it is; and a body whose {@code meta} carries the
 * contract's {@code requestId} (document 004 writes {@code request_id}) is the contract's envelope,
 * never rewritten.
 *
 * <p>Only a body that {@linkplain #mayHoldResources mentions} {@code "attributes"} is parsed as a
 * tree; every other body is bound straight from its bytes, as before.
 */
public final class JsonApiDocument {
  private static final byte[] ATTRIBUTES = "\"attributes\"".getBytes(StandardCharsets.US_ASCII);

  private static final int[] SKIP = skipTable(ATTRIBUTES);

  /** Keeps numbers as written ({@code 75.10} stays {@code 75.10}) until they are bound. */
  private static final ObjectReader TREE_READER =
      Json.mapper()
          .reader()
          .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

  /**
   * Writes every number as the parser read it: {@code 1E+3} stays a float, so that free-form
   * content reads it as the same {@code Double} a plain body gives, and no exponent is expanded.
   */
  private static final ObjectWriter WRITER =
      Json.mapper().writer().without(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);

  private JsonApiDocument() {}

  /**
   * A cheap test, one pass over the bytes without parsing: {@code false} means the body holds no
   * JSON:API resource object; {@code true} means it may.
   *
   * @param body a response body
   * @return whether the body contains the member name {@code "attributes"}
   */
  public static boolean mayHoldResources(byte[] body) {
    // Horspool's search: the byte under the pattern's last position says how far the pattern can
    // move on, which for most bytes of a JSON body is its whole length, so a large list is scanned
    // about a twelfth of a byte at a time rather than byte by byte.
    int end = ATTRIBUTES.length - 1;
    for (int at = 0; at + end < body.length; at += SKIP[body[at + end] & 0xFF]) {
      if (matchesAt(body, at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAt(byte[] body, int at) {
    for (int j = ATTRIBUTES.length - 1; j >= 0; j--) {
      if (body[at + j] != ATTRIBUTES[j]) {
        return false;
      }
    }
    return true;
  }

  /** How far the pattern moves on, by the byte under its last position. */
  private static int[] skipTable(byte[] pattern) {
    int[] skip = new int[256];
    Arrays.fill(skip, pattern.length);
    for (int i = 0; i < pattern.length - 1; i++) {
      skip[pattern[i] & 0xFF] = pattern.length - 1 - i;
    }
    return skip;
  }

  /**
   * Parses {@code body} and, if its {@code data} is a resource object or an array holding one,
   * rewrites it into the contract's envelope.
   *
   * @param body a success body
   * @param envelopeType the type it will be bound to, {@code Envelope<T>} or {@code
   *     Envelope<List<T>>}; it decides which keys are renamed
   * @return the rewritten body, to bind with a reader for {@code envelopeType}; empty if {@code
   *     data} holds no resource object, in which case the body is not JSON:API and is to be bound
   *     as it is
   * @throws IOException if the body is not JSON
   */
  public static Optional<byte[]> rewrite(byte[] body, JavaType envelopeType) throws IOException {
    if (!(TREE_READER.readTree(body) instanceof ObjectNode document)
        || isContractEnvelope(document)
        || !flattenData(document)) {
      return Optional.empty();
    }
    JsonNode renamed = ModelFieldNames.rename(document, envelopeType);
    if (renamed.get("meta") instanceof ObjectNode meta) {
      moveIfAbsent(meta, "totalCount", "total");
      moveIfAbsent(meta, "perPage", "limit");
    }
    return Optional.of(WRITER.writeValueAsBytes(renamed));
  }

  /**
   * {@return whether {@code document} says it is the contract's envelope} The contract's {@code
   * meta} carries {@code requestId} in camelCase on every response; document 004's carries {@code
   * request_id}, or no {@code meta} at all. Nothing in such an envelope is flattened, whatever its
   * models hold.
   */
  private static boolean isContractEnvelope(ObjectNode document) {
    return document.path("meta").has("requestId");
  }

  /** Flattens the resource objects in {@code data}, and tells whether there was any. */
  private static boolean flattenData(ObjectNode document) {
    JsonNode data = document.get("data");
    if (JsonApiResource.is(data)) {
      document.set("data", JsonApiResource.flatten((ObjectNode) data));
      return true;
    }
    boolean found = false;
    if (data instanceof ArrayNode items) {
      for (int i = 0; i < items.size(); i++) {
        if (JsonApiResource.is(items.get(i))) {
          items.set(i, JsonApiResource.flatten((ObjectNode) items.get(i)));
          found = true;
        }
      }
    }
    return found;
  }

  private static void moveIfAbsent(ObjectNode meta, String from, String to) {
    JsonNode value = meta.remove(from);
    if (value != null && !meta.has(to)) {
      meta.set(to, value);
    }
  }
}
