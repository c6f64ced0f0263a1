package dev.gradiant.sdk.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.conformance.PrismClients.Auth;
import dev.gradiant.sdk.conformance.PrismClients.Recorder;
import dev.gradiant.sdk.contract.SdkCall;
import dev.gradiant.sdk.contract.SdkCalls;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.pagination.Page;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every SDK method ({@link SdkCalls#all()}: typed and {@code withRawResponse()}, every optional
 * parameter set at least once), made against Prism, authenticated with a bearer token and again
 * with an API key: Prism must accept each request as the spec allows it (a 2xx, no {@code
 * sl-violations}), and the SDK must read Prism's answer. A page that has a next one is also asked
 * for it ({@link Page#nextPage()}), which must keep the call's filters in a request Prism accepts.
 */
@Tag("conformance")
@ExtendWith(PrismExtension.class)
class SdkMethodsConformanceTest {

  static Stream<Arguments> calls() {
    return SdkCalls.all().stream()
        .flatMap(call -> Arrays.stream(Auth.values()).map(auth -> Arguments.of(call, auth)));
  }

  @ParameterizedTest(name = "{0} with {1}")
  @MethodSource("calls")
  void prismAcceptsTheRequestAndTheSdkReadsTheAnswer(SdkCall call, Auth auth, PrismServer prism) {
    Recorder recorder = new Recorder();
    try (GradiantClient client = PrismClients.client(prism, auth, null, recorder)) {
      Object result = make(call.toString(), () -> call.invoke().apply(client), recorder);

      PrismExchange exchange = recorder.only();
      assertThat(exchange.problem()).as("what Prism said about %s", call).isEmpty();

      Page<?> page = page(result);
      if (page != null && page.hasNextPage()) {
        make(call + " then nextPage()", page::nextPage, recorder);
        PrismExchange next = recorder.exchanges().get(1);
        assertThat(next.problem()).as("what Prism said about the next page of %s", call).isEmpty();
      }
    }
  }

  private static Object make(String what, Supplier<Object> call, Recorder recorder) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      throw new AssertionError(
          what + " failed against Prism; exchanges: " + recorder.exchanges(), e);
    }
  }

  /** The page a list call returned, typed or raw; {@code null} for any other result. */
  private static Page<?> page(Object result) {
    Object data = result instanceof ApiResponse<?> response ? response.data() : result;
    return data instanceof Page<?> page ? page : null;
  }
}
