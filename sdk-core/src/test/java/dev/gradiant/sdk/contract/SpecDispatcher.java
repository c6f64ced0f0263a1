package dev.gradiant.sdk.contract;

import static java.util.Objects.requireNonNullElse;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer dispatcher that plays the API as the spec documents it: each request is matched
 * to its operation and checked ({@link RequestValidator}), anything the spec does not allow is
 * recorded, and the answer is the operation's {@link DocumentedResponse}. A request no operation
 * matches gets a 404.
 */
final class SpecDispatcher extends Dispatcher {
  private final OpenApiSpec spec;
  private final RequestValidator validator;
  private final Map<String, DocumentedResponse> responses = new ConcurrentHashMap<>();
  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

  SpecDispatcher(OpenApiSpec spec) {
    this.spec = spec;
    this.validator = new RequestValidator(spec);
  }

  @Override
  public MockResponse dispatch(RecordedRequest recorded) {
    ContractRequest request = ContractRequest.from(recorded, spec.basePath());
    RequestValidator.Result result = validator.validate(request);
    SpecOperation op = result.operation();
    if (op == null) {
      exchanges.add(new Exchange(request, null, result.violations(), null));
      return new MockResponse.Builder()
          .code(404)
          .addHeader("Content-Type", "application/json")
          .body(
              "{\"error\": {\"code\": \"RESOURCE_NOT_FOUND\", \"message\": \"not in the spec\"},"
                  + " \"meta\": {\"requestId\": \"req_contract\","
                  + " \"timestamp\": \"2024-01-01T00:00:00Z\"}}")
          .build();
    }
    DocumentedResponse response =
        responses.computeIfAbsent(op.operationId(), id -> DocumentedResponse.of(spec, op));
    exchanges.add(new Exchange(request, op.operationId(), result.violations(), response));
    return response.toMockResponse();
  }

  /** Every exchange so far, in order. */
  List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  /** Every violation so far, each as {@code GET /v1/users?x=1 (listUsers): <what>}. */
  List<String> violations() {
    return exchanges.stream()
        .flatMap(
            e ->
                e.violations().stream()
                    .map(
                        v ->
                            e.request()
                                + " ("
                                + requireNonNullElse(e.operationId(), "no operation")
                                + "): "
                                + v))
        .toList();
  }

  /** The operationIds of every request that matched an operation. */
  Set<String> exercisedOperationIds() {
    return exchanges.stream()
        .map(Exchange::operationId)
        .filter(Objects::nonNull)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Forgets the exchanges so far. */
  void clear() {
    exchanges.clear();
  }
}
