package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.testing.internal.Router.Security;
import dev.gradiant.sdk.webhooks.WebhookSigner;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;

/**
 * {@code /webhooks}: registers HTTPS endpoints and their event types; the secret (generated as a
 * {@code whsec_} Standard Webhooks secret when none is sent) is answered only on creation.
 */
final class WebhookEndpointsApi {
  private final Store store;

  WebhookEndpointsApi(Store store) {
    this.store = store;
  }

  void register(Router router) {
    router.add("POST", "/webhooks", Security.API, null, this::create);
    router.add("GET", "/webhooks", Security.API, null, this::list);
    router.add("DELETE", "/webhooks/{id}", Security.API, null, this::delete);
  }

  private Reply create(Call call) {
    BodyReader body = BodyReader.of(call.jsonObject(), Set.of("url", "events", "secret"));
    String url = body.string("url", true, 1);
    if (url != null) {
      if (url.length() > 2048) {
        body.issue("url", "Must be at most 2048 characters");
      } else if (!url.startsWith("https://") || !hasHost(url)) {
        body.issue("url", "Must be an absolute https:// URL");
      }
    }
    List<String> events = body.strings("events", true, 1, true, Spec.WEBHOOK_EVENT_TYPES);
    String secret = body.string("secret", false, 1);
    if (secret != null) {
      try {
        WebhookSigner.of(secret);
      } catch (IllegalArgumentException e) {
        body.issue("secret", "Not a usable signing secret: " + e.getMessage());
      }
    }
    body.done();
    String id = store.ids.next("wh");
    ObjectNode endpoint = Json.object();
    endpoint.put("id", id);
    endpoint.put("url", url);
    endpoint.set("events", Json.valueOf(events));
    endpoint.put("createdAt", Times.format(call.now()));
    store.webhookEndpoints.put(id, endpoint);
    String actual = secret != null ? secret : store.ids.webhookSecret();
    store.webhookSecrets.put(id, actual);
    ObjectNode answer = endpoint.deepCopy();
    answer.put("secret", actual);
    return call.created(answer);
  }

  private static boolean hasHost(String url) {
    try {
      URI uri = new URI(url);
      return uri.getHost() != null && !uri.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private Reply list(Call call) {
    QueryReader query = new QueryReader(call);
    int limit = query.limit(20);
    int offset = query.offset();
    query.done();
    return Reply.json(200, call.page(List.copyOf(store.webhookEndpoints.values()), limit, offset));
  }

  private Reply delete(Call call) {
    String id = call.pathParam(0);
    if (store.webhookEndpoints.remove(id) == null) {
      throw ApiError.notFound("Webhook endpoint");
    }
    store.webhookSecrets.remove(id);
    return Reply.noContent();
  }
}
