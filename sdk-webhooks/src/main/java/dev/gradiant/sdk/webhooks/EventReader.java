package dev.gradiant.sdk.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.webhooks.internal.EventDataMapper;
import dev.gradiant.sdk.webhooks.internal.JsonApiFlattener;
import dev.gradiant.sdk.webhooks.internal.JsonFields;
import dev.gradiant.sdk.webhooks.internal.JsonPayload;
import dev.gradiant.sdk.webhooks.internal.PlainJson;
import java.time.Instant;
import java.util.HexFormat;

/** Reads a verified body, in either documented envelope, into a {@link WebhookEvent}. */
final class EventReader {
  private static final HexFormat HEX = HexFormat.of();

  private EventReader() {}

  /**
   * @param body the verified body
   * @param scheme the scheme that verified it
   * @param deliveryId the Standard Webhooks delivery id, or {@code null}
   * @param signature the matching Gradiant signature, or {@code null}: the replay key of a delivery
   *     with neither a delivery id nor an event id ({@code sha256:<hex>}), formatted only then
   * @return the event
   */
  static WebhookEvent read(
      byte[] body, SignatureScheme scheme, String deliveryId, byte[] signature) {
    ObjectNode root = JsonPayload.parseObject(body);
    JsonFields envelope = new JsonFields(root, "event");
    String typeName = envelope.text("type");
    if (typeName == null) {
      typeName = envelope.text("event");
    }
    if (typeName == null || typeName.isBlank()) {
      throw new WebhookVerificationException(
          WebhookVerificationException.Reason.MALFORMED_PAYLOAD,
          "The verified webhook body has no event type: expected a \"type\" (or \"event\")"
              + " string");
    }
    EventType type = EventType.of(typeName);
    ObjectNode data = JsonApiFlattener.flatten(dataObject(root));
    String id = envelope.text("id");
    String replayKey = deliveryId != null ? deliveryId : id != null ? id : signatureKey(signature);
    WebhookEvent.Builder event =
        WebhookEvent.builder()
            .type(type)
            .data(EventDataMapper.map(type, data))
            .rawDataFrom(() -> PlainJson.of(data))
            .scheme(scheme)
            .replayKey(replayKey);
    Instant createdAt = envelope.instant("createdAt");
    if (id != null) {
      event.id(id);
    }
    if (createdAt != null) {
      event.createdAt(createdAt);
    }
    if (deliveryId != null) {
      event.deliveryId(deliveryId);
    }
    return event.build();
  }

  private static String signatureKey(byte[] signature) {
    return signature == null ? null : "sha256:" + HEX.formatHex(signature);
  }

  private static ObjectNode dataObject(ObjectNode root) {
    JsonNode data = root.get("data");
    if (data == null || data.isNull()) {
      return root.objectNode();
    }
    if (!data.isObject()) {
      throw new WebhookVerificationException(
          WebhookVerificationException.Reason.MALFORMED_PAYLOAD,
          "event.data must be a JSON object, but is " + JsonFields.kind(data));
    }
    return (ObjectNode) data;
  }
}
