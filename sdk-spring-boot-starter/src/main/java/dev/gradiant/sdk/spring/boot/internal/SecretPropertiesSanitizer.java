package dev.gradiant.sdk.spring.boot.internal;

import java.util.Locale;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the starter's secrets in the actuator's {@code /env} and {@code /configprops} endpoints,
 * also when an application shows values ({@code show-values=always}): the API token, the API key
 * and the webhook secrets, whichever form the key takes ({@code gradiant.api-token}, {@code
 * gradiant.apiToken}, {@code GRADIANT_API_TOKEN}, {@code gradiant.webhooks.secrets[0]}...).
 */
public final class SecretPropertiesSanitizer implements SanitizingFunction {

  /** Created by the auto-configuration. */
  public SecretPropertiesSanitizer() {}

  @Override
  public SanitizableData apply(SanitizableData data) {
    return isSecret(data.getKey()) ? data.withSanitizedValue() : data;
  }

  static boolean isSecret(String key) {
    String name = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return name.equals("gradiantapitoken")
        || name.equals("gradiantapikey")
        || name.startsWith("gradiantwebhookssecrets");
  }
}
