package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RateLimit;
import dev.gradiant.sdk.core.Secret;
import dev.gradiant.sdk.graphql.GraphqlResult;
import dev.gradiant.sdk.internal.json.Json;
import dev.gradiant.sdk.pagination.Page;
import java.io.IOException;
import java.util.Optional;

/**
 * Asserts that what an SDK method returned holds every value of the spec example it was answered
 * with. The typed result is written back to JSON with the SDK's own mapper and must contain the
 * example's {@code data} when the example is an envelope (it has {@code data} and {@code meta}), or
 * the whole example when it is not (the unwrapped, snake_case answer of {@code POST /oauth/token});
 * a {@link Page} also carries the example's {@code meta} counters, and an {@link ApiResponse} the
 * documented status, request id and rate-limit headers. A response documented without content (a
 * {@code 204}) must give no data: {@code null} from a {@code void} method, an {@link ApiResponse}
 * whose {@code data()} is {@code null} from its {@code withRawResponse()} twin.
 */
final class ExampleMatch {
  /**
   * The SDK's mapper, plus what production code deliberately lacks: writing a {@link Secret} (as
   * {@link Secret#reveal()}), so that a secret the example documents can be compared.
   */
  private static final ObjectMapper MAPPER =
      Json.mapper()
          .copy()
          .registerModule(
              new SimpleModule("reveal-secrets-for-comparison")
                  .addSerializer(
                      Secret.class,
                      new StdSerializer<>(Secret.class) {
                        @Override
                        public void serialize(
                            Secret secret, JsonGenerator json, SerializerProvider provider)
                            throws IOException {
                          json.writeString(secret.reveal());
                        }
                      }));

  private ExampleMatch() {}

  static void assertMatches(Object result, DocumentedResponse documented) {
    if (result instanceof ApiResponse<?> response) {
      assertThat(response.statusCode()).as("status").isEqualTo(documented.status());
      assertThat(response.requestId())
          .as("request id")
          .isEqualTo(Optional.ofNullable(documented.headers().get("X-Request-ID")));
      RateLimit rateLimit = response.rateLimit().orElseThrow();
      assertThat(rateLimit.limit()).isEqualTo(header(documented, RateLimit.LIMIT_HEADER));
      assertThat(rateLimit.remaining()).isEqualTo(header(documented, RateLimit.REMAINING_HEADER));
      assertThat(rateLimit.resetAt().getEpochSecond())
          .isEqualTo(header(documented, RateLimit.RESET_HEADER));
      assertMatches(response.data(), documented);
      return;
    }
    if (result instanceof GraphqlResult<?> graphql) {
      // GraphQL's own {data, errors, extensions}: the data and the documented headers
      assertThat(graphql.metadata().statusCode()).as("status").isEqualTo(documented.status());
      assertThat(graphql.requestId())
          .as("request id")
          .isEqualTo(Optional.ofNullable(documented.headers().get("X-Request-ID")));
      assertThat(graphql.errors()).as("errors").hasSize(documented.body().path("errors").size());
      assertThat(
              JsonSubset.differences(
                  documented.body().get("data"), Json.mapper().valueToTree(graphql.data().get())))
          .as("values of the spec example missing from or different in the GraphQL data")
          .isEmpty();
      return;
    }
    JsonNode example = documented.body();
    if (example == null) {
      assertThat(result)
          .as("what the SDK returned for a response documented without content")
          .isNull();
    } else if (result instanceof Page<?> page) {
      assertData(example, page.items());
      JsonNode meta = example.path("meta");
      assertThat(page.total()).as("total").contains(meta.path("total").asLong());
      assertThat(page.limit()).as("limit").isEqualTo(meta.path("limit").asInt());
      assertThat(page.offset()).as("offset").isEqualTo(meta.path("offset").asInt());
    } else {
      assertData(example, result);
    }
  }

  private static void assertData(JsonNode example, Object typed) {
    boolean envelope = example.isObject() && example.has("data") && example.has("meta");
    JsonNode data = envelope ? example.get("data") : example;
    assertThat(typed).as("what the SDK returned for %s", data).isNotNull();
    assertThat(JsonSubset.differences(data, MAPPER.valueToTree(typed)))
        .as("values of the spec example missing from or different in the typed result")
        .isEmpty();
  }

  private static long header(DocumentedResponse documented, String name) {
    return Long.parseLong(documented.headers().get(name));
  }
}
