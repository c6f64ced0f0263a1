package dev.gradiant.sdk.webhooks.internal;

import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.MALFORMED_PAYLOAD;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.webhooks.WebhookVerificationException;
import java.io.IOException;

/**
 * Reads a verified body into a JSON tree: numbers with a fraction stay exact {@code BigDecimal}s,
 * duplicate keys and trailing content are errors, and a failure names the position but never quotes
 * the payload, which may hold personal data.
 */
public final class JsonPayload {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private JsonPayload() {}

  /**
   * Parses a body that must be one JSON object.
   *
   * @param body the raw body
   * @return the object
   * @throws WebhookVerificationException with reason {@code MALFORMED_PAYLOAD} if the body is
   *     empty, not JSON, or not an object
   */
  public static ObjectNode parseObject(byte[] body) {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw malformed("The verified webhook body is not valid JSON" + where);
    } catch (IOException e) {
      throw malformed("The verified webhook body could not be read as JSON");
    }
    if (root == null || root.isMissingNode()) {
      throw malformed("The verified webhook body is empty; expected a JSON object");
    }
    if (!root.isObject()) {
      throw malformed(
          "The verified webhook body must be a JSON object, not " + JsonFields.kind(root));
    }
    return (ObjectNode) root;
  }

  static WebhookVerificationException malformed(String message) {
    return new WebhookVerificationException(MALFORMED_PAYLOAD, message);
  }
}
