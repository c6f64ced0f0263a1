package dev.gradiant.sdk.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.benchmarks.RawCalls.Envelope;
import dev.gradiant.sdk.sessions.Session;
import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * One process's first call, for {@link ColdStartRun}: builds one client as an application would at
 * start-up, makes one {@code GET /sessions/{id}}, checks the answer, prints {@code
 * System.nanoTime()} (a machine-wide monotonic clock on Linux, so the parent can subtract the time
 * it launched this process) and exits. Each variant touches only its own libraries: the SDK with
 * its own OkHttp client; raw OkHttp + Jackson with the mapper a user writes ({@code
 * JavaTimeModule}); Retrofit with its Jackson converter on such a mapper.
 *
 * <p>{@code java -cp ... ColdStart sdk|raw|retrofit http://127.0.0.1:PORT/v1}
 */
public final class ColdStart {
  private ColdStart() {}

  /**
   * Makes the first call.
   *
   * @param args the variant, then the API root
   * @throws IOException if the call fails
   */
  public static void main(String[] args) throws IOException {
    String baseUrl = args[1];
    Session session =
        switch (args[0]) {
          case "sdk" -> Sdk.firstCall(baseUrl);
          case "raw" -> Raw.firstCall(baseUrl);
          case "retrofit" -> RetrofitPeer.firstCall(baseUrl);
          default -> throw new IllegalArgumentException("Unknown variant: " + args[0]);
        };
    long firstCall = System.nanoTime();
    if (!Fixtures.SESSION_ID.equals(session.id())) {
      throw new IllegalStateException("Unexpected session " + session.id());
    }
    System.out.println("first-call-nanos " + firstCall);
    System.out.flush();
    // Not waiting for OkHttp's threads to wind down: every variant ends the same way.
    System.exit(0);
  }

  // One nested class per variant: the JVM loads (and verifies) only the one a process runs, so no
  // variant loads another's library classes.

  private static final class Sdk {
    static Session firstCall(String baseUrl) {
      GradiantClient client =
          GradiantClient.builder().apiToken(Fixtures.TOKEN).baseUrl(baseUrl).build();
      return client.sessions().get(Fixtures.SESSION_ID);
    }
  }

  private static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  private static final class Raw {
    static Session firstCall(String baseUrl) throws IOException {
      OkHttpClient http = new OkHttpClient();
      Request request =
          new Request.Builder()
              .url(baseUrl + "/sessions/" + Fixtures.SESSION_ID)
              .header("Authorization", "Bearer " + Fixtures.TOKEN)
              .header("Accept", "application/json")
              .build();
      try (Response response = http.newCall(request).execute()) {
        if (!response.isSuccessful()) {
          throw new IllegalStateException("HTTP " + response.code());
        }
        Envelope<Session> envelope =
            mapper()
                .readerFor(new TypeReference<Envelope<Session>>() {})
                .readValue(response.body().bytes());
        return envelope.data();
      }
    }
  }

  private static final class RetrofitPeer {
    static Session firstCall(String baseUrl) throws IOException {
      RetrofitCalls.GradiantService service =
          new Retrofit.Builder()
              .baseUrl(baseUrl + "/")
              .client(new OkHttpClient())
              .addConverterFactory(JacksonConverterFactory.create(mapper()))
              .build()
              .create(RetrofitCalls.GradiantService.class);
      retrofit2.Response<Envelope<Session>> response =
          service.getSession("Bearer " + Fixtures.TOKEN, Fixtures.SESSION_ID).execute();
      if (!response.isSuccessful()) {
        throw new IllegalStateException("HTTP " + response.code());
      }
      return response.body().data();
    }
  }
}
