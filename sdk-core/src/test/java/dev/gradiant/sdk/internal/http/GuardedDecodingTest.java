package dev.gradiant.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.errors.ClientFailureException;
import dev.gradiant.sdk.internal.concurrent.CompletionExecutor;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Decoding runs under the same guard as sending, on both faces: a failure of the decoder that is
 * not about the body reaches the caller as a {@link ClientFailureException}, and an {@link Error}
 * while decoding, or while handing the completion over, still completes the application's future.
 * The decoder is a test double (a reader whose deserializer throws): Jackson wraps what the SDK's
 * own deserializers throw in a {@code JsonMappingException}, so no body was found that makes it
 * throw anything else (a body the models cannot hold: {@code OnlyGradiantExceptionsEscapeTest}).
 */
class GuardedDecodingTest {
  private static final HttpUrl BASE_URL = HttpUrl.get("https://api.gradiant.test/v1");
  private static final ApiRequest ME = ApiRequest.get("/user").build();

  /** An {@link Error} of the test's own, so that nothing else could have thrown it. */
  static final class DecodingError extends Error {
    private static final long serialVersionUID = 1L;

    DecodingError() {
      super("decoder ran out of something");
    }
  }

  /** A type whose reader throws what {@code failure} gives, whatever the body. */
  static final class Unreadable {}

  private static ObjectReader readerThrowing(Supplier<? extends Throwable> failure) {
    SimpleModule module = new SimpleModule();
    module.addDeserializer(
        Unreadable.class,
        new StdDeserializer<>(Unreadable.class) {
          private static final long serialVersionUID = 1L;

          @Override
          public Unreadable deserialize(JsonParser parser, DeserializationContext context) {
            Throwable thrown = failure.get();
            if (thrown instanceof Error error) {
              throw error;
            }
            throw (RuntimeException) thrown;
          }
        });
    return new ObjectMapper().registerModule(module).readerFor(Unreadable.class);
  }

  /** Answers every request at once with a 200 and an envelope, on the calling thread. */
  private static final class Answering implements HttpTransport {
    private int sent;

    private HttpResponse answer() {
      sent++;
      return new HttpResponse(
          200,
          "OK",
          Headers.of("Content-Type", "application/json"),
          "{\"data\": {\"id\": \"user_123\"}}".getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public HttpResponse execute(HttpRequest request) {
      return answer();
    }

    @Override
    public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
      return CompletableFuture.completedFuture(answer());
    }

    @Override
    public void close() {}
  }

  private final Answering transport = new Answering();
  private CompletionExecutor completions = new CompletionExecutor(null);

  @AfterEach
  void closeCompletions() {
    completions.close();
  }

  private RequestExecutor executor() {
    return new RequestExecutor(BASE_URL, transport, "test", completions);
  }

  @Test
  void aDecoderFailureThatIsNotAboutTheBodyIsAClientFailureOnTheBlockingFace() {
    IllegalStateException bug = new IllegalStateException("decoder bug");

    Throwable thrown = catchThrowable(() -> executor().execute(ME, readerThrowing(() -> bug)));

    assertThat(thrown)
        .isInstanceOf(ClientFailureException.class)
        .hasMessage(
            "GET /user failed inside the client with java.lang.IllegalStateException (see the"
                + " cause)");
    assertThat(thrown.getCause()).isSameAs(bug);
    assertThat(transport.sent).isEqualTo(1);
  }

  @Test
  void aDecoderFailureThatIsNotAboutTheBodyIsAClientFailureOnTheAsyncFace() {
    NullPointerException bug = new NullPointerException("decoder bug");

    CompletableFuture<ApiResponse<Object>> call =
        executor().executeAsync(ME, readerThrowing(() -> bug));

    assertThat(call).isCompletedExceptionally();
    Throwable failure = catchThrowable(call::join);
    assertThat(failure).isInstanceOf(CompletionException.class);
    assertThat(failure.getCause()).isInstanceOf(ClientFailureException.class).hasCause(bug);
  }

  @Test
  void anErrorWhileDecodingIsThrownByTheBlockingFace() {
    DecodingError error = new DecodingError();

    assertThat(catchThrowable(() -> executor().execute(ME, readerThrowing(() -> error))))
        .isSameAs(error);
  }

  @Test
  void anErrorWhileDecodingStillCompletesTheAsyncFuture() {
    DecodingError error = new DecodingError();

    CompletableFuture<ApiResponse<Object>> call =
        executor().executeAsync(ME, readerThrowing(() -> error));

    assertThat(call).as("completed, not left pending").isCompletedExceptionally();
    assertThat(catchThrowable(call::join)).isInstanceOf(CompletionException.class).hasCause(error);
  }

  @Test
  void anErrorFromTheApplicationsExecutorStillLetsTheFutureComplete() {
    Executor cannotStartAThread =
        task -> {
          throw new OutOfMemoryError("unable to create native thread");
        };
    completions = new CompletionExecutor(cannotStartAThread);

    CompletableFuture<ApiResponse<Object>> call =
        executor().executeAsync(ME, readerThrowing(() -> new IllegalStateException("bug")));

    assertThat(call).as("completed where it would be without the executor").isDone();
    assertThat(catchThrowable(call::join)).hasCauseInstanceOf(ClientFailureException.class);
  }
}
