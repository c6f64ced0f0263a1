package dev.gradiant.sdk.benchmarks;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.pagination.Page;
import dev.gradiant.sdk.sessions.Session;
import dev.gradiant.sdk.sessions.SessionListParams;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

/**
 * The scenarios through the SDK's public API, configured as an application would: default retries
 * (nothing fails, so they cost only their bookkeeping), default timeouts, logging at its default
 * level (no SLF4J binding: off), an idempotency key on the POST.
 */
public final class SdkCalls implements AutoCloseable {
  private static final SessionListParams FIRST_PAGE =
      SessionListParams.builder().limit(Fixtures.PAGE_SIZE).build();

  private final GradiantClient client;
  private final BookingCreateParams booking = Requests.sdkBooking();

  /**
   * @param baseUrl the API root
   * @param http the OkHttp client to call through
   */
  public SdkCalls(String baseUrl, OkHttpClient http) {
    this.client =
        GradiantClient.builder().apiToken(Fixtures.TOKEN).baseUrl(baseUrl).httpClient(http).build();
  }

  /**
   * The same client with one installed observer that does nothing: what observing costs a call
   * before the observer does any work of its own.
   *
   * @param baseUrl the API root
   * @param http the OkHttp client to call through
   * @param observer the observer to install
   */
  public SdkCalls(String baseUrl, OkHttpClient http, CallObserver observer) {
    this.client =
        GradiantClient.builder()
            .apiToken(Fixtures.TOKEN)
            .baseUrl(baseUrl)
            .httpClient(http)
            .addObserver(observer)
            .build();
  }

  /** {@return {@code GET /sessions/{id}}} */
  public Session getSession() {
    return client.sessions().get(Fixtures.SESSION_ID);
  }

  /** {@return {@code GET /sessions/{id}} through the SDK's async face} */
  public CompletableFuture<Session> getSessionAsync() {
    return client.async().sessions().get(Fixtures.SESSION_ID);
  }

  /** {@return {@code POST /bookings}} */
  public Booking createBooking() {
    return client.bookings().create(booking);
  }

  /** {@return the first page of 100 sessions} */
  public Page<Session> listPage() {
    return client.sessions().list(FIRST_PAGE);
  }

  /**
   * Walks every session of the list with the auto-pager.
   *
   * @param sink receives each session
   * @return how many sessions there were
   */
  public long walkAll(Consumer<Session> sink) {
    long count = 0;
    for (Session session : client.sessions().list(FIRST_PAGE).autoPager()) {
      sink.accept(session);
      count++;
    }
    return count;
  }

  /** {@return an iterator over every session of the list, fetching pages as it goes} */
  public Iterator<Session> iterateAll() {
    return client.sessions().list(FIRST_PAGE).autoPager().iterator();
  }

  @Override
  public void close() {
    client.close();
  }
}
