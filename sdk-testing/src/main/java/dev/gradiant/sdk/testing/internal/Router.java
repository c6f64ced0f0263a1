package dev.gradiant.sdk.testing.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The operations of the contract, each a method, a path template, its security and a handler. */
public final class Router {
  /** How an operation is authenticated. */
  public enum Security {
    /** {@code security: []}. */
    NONE,
    /** {@code bearerAuth} or {@code apiKeyAuth} (and {@code oauth2} where a scope is listed). */
    API,
    /** {@code sessionToken}: the session's own participant token. */
    SESSION_TOKEN
  }

  /** Answers one operation. */
  @FunctionalInterface
  public interface Handler {
    /**
     * @param call the request
     * @return the answer
     */
    Reply handle(Call call);
  }

  /**
   * One operation.
   *
   * @param method the HTTP method
   * @param template the path segments; {@code {…}} segments are parameters
   * @param security how it is authenticated
   * @param scope the OAuth scope the spec lists for it, or null when none
   * @param handler what answers it
   */
  public record Route(
      String method, List<String> template, Security security, String scope, Handler handler) {}

  /**
   * A route and the path parameters it matched.
   *
   * @param route the route
   * @param params the path parameters, in order
   */
  public record Match(Route route, List<String> params) {}

  private final List<Route> routes = new ArrayList<>();

  /**
   * Adds an operation.
   *
   * @param method the HTTP method
   * @param path the path template, e.g. {@code /users/{id}}
   * @param security how it is authenticated
   * @param scope the OAuth scope listed for it, or null
   * @param handler what answers it
   */
  public void add(String method, String path, Security security, String scope, Handler handler) {
    routes.add(new Route(method, List.of(path.substring(1).split("/")), security, scope, handler));
  }

  /**
   * Finds the operation for a request.
   *
   * @param method the HTTP method
   * @param segments the decoded path segments below the base path
   * @return the match
   * @throws ApiError 404 when no path matches, 405 when the path exists with other methods
   */
  public Match match(String method, List<String> segments) {
    Set<String> allowed = new TreeSet<>();
    for (Route route : routes) {
      List<String> params = params(route.template(), segments);
      if (params == null) {
        continue;
      }
      if (route.method().equals(method)) {
        return new Match(route, params);
      }
      allowed.add(route.method());
    }
    if (allowed.isEmpty()) {
      throw new ApiError(404, "RESOURCE_NOT_FOUND", "No such endpoint", null);
    }
    throw new ApiError(405, "METHOD_NOT_ALLOWED", method + " is not supported on this path", null)
        .header("Allow", String.join(", ", allowed));
  }

  private static List<String> params(List<String> template, List<String> segments) {
    if (template.size() != segments.size()) {
      return null;
    }
    List<String> params = new ArrayList<>();
    for (int i = 0; i < template.size(); i++) {
      String part = template.get(i);
      String segment = segments.get(i);
      if (part.startsWith("{")) {
        if (segment.isEmpty()) {
          return null;
        }
        params.add(segment);
      } else if (!part.equals(segment)) {
        return null;
      }
    }
    return params;
  }
}
