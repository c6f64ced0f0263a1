package dev.gradiant.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.errors.ClientFailureException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * How the authenticating layer asks credentials for their headers: through {@code
 * authHeadersAsync()} when a provider has its own, straight through {@code authHeaders()} when it
 * keeps the interface's default (which only wraps that method's answer in a completed future).
 */
class CredentialsAskedTest {
  private static final Map<String, String> SYNC = Map.of("Authorization", "Bearer sync");
  private static final Map<String, String> ASYNC = Map.of("Authorization", "Bearer async");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-05T08:00:00Z"), ZoneOffset.UTC);
  private static final HttpResponse OK = new HttpResponse(200, "", Headers.of(), new byte[0]);
  private static final int CALLS = 1_000;

  private final Recording server = new Recording();

  @Test
  void providerOverridingOnlyAuthHeadersAsyncIsAskedThatWay() {
    AsyncOnly provider = new AsyncOnly();

    send(provider);
    send(provider);

    assertThat(provider.asyncAsked).hasValue(2);
    assertThat(provider.syncAsked).hasValue(0);
    assertThat(server.sent.credentialHeaders()).isEqualTo(ASYNC);
  }

  @Test
  void providerWhoseInterfaceOverridesAuthHeadersAsyncIsAskedThatWay() {
    AsyncByInterface provider = new AsyncByInterfaceProvider();

    send(provider);

    assertThat(AsyncByInterfaceProvider.syncAsked).hasValue(0);
    assertThat(server.sent.credentialHeaders()).isEqualTo(ASYNC);
  }

  @Test
  void providerKeepingTheDefaultIsAskedForItsHeadersEveryAttempt() {
    AtomicInteger asked = new AtomicInteger();
    Credentials provider =
        () -> {
          asked.incrementAndGet();
          return SYNC;
        };

    send(provider);
    send(provider);

    assertThat(asked).hasValue(2);
    assertThat(server.sent.credentialHeaders()).isEqualTo(SYNC);
    assertThat(server.count).isEqualTo(2);
  }

  @Test
  void providerKeepingTheDefaultFailsTheAttemptAsCredentialsFailure() {
    IllegalStateException vault = new IllegalStateException("vault sealed");
    Credentials provider =
        () -> {
          throw vault;
        };

    CredentialsFailure failure =
        catchThrowableOfType(CredentialsFailure.class, () -> send(provider));

    assertThat(failure.failure()).isInstanceOf(ClientFailureException.class).hasCause(vault);
    assertThat(server.count).isZero();
  }

  @Test
  void callersOwnCredentialsAreAskedInsteadOfTheClients() {
    AsyncOnly callers = new AsyncOnly();
    AuthenticatingTransport auth =
        new AuthenticatingTransport(server, () -> SYNC, CLOCK, (d, c) -> new CompletableFuture<>());

    auth.execute(request(RequestOptions.builder().credentials(callers).build()));

    assertThat(callers.asyncAsked).hasValue(1);
    assertThat(server.sent.credentialHeaders()).isEqualTo(ASYNC);
  }

  /**
   * Fails on main: the default {@code authHeadersAsync} made a completed future per attempt (about
   * 24 bytes) on top of the request's copy carrying the headers, which is all the layer makes now.
   */
  @Test
  void providerKeepingTheDefaultCostsNoFuture() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeThat(threads.isThreadAllocatedMemorySupported()).isTrue();
    threads.setThreadAllocatedMemoryEnabled(true);
    Credentials provider = () -> SYNC;
    AuthenticatingTransport auth =
        new AuthenticatingTransport(server, provider, CLOCK, (d, c) -> new CompletableFuture<>());
    HttpRequest request = request(RequestOptions.none());
    auth.execute(request); // classes loaded outside the measure
    request.withCredentialHeaders(SYNC);
    long thread = Thread.currentThread().getId();

    long before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < CALLS; i++) {
      server.sent = request.withCredentialHeaders(SYNC);
    }
    long copyOnly = (threads.getThreadAllocatedBytes(thread) - before) / CALLS;
    before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < CALLS; i++) {
      auth.execute(request);
    }
    long perAttempt = (threads.getThreadAllocatedBytes(thread) - before) / CALLS;

    assertThat(server.sent.credentialHeaders()).isEqualTo(SYNC);
    assertThat(perAttempt).isLessThanOrEqualTo(copyOnly);
  }

  /**
   * Fails on main: the layer handed on a copy of the request carrying the headers (72 bytes an
   * attempt). The attempt's own record carries them now, and the request goes on as it is.
   */
  @Test
  void anAttemptIsAuthenticatedWithoutACopyOfItsRequest() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeThat(threads.isThreadAllocatedMemorySupported()).isTrue();
    threads.setThreadAllocatedMemoryEnabled(true);
    AuthenticatingTransport auth =
        new AuthenticatingTransport(server, () -> SYNC, CLOCK, (d, c) -> new CompletableFuture<>());
    HttpRequest request = request(RequestOptions.none());

    auth.execute(request);

    assertThat(server.sent).isSameAs(request);
    assertThat(server.sent.credentialHeaders()).isEqualTo(SYNC);
    assertThat(server.sent.headers().get("Authorization")).isNull();
    HttpRequest other = request(RequestOptions.none());
    other.withCredentialHeaders(SYNC); // classes loaded outside the measure
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < CALLS; i++) {
      server.sent = other.withCredentialHeaders(SYNC);
    }
    long copyOnly = (threads.getThreadAllocatedBytes(thread) - before) / CALLS;
    before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < CALLS; i++) {
      auth.execute(request);
    }
    long perAttempt = (threads.getThreadAllocatedBytes(thread) - before) / CALLS;

    assertThat(perAttempt).isLessThan(copyOnly);
    assertThat(server.count).isEqualTo(CALLS + 1);
  }

  /**
   * A request on the shared first attempt (whose deadline the retry loop has not fixed yet) is
   * authenticated in a copy: the shared record never holds a credential.
   */
  @Test
  void theSharedFirstAttemptNeverCarriesCredentials() {
    AuthenticatingTransport auth =
        new AuthenticatingTransport(server, () -> SYNC, CLOCK, (d, c) -> new CompletableFuture<>());
    HttpRequest request = request(RequestOptions.none(), Attempt.FIRST);

    auth.execute(request);

    assertThat(server.sent).isNotSameAs(request);
    assertThat(server.sent.credentialHeaders()).isEqualTo(SYNC);
    assertThat(request.credentialHeaders()).isEmpty();
    assertThat(Attempt.FIRST.transmission().credentialHeaders()).isNull();
  }

  /** The next attempt of a call is asked anew: it does not carry the headers of the one before. */
  @Test
  void aNewAttemptCarriesOnlyTheHeadersAskedForIt() {
    AtomicInteger asked = new AtomicInteger();
    Credentials rotating = () -> Map.of("Authorization", "Bearer tok_" + asked.incrementAndGet());
    AuthenticatingTransport auth =
        new AuthenticatingTransport(server, rotating, CLOCK, (d, c) -> new CompletableFuture<>());
    HttpRequest first = request(RequestOptions.none());

    auth.execute(first);
    HttpRequest firstSent = server.sent;
    HttpRequest second = first.withAttempt(new Attempt(2, null));
    assertThat(second.credentialHeaders()).isEmpty();
    auth.execute(second);

    assertThat(firstSent.credentialHeaders()).isEqualTo(Map.of("Authorization", "Bearer tok_1"));
    assertThat(server.sent.credentialHeaders()).isEqualTo(Map.of("Authorization", "Bearer tok_2"));
  }

  private void send(Credentials credentials) {
    new AuthenticatingTransport(server, credentials, CLOCK, (d, c) -> new CompletableFuture<>())
        .execute(request(RequestOptions.none()));
  }

  private static HttpRequest request(RequestOptions options) {
    return request(options, Attempt.first(null));
  }

  private static HttpRequest request(RequestOptions options, Attempt attempt) {
    return new HttpRequest(
        "GET",
        HttpUrl.get("https://api.example.test/v1/user"),
        Headers.of("Accept", "application/json"),
        null,
        null,
        "/user",
        true,
        options,
        attempt);
  }

  /** Implements {@code authHeadersAsync} and refuses to be asked the blocking way. */
  private static final class AsyncOnly implements Credentials {
    final AtomicInteger asyncAsked = new AtomicInteger();
    final AtomicInteger syncAsked = new AtomicInteger();

    @Override
    public Map<String, String> authHeaders() {
      syncAsked.incrementAndGet();
      throw new UnsupportedOperationException("asked the blocking way");
    }

    @Override
    public CompletableFuture<Map<String, String>> authHeadersAsync() {
      asyncAsked.incrementAndGet();
      return CompletableFuture.completedFuture(ASYNC);
    }
  }

  /** An interface of the application's that gives credentials an asynchronous source. */
  private interface AsyncByInterface extends Credentials {
    @Override
    default CompletableFuture<Map<String, String>> authHeadersAsync() {
      return CompletableFuture.completedFuture(ASYNC);
    }
  }

  private static final class AsyncByInterfaceProvider implements AsyncByInterface {
    static final AtomicInteger syncAsked = new AtomicInteger();

    @Override
    public Map<String, String> authHeaders() {
      syncAsked.incrementAndGet();
      throw new UnsupportedOperationException("asked the blocking way");
    }
  }

  /** Answers every request with {@code 200}, keeping the last one sent. */
  private static final class Recording implements HttpTransport {
    HttpRequest sent;
    int count;

    @Override
    public HttpResponse execute(HttpRequest request) {
      sent = request;
      count++;
      return OK;
    }

    @Override
    public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
      return CompletableFuture.completedFuture(execute(request));
    }

    @Override
    public void close() {}
  }
}
