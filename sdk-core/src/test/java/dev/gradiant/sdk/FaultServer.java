package dev.gradiant.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.function.Supplier;

/**
 * WireMock on 127.0.0.1 for the fault-injection tests of both faces (blocking and async): the
 * server, the base URL the SDK should use, and answer sequences for one request.
 */
public final class FaultServer extends WireMockServer {

  public FaultServer() {
    super(
        wireMockConfig()
            .dynamicPort()
            .bindAddress("127.0.0.1")
            .jettyStopTimeout(0L)
            .containerThreads(40));
  }

  /** {@return the base URL to give the client: {@code http://127.0.0.1:<port>/v1}} */
  public String apiBaseUrl() {
    return "http://127.0.0.1:" + port() + "/v1";
  }

  /** Answers the same request with each of {@code answers} in turn. */
  public void sequence(Supplier<MappingBuilder> request, ResponseDefinitionBuilder... answers) {
    String state = Scenario.STARTED;
    for (int i = 0; i < answers.length; i++) {
      String next = "step " + (i + 1);
      stubFor(
          request
              .get()
              .inScenario("sequence")
              .whenScenarioStateIs(state)
              .willReturn(answers[i])
              .willSetStateTo(next));
      state = next;
    }
  }

  /** A JSON answer with {@code status}. */
  public static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }
}
