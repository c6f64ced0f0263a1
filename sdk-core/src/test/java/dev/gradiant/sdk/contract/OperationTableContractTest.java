package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.internal.observability.OperationTable;
import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.observability.CallStart;
import dev.gradiant.sdk.observability.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The observers' operations are the spec's: the SDK's table of operations ({@code operations.txt})
 * holds exactly the operations of {@code openapi/gradiant-v1.yaml}, and every contract call, on
 * both faces, reports the operationId and route template of the operation the spec-backed server
 * matched its request to.
 */
class OperationTableContractTest {
  private static final List<Operation> reported = new CopyOnWriteArrayList<>();
  private static ContractServer server;
  private static GradiantClient client;

  @BeforeAll
  static void start() {
    server = ContractServer.start();
    CallObserver observer =
        new CallObserver() {
          @Override
          public void onCallStart(CallStart event) {
            reported.add(event.call().operation());
          }
        };
    client = server.clientBuilder().apiToken(MockApi.TOKEN).addObserver(observer).build();
  }

  @AfterAll
  static void stop() {
    client.close();
    server.close();
  }

  private static String line(String operationId, String method, String template) {
    return operationId + " " + method + " " + template;
  }

  @Test
  void theTableHoldsExactlyTheSpecsOperations() {
    Set<String> spec =
        OpenApiSpec.gradiantV1().operations().stream()
            .map(op -> line(op.operationId(), op.method(), op.pathTemplate()))
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> table =
        OperationTable.standard().operations().stream()
            .map(op -> line(op.operationId(), op.method(), op.routeTemplate()))
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(table)
        .as(
            "sdk-core/src/main/resources/dev/gradiant/sdk/internal/observability/operations.txt"
                + " (one 'operationId METHOD /template' line per operation of the spec)")
        .isEqualTo(spec);
  }

  @Test
  void anOperationMissingFromTheTableIsNamedByMethodAndTemplate() {
    Operation unknown = OperationTable.standard().find("GET", "/not-in-the-spec/{id}");

    assertThat(unknown.operationId()).isEqualTo("GET /not-in-the-spec/{id}");
    assertThat(unknown.routeTemplate()).isEqualTo("/not-in-the-spec/{id}");
    assertThat(OperationTable.standard().find("GET", "/not-in-the-spec/{id}")).isSameAs(unknown);
  }

  static Stream<SdkCall> calls() {
    return SdkCalls.all().stream().flatMap(SdkCall::onEachFace);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void everyCallReportsTheOperationTheSpecMatched(SdkCall call) {
    server.dispatcher().clear();
    reported.clear();

    try {
      call.invoke().apply(client);
    } catch (RuntimeException e) {
      // an error answer documented by the spec: the call was still made and matched
    }

    Map<String, SpecOperation> byId =
        OpenApiSpec.gradiantV1().operations().stream()
            .collect(Collectors.toMap(SpecOperation::operationId, Function.identity()));
    List<String> matched =
        server.dispatcher().exchanges().stream()
            .map(Exchange::operationId)
            .filter(Objects::nonNull)
            .map(id -> line(id, byId.get(id).method(), byId.get(id).pathTemplate()))
            .toList();
    List<String> observed = new ArrayList<>();
    for (Operation op : reported) {
      observed.add(line(op.operationId(), op.method(), op.routeTemplate()));
    }
    assertThat(matched).as("requests the spec matched").isNotEmpty();
    assertThat(observed).isEqualTo(matched);
    assertThat(observed).allMatch(line -> line.startsWith(call.operationId() + " "));
  }
}
