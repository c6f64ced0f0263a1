package dev.gradiant.sdk.testing.internal;

import dev.gradiant.sdk.testing.internal.Router.Security;

/** {@code GET /health}. */
final class HealthApi {
  private HealthApi() {}

  static void register(Router router) {
    router.add(
        "GET",
        "/health",
        Security.NONE,
        null,
        call ->
            call.ok(
                Json.object()
                    .put("status", "healthy")
                    .put("version", "1.0.0")
                    .put("timestamp", Times.format(call.now()))));
  }
}
