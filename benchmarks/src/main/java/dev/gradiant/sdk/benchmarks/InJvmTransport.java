package dev.gradiant.sdk.benchmarks;

import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * An OkHttp application interceptor that answers every call from a {@link CannedApi}: the call goes
 * through OkHttp's dispatcher and interceptor chain but never reaches a socket, so what is measured
 * is the client alone (request building, OkHttp's call, body reading, JSON decoding).
 */
public final class InJvmTransport implements Interceptor {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final CannedApi api;
  private final Headers headers;

  private InJvmTransport(CannedApi api) {
    this.api = api;
    this.headers = Headers.of(CannedApi.headers());
  }

  /**
   * An OkHttp client whose every call is answered by {@code api} in the calling thread.
   *
   * @param api the answers
   * @return the client; give the same one to the three clients under test
   */
  public static OkHttpClient client(CannedApi api) {
    return new OkHttpClient.Builder().addInterceptor(new InJvmTransport(api)).build();
  }

  @Override
  public Response intercept(Chain chain) {
    Request request = chain.request();
    HttpUrl url = request.url();
    CannedApi.Answer answer =
        api.answer(
            request.method(),
            url.encodedPath(),
            request.header("Authorization"),
            url.queryParameter("limit"),
            url.queryParameter("offset"));
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(answer.status())
        .message(answer.reason())
        .headers(headers)
        .body(ResponseBody.create(answer.body(), JSON))
        .build();
  }
}
