package dev.gradiant.sdk.core;

import dev.gradiant.sdk.internal.validation.CredentialText;
import java.util.Map;

/** {@code X-API-Key: <key>}. */
final class ApiKey implements Credentials {
  private final Map<String, String> headers;

  ApiKey(String key) {
    this.headers = Map.of("X-API-Key", CredentialText.require("apiKey", key));
  }

  @Override
  public Map<String, String> authHeaders() {
    return headers;
  }

  @Override
  public String toString() {
    return "Credentials.apiKey(****)";
  }
}
