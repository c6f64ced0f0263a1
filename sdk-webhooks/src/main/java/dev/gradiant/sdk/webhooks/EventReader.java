package dev.gradiant.sdk.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.webhooks.internal.EventDataMapper;
import dev.gradiant.sdk.webhooks.internal.JsonApiFlattener;
import dev.gradiant.sdk.webhooks.internal.JsonFields;
import dev.gradiant.sdk.webhooks.internal.JsonPayload;
import dev.gradiant.sdk.webhooks.internal.PlainJson;
import java.time.Instant;

/** Reads a verified body, in either documented envelope, into a {@link WebhookEvent}. */
final class EventReader {
  private EventReader() {}

  static WebhookEvent read(
      byte[] body, SignatureScheme scheme, String deliveryId, String signatureKey) {
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
    String replayKey = deliveryId != null ? deliveryId : id != null ? id : signatureKey;
    WebhookEvent.Builder event =
        WebhookEvent.builder()
            .type(type)
            .data(EventDataMapper.map(type, data))
            .plainRawData(PlainJson.of(data))
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
