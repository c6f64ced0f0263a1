package dev.gradiant.sdk.core;

import dev.gradiant.sdk.internal.validation.CredentialText;
import java.util.Map;

/** {@code Authorization: Bearer <token>}. */
final class BearerToken implements Credentials {
  private final Map<String, String> headers;

  BearerToken(String token) {
    this.headers = Map.of("Authorization", "Bearer " + CredentialText.require("token", token));
  }

  @Override
  public Map<String, String> authHeaders() {
    return headers;
  }

  @Override
  public String toString() {
    return "Credentials.bearerToken(****)";
  }
}
