package dev.gradiant.sdk.internal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;

/**
 * The URLs of the endpoint templates under one base URL. Each template ({@code
 * /sessions/{id}/events}) is parsed once: its leading literal segments are resolved against the
 * base URL ahead of time, so a call only adds its ids and the literal segments after them. Percent-
 * encoding a segment is a good part of building a URL, and the templates are a fixed set of
 * constants of the SDK.
 */
final class PathTemplates {
  private final HttpUrl baseUrl;
  private final ConcurrentHashMap<String, Parsed> parsed = new ConcurrentHashMap<>();

  /** One parsed template: the URL up to its first placeholder, and the segments after it. */
  private record Parsed(HttpUrl prefix, String[] rest) {}

  PathTemplates(HttpUrl baseUrl) {
    this.baseUrl = baseUrl;
  }

  HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * @param template the endpoint, e.g. {@code /sessions/{id}}
   * @param pathParams the values of its placeholders, in order, already checked by {@link
   *     PathParam}
   * @return a builder of the URL with every path segment in place
   */
  HttpUrl.Builder url(String template, List<String> pathParams) {
    return url(template, null, pathParams);
  }

  /**
   * @param template the endpoint, e.g. {@code /sessions/{id}}
   * @param onlyParam the value of its one placeholder, already checked by {@link PathParam}; or
   *     {@code null}, and the values in {@code pathParams}
   * @param pathParams the values of its placeholders, in order, when {@code onlyParam} is null
   * @return a builder of the URL with every path segment in place
   */
  HttpUrl.Builder url(String template, String onlyParam, List<String> pathParams) {
    Parsed endpoint = parsed.get(template);
    if (endpoint == null) {
      // only on the template's first call: computeIfAbsent would make a function object every time
      endpoint = parsed.computeIfAbsent(template, this::parse);
    }
    HttpUrl.Builder url = endpoint.prefix().newBuilder();
    int next = 0;
    for (String segment : endpoint.rest()) {
      if (segment != null) {
        url.addPathSegment(segment);
      } else {
        url.addPathSegment(onlyParam != null ? onlyParam : pathParams.get(next++));
      }
    }
    return url;
  }

  private Parsed parse(String template) {
    HttpUrl.Builder prefix = baseUrl.newBuilder();
    List<String> segments = new ArrayList<>();
    boolean inPrefix = true;
    for (int start = 1, end; start < template.length(); start = end + 1) {
      end = template.indexOf('/', start);
      end = end < 0 ? template.length() : end;
      boolean placeholder = template.charAt(start) == '{';
      inPrefix &= !placeholder;
      if (inPrefix) {
        prefix.addPathSegment(template.substring(start, end));
      } else {
        segments.add(placeholder ? null : template.substring(start, end));
      }
    }
    return new Parsed(prefix.build(), segments.toArray(new String[0]));
  }
}
