package dev.gradiant.sdk.conformance;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.GradiantClientBuilder;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * SDK clients pointed at Prism, each recording what went over the wire through its own network
 * interceptor on a shared {@link OkHttpClient} (the SDK takes one with {@code httpClient(..)}).
 * They never retry, so one SDK call is one exchange.
 */
final class PrismClients {
  /** The bearer token the clients send; Prism checks that credentials are there, not what. */
  static final String TOKEN = "conformance-token";

  /** The API key the clients send instead, when asked to. */
  static final String KEY = "avk_conformance";

  private static final OkHttpClient SHARED = new OkHttpClient();
  private static final long BODY_EXCERPT_BYTES = 2048;

  private PrismClients() {}

  /** How a client authenticates. */
  enum Auth {
    BEARER_TOKEN,
    API_KEY;

    GradiantClientBuilder apply(GradiantClientBuilder builder) {
      return this == BEARER_TOKEN ? builder.apiToken(TOKEN) : builder.apiKey(KEY);
    }
  }

  /**
   * A client of {@code prism}.
   *
   * @param auth how it authenticates
   * @param prefer the {@code Prefer} header to add to every request ({@code code=409,
   *     example=bookingConflict}), or {@code null} for Prism's default (the documented success)
   * @param recorder receives every exchange
   */
  static GradiantClient client(PrismServer prism, Auth auth, String prefer, Recorder recorder) {
    return auth.apply(builder(prism, prefer, recorder)).build();
  }

  /** A builder pointed at {@code prism}, recording into {@code recorder}, without credentials. */
  static GradiantClientBuilder builder(PrismServer prism, String prefer, Recorder recorder) {
    OkHttpClient.Builder http = SHARED.newBuilder().addNetworkInterceptor(recorder);
    if (prefer != null) {
      http.addInterceptor(chain -> chain.proceed(withPrefer(chain.request(), prefer)));
    }
    return GradiantClient.builder().baseUrl(prism.baseUrl()).maxRetries(0).httpClient(http.build());
  }

  private static Request withPrefer(Request request, String prefer) {
    return request.newBuilder().header("Prefer", prefer).build();
  }

  /** Records each exchange a client makes. */
  static final class Recorder implements Interceptor {
    private final List<PrismExchange> exchanges = new CopyOnWriteArrayList<>();

    @Override
    public Response intercept(Chain chain) throws IOException {
      Request request = chain.request();
      Response response = chain.proceed(request);
      String query = request.url().encodedQuery();
      exchanges.add(
          new PrismExchange(
              request.method(),
              request.url().encodedPath() + (query == null ? "" : "?" + query),
              response.code(),
              response.header(PrismExchange.VIOLATIONS_HEADER),
              response.header("Content-Type"),
              response.peekBody(BODY_EXCERPT_BYTES).string()));
      return response;
    }

    List<PrismExchange> exchanges() {
      return List.copyOf(exchanges);
    }

    /** The only exchange so far; fails if there was none or more than one. */
    PrismExchange only() {
      List<PrismExchange> all = exchanges();
      if (all.size() != 1) {
        throw new AssertionError("expected exactly one request to Prism, got " + all);
      }
      return all.get(0);
    }
  }
}
