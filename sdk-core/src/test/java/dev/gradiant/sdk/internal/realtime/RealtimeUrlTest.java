package dev.gradiant.sdk.internal.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * The feed's URL: production by default, the base URL's host for self-hosted deployments and the
 * sandbox, the builder's root when given; plain {@code ws} only to loopback; the contract's path.
 */
class RealtimeUrlTest {
  private static final HttpUrl PRODUCTION = HttpUrl.get("https://api.gradiant.dev/v1");

  @Test
  void theProductionApiUsesTheProductionRealtimeHost() {
    HttpUrl feed = RealtimeUrl.feed(null, PRODUCTION);

    assertThat(RealtimeUrl.display(feed)).isEqualTo("wss://ws.gradiant.dev/v1/realtime");
  }

  @Test
  void anyOtherBaseUrlServesTheFeedOnItsOwnHostAndPath() {
    assertThat(
            RealtimeUrl.display(
                RealtimeUrl.feed(null, HttpUrl.get("https://gradiant.clinic.example/api/v1"))))
        .isEqualTo("wss://gradiant.clinic.example/api/v1/realtime");
    assertThat(RealtimeUrl.display(RealtimeUrl.feed(null, HttpUrl.get("http://127.0.0.1:8080/v1"))))
        .isEqualTo("ws://127.0.0.1:8080/v1/realtime");
  }

  @Test
  void aGivenRootIsUsedAndPlainWsOnlyToLoopback() {
    assertThat(RealtimeUrl.display(RealtimeUrl.feed("wss://rt.clinic.example/v1/", PRODUCTION)))
        .isEqualTo("wss://rt.clinic.example/v1/realtime");
    assertThat(RealtimeUrl.display(RealtimeUrl.feed("ws://localhost:9000/v1", PRODUCTION)))
        .isEqualTo("ws://localhost:9000/v1/realtime");
    assertThatThrownBy(() -> RealtimeUrl.feed("ws://rt.clinic.example/v1", PRODUCTION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("realtimeUrl");
    assertThatThrownBy(() -> RealtimeUrl.feed("https://rt.clinic.example/v1", PRODUCTION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ws://");
    assertThatThrownBy(() -> RealtimeUrl.feed("wss://rt.clinic.example/v1?token=x", PRODUCTION))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
