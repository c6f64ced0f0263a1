package dev.gradiant.sdk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.GradiantClientBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** Clients for driving a sandbox: the real SDK, and a raw HTTP client for requests it refuses. */
final class TestSupport {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient RAW =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private TestSupport() {}

  /** The SDK on the sandbox's API token, with retries that wait milliseconds, not seconds. */
  static GradiantClient client(GradiantSandbox sandbox) {
    return builder(sandbox).apiToken(sandbox.apiToken()).build();
  }

  static GradiantClientBuilder builder(GradiantSandbox sandbox) {
    return GradiantClient.builder()
        .baseUrl(sandbox.baseUrl())
        .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(10))
        .timeout(Duration.ofSeconds(20));
  }

  /** A raw request with the API token, an optional JSON body and extra header pairs. */
  static HttpResponse<String> send(
      GradiantSandbox sandbox, String method, String path, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    boolean auth = true;
    boolean typed = false;
    for (int i = 0; i < headers.length; i += 2) {
      typed |= headers[i].equalsIgnoreCase("Content-Type");
      if (headers[i].equalsIgnoreCase("Authorization")
          || headers[i].equalsIgnoreCase("X-API-Key")) {
        auth = false;
      }
      if (!headers[i + 1].isEmpty()) {
        request.header(headers[i], headers[i + 1]);
      } else {
        auth = false;
      }
    }
    if (auth) {
      request.header("Authorization", "Bearer " + sandbox.apiToken());
    }
    if (body != null && !typed) {
      request.header("Content-Type", "application/json");
    }
    try {
      return RAW.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Next Wednesday (UTC) at least a week ahead, at {@code hour}:00 UTC: a working hour for EU. */
  static ZonedDateTime nextWednesday(int hour) {
    LocalDate day =
        LocalDate.now(ZoneOffset.UTC)
            .plusDays(7)
            .with(TemporalAdjusters.next(java.time.DayOfWeek.WEDNESDAY));
    return day.atTime(hour, 0).atZone(ZoneOffset.UTC);
  }
}
