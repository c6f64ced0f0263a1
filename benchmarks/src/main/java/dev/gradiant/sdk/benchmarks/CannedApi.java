package dev.gradiant.sdk.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The three endpoints the benchmarks call, answered from pre-rendered bytes: {@code GET
 * /sessions/{id}}, {@code POST /bookings} and {@code GET /sessions?limit&offset}. Both transports
 * (the in-JVM interceptor and the loopback server) answer through one instance, so every client
 * reads exactly the same bytes.
 */
public final class CannedApi {
  private static final byte[] NOT_FOUND =
      ("{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"No such route\"},"
              + "\"meta\":{\"requestId\":\"req_0\",\"timestamp\":\"2026-03-21T10:30:00Z\"}}")
          .getBytes(StandardCharsets.UTF_8);
  private static final byte[] UNAUTHORIZED =
      ("{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"Missing or wrong bearer token\"},"
              + "\"meta\":{\"requestId\":\"req_0\",\"timestamp\":\"2026-03-21T10:30:00Z\"}}")
          .getBytes(StandardCharsets.UTF_8);
  private static final String AUTHORIZATION = "Bearer " + Fixtures.TOKEN;

  private final byte[] session = Fixtures.sessionBody();
  private final byte[] booking = Fixtures.bookingBody();
  private final int total;
  private final byte[][] pages;

  private CannedApi(int total, boolean prerender) {
    this.total = total;
    this.pages =
        prerender ? new byte[(total + Fixtures.PAGE_SIZE - 1) / Fixtures.PAGE_SIZE][] : null;
    if (prerender) {
      for (int page = 0; page < pages.length; page++) {
        pages[page] = Fixtures.sessionPage(page * Fixtures.PAGE_SIZE, Fixtures.PAGE_SIZE, total);
      }
    }
  }

  /** {@return the API of the throughput benchmarks: a list of 10,000 sessions, pre-rendered} */
  public static CannedApi standard() {
    return new CannedApi(Fixtures.LIST_TOTAL, true);
  }

  /**
   * An API whose list pages are rendered when asked for and then dropped, so that the heap holds
   * nothing of the list but what the client keeps (for the retained-memory harness).
   *
   * @param total how many sessions the list holds
   * @return the API
   */
  public static CannedApi renderingOnDemand(int total) {
    return new CannedApi(total, false);
  }

  /**
   * Answers one request.
   *
   * @param method the HTTP method
   * @param path the URL path, e.g. {@code /v1/sessions/sess_1}
   * @param authorization the {@code Authorization} header, or null; every call must carry the
   *     fixtures' bearer token, so that no client is measured doing less than the others
   * @param limit the {@code limit} query parameter, or null
   * @param offset the {@code offset} query parameter, or null
   * @return the status and body
   */
  public Answer answer(
      String method, String path, String authorization, String limit, String offset) {
    if (!AUTHORIZATION.equals(authorization)) {
      return new Answer(401, UNAUTHORIZED);
    }
    if (method.equals("GET") && path.equals("/v1/sessions")) {
      return new Answer(200, page(parse(limit, 20), parse(offset, 0)));
    }
    if (method.equals("GET") && path.startsWith("/v1/sessions/")) {
      return new Answer(200, session);
    }
    if (method.equals("POST") && path.equals("/v1/bookings")) {
      return new Answer(201, booking);
    }
    return new Answer(404, NOT_FOUND);
  }

  private byte[] page(int limit, int offset) {
    if (pages != null && limit == Fixtures.PAGE_SIZE && offset % Fixtures.PAGE_SIZE == 0) {
      int index = offset / Fixtures.PAGE_SIZE;
      if (index < pages.length) {
        return pages[index];
      }
    }
    return Fixtures.sessionPage(offset, limit, total);
  }

  private static int parse(String value, int fallback) {
    return value == null ? fallback : Integer.parseInt(value);
  }

  /**
   * One answer.
   *
   * @param status the HTTP status
   * @param body the JSON body
   */
  public record Answer(int status, byte[] body) {
    /** {@return the status line's reason phrase} */
    public String reason() {
      return switch (status) {
        case 200 -> "OK";
        case 201 -> "Created";
        case 401 -> "Unauthorized";
        default -> "Not Found";
      };
    }
  }

  /** {@return the headers sent with every answer} */
  public static Map<String, String> headers() {
    return Fixtures.responseHeaders();
  }
}
