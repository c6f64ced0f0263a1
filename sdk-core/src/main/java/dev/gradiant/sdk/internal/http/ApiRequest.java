package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.core.ExtensibleEnum;
import dev.gradiant.sdk.internal.validation.Rfc3339;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One call as a sub-client describes it: method, endpoint template, validated path parameters,
 * query, body and whether it is authenticated. The {@link RequestExecutor} turns it into bytes.
 */
public final class ApiRequest {
  private final String method;
  private final String pathTemplate;
  // The checked path parameters: the only one as it is (most endpoints have one), without a list;
  // else null, and all of them in pathParams.
  private final String onlyPathParam;
  private final List<String> pathParams;
  private final Map<String, String> query;
  private final Set<String> queryNames;
  private final Object body;
  private final Map<String, String> form;
  private final MultipartForm multipart;
  private final boolean authenticated;
  private final boolean goneAfterLostAnswerIsDone;
  private final boolean idempotent;
  private final boolean withoutIdempotencyKey;
  private final String accept;

  private ApiRequest(Builder builder) {
    this.method = builder.method;
    this.pathTemplate = builder.pathTemplate;
    this.onlyPathParam = builder.onlyPathParam;
    this.pathParams = builder.pathParams;
    this.query = builder.query == null ? Map.of() : builder.query;
    this.queryNames = builder.queryNames == null ? Set.of() : builder.queryNames;
    this.body = builder.body;
    this.form = builder.form;
    this.multipart = builder.multipart;
    this.authenticated = builder.authenticated;
    this.goneAfterLostAnswerIsDone = builder.goneAfterLostAnswerIsDone;
    this.idempotent = builder.idempotent;
    this.withoutIdempotencyKey = builder.withoutIdempotencyKey;
    this.accept = builder.accept;
  }

  /**
   * An authenticated call with no query, form or multipart body, made without a builder: the hot
   * calls' shape (a GET of one resource, a POST of a JSON body).
   */
  private ApiRequest(String method, String pathTemplate, String onlyPathParam, Object body) {
    this.method = method;
    this.pathTemplate = pathTemplate;
    this.onlyPathParam = onlyPathParam;
    this.pathParams = List.of();
    this.query = Map.of();
    this.queryNames = Set.of();
    this.body = body;
    this.form = null;
    this.multipart = null;
    this.authenticated = true;
    this.goneAfterLostAnswerIsDone = false;
    this.idempotent = false;
    this.withoutIdempotencyKey = false;
    this.accept = null;
  }

  /**
   * An authenticated GET of one resource, made without a builder: the same request as {@code
   * get(pathTemplate).pathParam(field, value).build()}, with the same checks.
   *
   * @param pathTemplate an endpoint with one placeholder, e.g. {@code /sessions/{id}}
   * @param field the argument's name, as the caller knows it, for the message if it is refused
   * @param value the placeholder's value
   * @return the request
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it is blank or could change the path
   */
  public static ApiRequest getOne(String pathTemplate, String field, String value) {
    return new ApiRequest("GET", pathTemplate, PathParam.require(field, value), null);
  }

  /**
   * An authenticated POST of a JSON body, made without a builder: the same request as {@code
   * post(pathTemplate).body(body).build()}, sent with an {@code Idempotency-Key}.
   *
   * @param pathTemplate an endpoint without placeholders, e.g. {@code /bookings}
   * @param body the object written as the JSON body
   * @return the request
   * @throws NullPointerException if {@code body} is null
   */
  public static ApiRequest postJson(String pathTemplate, Object body) {
    return new ApiRequest("POST", pathTemplate, null, Objects.requireNonNull(body, "body"));
  }

  /** A GET of {@code pathTemplate}, e.g. {@code /users/{id}}. */
  public static Builder get(String pathTemplate) {
    return new Builder("GET", pathTemplate);
  }

  /** A POST of {@code pathTemplate}. */
  public static Builder post(String pathTemplate) {
    return new Builder("POST", pathTemplate);
  }

  /** A PUT of {@code pathTemplate}. */
  public static Builder put(String pathTemplate) {
    return new Builder("PUT", pathTemplate);
  }

  /** A DELETE of {@code pathTemplate}. */
  public static Builder delete(String pathTemplate) {
    return new Builder("DELETE", pathTemplate);
  }

  /** A copy of this request with one query parameter replaced (used to ask for the next page). */
  public ApiRequest withQuery(String name, Object value) {
    Builder copy = new Builder(method, pathTemplate);
    copy.onlyPathParam = onlyPathParam;
    copy.pathParams = pathParams;
    copy.queryMap().putAll(query);
    copy.queryNames().addAll(queryNames);
    copy.body = body;
    copy.form = form;
    copy.multipart = multipart;
    copy.authenticated = authenticated;
    copy.goneAfterLostAnswerIsDone = goneAfterLostAnswerIsDone;
    copy.idempotent = idempotent;
    copy.withoutIdempotencyKey = withoutIdempotencyKey;
    copy.accept = accept;
    return copy.query(name, value).build();
  }

  String method() {
    return method;
  }

  String pathTemplate() {
    return pathTemplate;
  }

  /** {@return the only path parameter, or {@code null} when there are none or several} */
  String onlyPathParam() {
    return onlyPathParam;
  }

  /** {@return the path parameters, in order, when there are several; else an empty list} */
  List<String> pathParams() {
    return pathParams;
  }

  Map<String, String> query() {
    return query;
  }

  /**
   * {@return the names of every query parameter this operation has, sent on this call or not: a
   * caller's extra query parameter must not take one of them}
   */
  Set<String> queryNames() {
    return queryNames;
  }

  Object body() {
    return body;
  }

  Map<String, String> form() {
    return form;
  }

  MultipartForm multipart() {
    return multipart;
  }

  boolean authenticated() {
    return authenticated;
  }

  /**
   * {@return whether a {@code 404} after an attempt that lost its answer means the call is done}
   * True for a delete whose success has no content: the lost attempt most likely deleted it.
   */
  boolean goneAfterLostAnswerIsDone() {
    return goneAfterLostAnswerIsDone;
  }

  /**
   * {@return whether this is a POST whose repetition has no further effect (a GraphQL query): it is
   * sent without an {@code Idempotency-Key} and retried like a GET}
   */
  boolean idempotent() {
    return idempotent;
  }

  /** {@return whether a POST goes without a generated {@code Idempotency-Key}} */
  boolean withoutIdempotencyKey() {
    return withoutIdempotencyKey;
  }

  /** {@return the {@code Accept} header of this call, or {@code null} for the client's default} */
  String accept() {
    return accept;
  }

  /** Collects the parts of an {@link ApiRequest}. */
  public static final class Builder {
    private final String method;
    private final String pathTemplate;
    // The first parameter as it is while it is the only one; then null, and every parameter in
    // pathParams, immutable, replaced on each add: endpoints have at most two path parameters.
    private String onlyPathParam;
    private List<String> pathParams = List.of();
    // Null until the first parameter: most calls have none.
    private Map<String, String> query;
    private Set<String> queryNames;
    private Object body;
    private Map<String, String> form;
    private MultipartForm multipart;
    private boolean authenticated = true;
    private boolean goneAfterLostAnswerIsDone;
    private boolean idempotent;
    private boolean withoutIdempotencyKey;
    private String accept;

    private Builder(String method, String pathTemplate) {
      this.method = method;
      this.pathTemplate = pathTemplate;
    }

    /**
     * Fills the next {@code {placeholder}} of the template, after {@link PathParam#require}.
     *
     * @param field the argument's name for error messages ({@code userId})
     * @param value the id
     * @return this builder
     */
    public Builder pathParam(String field, String value) {
      String checked = PathParam.require(field, value);
      if (onlyPathParam == null && pathParams.isEmpty()) {
        onlyPathParam = checked;
      } else if (onlyPathParam != null) {
        pathParams = List.of(onlyPathParam, checked);
        onlyPathParam = null;
      } else {
        List<String> more = new ArrayList<>(pathParams);
        more.add(checked);
        pathParams = List.copyOf(more);
      }
      return this;
    }

    /**
     * Adds a query parameter; {@code null} values are left out, but the name is still recorded as
     * one the operation has, which a caller's extra query parameter cannot take.
     *
     * @throws IllegalArgumentException if a {@link LocalDate} or {@link Instant} value is outside
     *     the years 0000 to 9999 (no {@code format: date} or {@code date-time} can carry it)
     */
    public Builder query(String name, Object value) {
      queryNames().add(name);
      if (value == null) {
        if (query != null) {
          query.remove(name);
        }
      } else if (value instanceof ExtensibleEnum e) {
        queryMap().put(name, e.value());
      } else if (value instanceof LocalDate date) {
        queryMap().put(name, Rfc3339.date(name, date).toString());
      } else if (value instanceof Instant instant) {
        queryMap().put(name, Rfc3339.instant(name, instant).toString());
      } else {
        queryMap().put(name, value.toString());
      }
      return this;
    }

    private Set<String> queryNames() {
      if (queryNames == null) {
        queryNames = new HashSet<>();
      }
      return queryNames;
    }

    private Map<String, String> queryMap() {
      if (query == null) {
        query = new LinkedHashMap<>();
      }
      return query;
    }

    /** Sets the JSON body. */
    public Builder body(Object body) {
      this.body = Objects.requireNonNull(body, "body");
      return this;
    }

    /**
     * Sends {@code fields} as an {@code application/x-www-form-urlencoded} body instead of JSON
     * (the OAuth token endpoint); null values are left out.
     */
    public Builder formBody(Map<String, String> fields) {
      Map<String, String> copy = new LinkedHashMap<>();
      fields.forEach(
          (name, value) -> {
            if (value != null) {
              copy.put(name, value);
            }
          });
      this.form = copy;
      return this;
    }

    /**
     * Sends {@code form} as a streamed {@code multipart/form-data} body instead of JSON (file
     * uploads).
     */
    public Builder multipartBody(MultipartForm form) {
      this.multipart = Objects.requireNonNull(form, "form");
      return this;
    }

    /** Marks the endpoint as needing no credentials ({@code GET /health}). */
    public Builder unauthenticated() {
      this.authenticated = false;
      return this;
    }

    /**
     * Marks a delete whose success has no content as done when an attempt lost its answer (the
     * request may have reached the server) and a later one is answered {@code 404}: see {@link
     * RequestExecutor#executeWithoutContent}. Not for an operation whose repeat answers anything
     * else than {@code 404} (a booking's cancel returns the cancelled booking).
     */
    public Builder goneAfterLostAnswerIsDone() {
      this.goneAfterLostAnswerIsDone = true;
      return this;
    }

    /**
     * Marks a POST whose repetition has no further effect (a GraphQL query): it is sent without an
     * {@code Idempotency-Key} (a caller's key given through {@code withOptions(..)} is not spent on
     * it) and retried like a GET.
     */
    public Builder idempotent() {
      this.idempotent = true;
      return this;
    }

    /**
     * Sends a POST without the {@code Idempotency-Key} the SDK would generate (a key the caller
     * gave through {@code withOptions(..)} is still sent): without a key, the retry loop never
     * sends it again once it may have reached the server, nor after an error answer.
     */
    public Builder withoutIdempotencyKey() {
      this.withoutIdempotencyKey = true;
      return this;
    }

    /** Sends {@code mediaTypes} as this call's {@code Accept} header instead of the default. */
    public Builder accept(String mediaTypes) {
      this.accept = Objects.requireNonNull(mediaTypes, "mediaTypes");
      return this;
    }

    /** The request. */
    public ApiRequest build() {
      return new ApiRequest(this);
    }
  }
}
