package dev.gradiant.sdk.benchmarks;

import dev.gradiant.sdk.benchmarks.RawCalls.Envelope;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.sessions.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Headers;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The other client a Java developer would pick: Retrofit 2 with its Jackson converter, a service
 * interface for the same operations written the way Retrofit's documentation shows, on the same
 * OkHttp client as the others. Its mapper is the one of the fair raw baseline ({@link
 * RawCalls#withSdkTimestamps}): configured by hand, with the SDK's timestamp reader, and it reads
 * into the SDK's own model records, so what differs from that baseline is Retrofit's own layer.
 *
 * <p>The bearer token travels as a {@code @Header} parameter rather than through an interceptor on
 * a derived OkHttp client: Retrofit's documentation shows both, and this way the OkHttp client is
 * exactly the one the SDK and the raw calls use.
 */
public final class RetrofitCalls {
  private static final String AUTHORIZATION = "Bearer " + Fixtures.TOKEN;

  private final GradiantService service;
  private final BookingCreateParams booking = Requests.sdkBooking();

  /**
   * The operations, as a Retrofit service interface.
   *
   * <p>Public because Retrofit makes a proxy of it.
   */
  public interface GradiantService {
    /**
     * @param authorization the {@code Authorization} header
     * @param id the session's id
     * @return the call
     */
    @Headers("Accept: application/json")
    @GET("sessions/{id}")
    Call<Envelope<Session>> getSession(
        @Header("Authorization") String authorization, @Path("id") String id);

    /**
     * The same call through Retrofit's built-in {@code CompletableFuture} adapter.
     *
     * @param authorization the {@code Authorization} header
     * @param id the session's id
     * @return the future envelope; a status other than 2xx fails it
     */
    @Headers("Accept: application/json")
    @GET("sessions/{id}")
    CompletableFuture<Envelope<Session>> getSessionAsync(
        @Header("Authorization") String authorization, @Path("id") String id);

    /**
     * @param authorization the {@code Authorization} header
     * @param booking the booking to create
     * @return the call
     */
    @Headers("Accept: application/json")
    @POST("bookings")
    Call<Envelope<Booking>> createBooking(
        @Header("Authorization") String authorization, @Body BookingCreateParams booking);

    /**
     * @param authorization the {@code Authorization} header
     * @param limit the page size
     * @param offset the index of the first session
     * @return the call
     */
    @Headers("Accept: application/json")
    @GET("sessions")
    Call<Envelope<List<Session>>> listSessions(
        @Header("Authorization") String authorization,
        @Query("limit") int limit,
        @Query("offset") int offset);
  }

  /**
   * @param baseUrl the API root
   * @param http the OkHttp client to call through
   */
  public RetrofitCalls(String baseUrl, OkHttpClient http) {
    Retrofit retrofit =
        new Retrofit.Builder()
            // Retrofit resolves the relative paths above against a base URL ending in a slash.
            .baseUrl(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/")
            .client(http)
            .addConverterFactory(JacksonConverterFactory.create(RawCalls.sdkTimestampsMapper()))
            .build();
    this.service = retrofit.create(GradiantService.class);
  }

  /** {@return {@code GET /sessions/{id}}} */
  public Session getSession() {
    return execute(service.getSession(AUTHORIZATION, Fixtures.SESSION_ID)).data();
  }

  /** {@return {@code GET /sessions/{id}} through the {@code CompletableFuture} adapter} */
  public CompletableFuture<Session> getSessionAsync() {
    return service.getSessionAsync(AUTHORIZATION, Fixtures.SESSION_ID).thenApply(Envelope::data);
  }

  /** {@return {@code POST /bookings}} */
  public Booking createBooking() {
    return execute(service.createBooking(AUTHORIZATION, booking)).data();
  }

  /** {@return the first page of 100 sessions} */
  public List<Session> listPage() {
    return execute(service.listSessions(AUTHORIZATION, Fixtures.PAGE_SIZE, 0)).data();
  }

  /**
   * Walks every session of the list, page after page, as a hand-written loop would.
   *
   * @param sink receives each session
   * @return how many sessions there were
   */
  public long walkAll(Consumer<Session> sink) {
    long count = 0;
    int offset = 0;
    while (true) {
      Envelope<List<Session>> page =
          execute(service.listSessions(AUTHORIZATION, Fixtures.PAGE_SIZE, offset));
      for (Session session : page.data()) {
        sink.accept(session);
        count++;
      }
      offset += page.data().size();
      if (page.data().isEmpty() || offset >= page.meta().total()) {
        return count;
      }
    }
  }

  private static <T> T execute(Call<T> call) {
    Response<T> response;
    try {
      response = call.execute();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!response.isSuccessful()) {
      throw new IllegalStateException("HTTP " + response.code() + " for " + call.request().url());
    }
    return response.body();
  }
}
