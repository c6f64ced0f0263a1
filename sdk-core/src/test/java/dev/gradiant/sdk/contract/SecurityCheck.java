package dev.gradiant.sdk.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Credentials: none to an operation with {@code security: []}; otherwise every scheme of at least
 * one of the operation's security alternatives, and no credential header that none of them uses (an
 * {@code X-API-Key} to an operation that takes only a session token, say). Schemes that share a
 * header ({@code bearerAuth} and {@code sessionToken} are both {@code Authorization: Bearer})
 * cannot be told apart on the wire: which token is sent is for the tests to check.
 */
final class SecurityCheck {
  private final JsonNode schemes;
  private final Set<String> credentialHeaders = new LinkedHashSet<>();

  SecurityCheck(OpenApiSpec spec) {
    this.schemes = spec.root().path("components").path("securitySchemes");
    credentialHeaders.add("Authorization");
    schemes.forEach(
        scheme -> {
          if (scheme.path("type").asText().equals("apiKey")
              && scheme.path("in").asText().equals("header")) {
            credentialHeaders.add(scheme.path("name").asText());
          }
        });
  }

  List<String> check(SpecOperation op, ContractRequest request) {
    if (op.security().isEmpty()) {
      List<String> sent =
          credentialHeaders.stream().filter(h -> request.headers().get(h) != null).toList();
      return sent.isEmpty()
          ? List.of()
          : List.of(
              "sends credentials ("
                  + String.join(", ", sent)
                  + ") to "
                  + op.operationId()
                  + ", which declares security: []");
    }
    List<String> violations = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    op.security().forEach(requirement -> requirement.forEach(s -> used.add(headerOf(s))));
    List<String> unused =
        credentialHeaders.stream()
            .filter(h -> request.headers().get(h) != null && !used.contains(h))
            .toList();
    List<String> alternatives = new ArrayList<>();
    op.security().forEach(requirement -> alternatives.add(String.join(" + ", requirement)));
    if (!unused.isEmpty()) {
      violations.add(
          "sends credentials ("
              + String.join(", ", unused)
              + ") that no security alternative of "
              + op.operationId()
              + " uses ("
              + String.join(", ", alternatives)
              + ")");
    }
    if (op.security().stream()
        .noneMatch(requirement -> requirement.stream().allMatch(s -> satisfied(s, request)))) {
      violations.add(
          "sends no credentials that "
              + op.operationId()
              + " accepts; it needs one of: "
              + String.join(", ", alternatives));
    }
    return violations;
  }

  /** The request header a scheme's credential travels in, or {@code ""} when none does. */
  private String headerOf(String schemeName) {
    JsonNode scheme = schemes.path(schemeName);
    return switch (scheme.path("type").asText()) {
      case "apiKey" ->
          scheme.path("in").asText().equals("header") ? scheme.path("name").asText() : "";
      case "http", "oauth2", "openIdConnect" -> "Authorization";
      default -> "";
    };
  }

  private boolean satisfied(String schemeName, ContractRequest request) {
    JsonNode scheme = schemes.path(schemeName);
    return switch (scheme.path("type").asText()) {
      case "apiKey" -> apiKeySent(scheme, request);
      case "http" -> hasAuthorization(request, scheme.path("scheme").asText("bearer"));
      case "oauth2", "openIdConnect" -> hasAuthorization(request, "bearer");
      default -> false;
    };
  }

  private static boolean apiKeySent(JsonNode scheme, ContractRequest request) {
    String name = scheme.path("name").asText();
    return switch (scheme.path("in").asText()) {
      case "header" -> notBlank(request.headers().get(name));
      case "query" -> request.query().containsKey(name);
      default -> false;
    };
  }

  private static boolean hasAuthorization(ContractRequest request, String authScheme) {
    String value = request.headers().get("Authorization");
    String prefix = authScheme.toLowerCase(Locale.ROOT) + " ";
    return value != null
        && value.toLowerCase(Locale.ROOT).startsWith(prefix)
        && notBlank(value.substring(prefix.length()));
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }
}
