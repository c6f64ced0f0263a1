package dev.gradiant.sdk.internal.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Marks the attempt's {@link Transmission} as started. A network interceptor: OkHttp runs it once a
 * connection is established (and TLS negotiated), right before it writes the request, and never for
 * a call that failed to connect. The {@link Transmission} travels as the OkHttp request's tag,
 * which interceptors that rebuild the request with {@code newBuilder()} keep.
 */
public final class TransmissionMarker implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Transmission transmission = chain.request().tag(Transmission.class);
    if (transmission != null) {
      transmission.markStarted();
    }
    return chain.proceed(chain.request());
  }
}
