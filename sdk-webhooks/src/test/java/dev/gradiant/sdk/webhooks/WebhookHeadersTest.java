package dev.gradiant.sdk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class WebhookHeadersTest {

  @Test
  void mapLookupIgnoresCaseAndSkipsNulls() {
    Map<String, String> raw = new HashMap<>();
    raw.put("Webhook-ID", "msg_1");
    raw.put(null, "HTTP/1.1 200 OK");
    raw.put("x-empty", null);

    WebhookHeaders headers = WebhookHeaders.of(raw);

    assertThat(headers.value("webhook-id")).contains("msg_1");
    assertThat(headers.value("WEBHOOK-ID")).contains("msg_1");
    assertThat(headers.value("x-empty")).isEmpty();
    assertThat(headers.value("absent")).isEmpty();
  }

  @Test
  void multiValuedHeadersAreJoinedWithASpace() {
    Map<String, List<String>> raw = new TreeMap<>();
    raw.put("webhook-signature", List.of("v1,a", "v1,b"));
    raw.put("Webhook-Signature", List.of("v1,c"));
    raw.put("x-none", null);

    WebhookHeaders headers = WebhookHeaders.ofLists(raw);

    assertThat(headers.value("webhook-signature")).contains("v1,c v1,a v1,b");
    assertThat(headers.value("x-none")).isEmpty();
  }

  @Test
  void lookupFunctionIsAskedAsSpelledThenInLowerCase() {
    Map<String, String> lowerOnly = Map.of("x-gradiant-signature", "abc");

    WebhookHeaders headers = WebhookHeaders.lookup(lowerOnly::get);

    assertThat(headers.value("X-Gradiant-Signature")).contains("abc");
    assertThat(headers.value("webhook-id")).isEmpty();
    assertThat(headers.toString()).isEqualTo("WebhookHeaders[lookup]");
  }

  @Test
  void blankValuesReadAsAbsent() {
    assertThat(WebhookHeaders.of(Map.of("webhook-id", " ")).value("webhook-id")).isEmpty();
  }

  @Test
  void toStringShowsNamesButNoValues() {
    WebhookHeaders headers =
        WebhookHeaders.of(Map.of("X-Gradiant-Signature", "deadbeef", "Content-Type", "a/b"));

    assertThat(headers.toString())
        .isEqualTo("WebhookHeaders[content-type, x-gradiant-signature]")
        .doesNotContain("deadbeef");
  }

  @Test
  void nullInputsAreRejected() {
    assertThatThrownBy(() -> WebhookHeaders.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> WebhookHeaders.ofLists(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> WebhookHeaders.lookup(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> WebhookHeaders.of(Map.of()).value(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
  }
}
