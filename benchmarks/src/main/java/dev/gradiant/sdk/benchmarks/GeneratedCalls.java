package dev.gradiant.sdk.benchmarks;

import dev.gradiant.generated.api.BookingsApi;
import dev.gradiant.generated.api.SessionsApi;
import dev.gradiant.generated.client.ApiClient;
import dev.gradiant.generated.client.ApiException;
import dev.gradiant.generated.client.auth.HttpBearerAuth;
import dev.gradiant.generated.model.Booking;
import dev.gradiant.generated.model.BookingCreate;
import dev.gradiant.generated.model.Session;
import dev.gradiant.generated.model.SessionListResponse;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

/**
 * The alternative a user would pick without an official SDK: the client openapi-generator writes
 * from the same contract (generator {@code java}, library {@code okhttp-gson}), used as its README
 * shows, on the same OkHttp client.
 */
public final class GeneratedCalls {
  private final SessionsApi sessions;
  private final BookingsApi bookings;
  private final BookingCreate booking = Requests.generatedBooking();

  /**
   * @param baseUrl the API root
   * @param http the OkHttp client to call through
   */
  public GeneratedCalls(String baseUrl, OkHttpClient http) {
    ApiClient client = new ApiClient(http);
    client.setBasePath(baseUrl);
    // Not client.setBearerToken: it sets the first bearer scheme of a HashMap, which here is the
    // spec's sessionToken scheme, and the calls measured go out without credentials.
    ((HttpBearerAuth) client.getAuthentication("bearerAuth")).setBearerToken(Fixtures.TOKEN);
    this.sessions = new SessionsApi(client);
    this.bookings = new BookingsApi(client);
  }

  /** {@return {@code GET /sessions/{id}}} */
  public Session getSession() throws ApiException {
    return sessions.getSession(Fixtures.SESSION_ID, null).getData();
  }

  /** {@return {@code POST /bookings}} */
  public Booking createBooking() throws ApiException {
    return bookings.createBooking(booking, null, null).getData();
  }

  /** {@return the first page of 100 sessions} */
  public SessionListResponse listPage() throws ApiException {
    return listPage(0);
  }

  /**
   * Walks every session of the list, page after page (the generated client has no pager).
   *
   * @param sink receives each session
   * @return how many sessions there were
   * @throws ApiException if a call fails
   */
  public long walkAll(Consumer<Session> sink) throws ApiException {
    long count = 0;
    int offset = 0;
    while (true) {
      SessionListResponse page = listPage(offset);
      for (Session session : page.getData()) {
        sink.accept(session);
        count++;
      }
      offset += page.getData().size();
      if (page.getData().isEmpty() || offset >= page.getMeta().getTotal()) {
        return count;
      }
    }
  }

  private SessionListResponse listPage(int offset) throws ApiException {
    return sessions.listSessions(null, null, null, Fixtures.PAGE_SIZE, offset, null);
  }
}
