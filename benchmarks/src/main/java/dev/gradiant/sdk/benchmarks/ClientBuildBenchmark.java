package dev.gradiant.sdk.benchmarks;

import dev.gradiant.generated.client.ApiClient;
import dev.gradiant.sdk.GradiantClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building a client, as an application does at start-up: the SDK's builder (and {@code close()}),
 * an OkHttpClient with the same timeouts by hand, and the generated {@code ApiClient}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClientBuildBenchmark {
  private static final String BASE_URL = "https://api.gradiant.dev/v1";

  /** {@return a closed GradiantClient, built with its own OkHttp client} */
  @Benchmark
  public GradiantClient build_sdk() {
    GradiantClient client =
        GradiantClient.builder().apiToken(Fixtures.TOKEN).baseUrl(BASE_URL).build();
    client.close();
    return client;
  }

  /** {@return an OkHttpClient with the SDK's default timeouts} */
  @Benchmark
  public OkHttpClient build_raw() {
    return new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(30))
        .writeTimeout(Duration.ofSeconds(30))
        .callTimeout(Duration.ofSeconds(30))
        .build();
  }

  /** {@return the generated ApiClient, with its base path and token} */
  @Benchmark
  public ApiClient build_generated() {
    ApiClient client = new ApiClient();
    client.setBasePath(BASE_URL);
    client.setBearerToken(Fixtures.TOKEN);
    return client;
  }
}
