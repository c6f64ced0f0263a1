package dev.gradiant.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.gradiant.sdk.core.HttpHeaders;
import dev.gradiant.sdk.core.ResponseMetadata;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/**
 * A call's metadata carries its response's headers exactly (order, repeated names, spelling), and
 * copies them only when they are first read: a call whose caller never looks at its headers pays
 * nothing for them.
 */
class ResponseMetadataHeadersTest {
  private static final int CALLS = 2_000;

  private static final Headers SENT =
      new Headers.Builder()
          .add("Content-Type", "application/json")
          .add("X-Request-ID", "req_1")
          .add("Set-Cookie", "a=1")
          .add("set-cookie", "b=2")
          .add("X-RateLimit-Remaining", "41")
          .build();

  private static ResponseMetadata read(Headers headers) {
    return ResponseMetadataReader.read(new HttpResponse(200, "OK", headers, new byte[0]), null);
  }

  @Test
  void headersReadLaterAreTheResponsesExactly() {
    ResponseMetadata metadata = read(SENT);
    HttpHeaders eager =
        HttpHeaders.of(
            "Content-Type", "application/json",
            "X-Request-ID", "req_1",
            "Set-Cookie", "a=1",
            "set-cookie", "b=2",
            "X-RateLimit-Remaining", "41");

    HttpHeaders headers = metadata.headers();

    assertThat(headers.all("SET-COOKIE")).containsExactly("a=1", "b=2");
    assertThat(headers.first("set-cookie")).contains("a=1");
    assertThat(headers.last("Set-Cookie")).contains("b=2");
    assertThat(headers.names())
        .containsExactly("Content-Type", "Set-Cookie", "X-RateLimit-Remaining", "X-Request-ID");
    assertThat(headers.toMap()).isEqualTo(eager.toMap());
    assertThat(headers).isEqualTo(eager).hasSameHashCodeAs(eager);
    assertThat(eager).isEqualTo(headers);
    assertThat(headers.toString())
        .isEqualTo(eager.toString())
        .contains("Set-Cookie: ****")
        .doesNotContain("a=1");
    assertThat(metadata.requestId()).contains("req_1");
    assertThat(metadata.header("x-ratelimit-remaining")).contains("41");
    assertThat(metadata).isEqualTo(read(SENT)).hasSameHashCodeAs(read(SENT));
  }

  @Test
  void aResponseWithoutHeadersHasEmptyMetadataHeaders() {
    HttpHeaders headers = read(Headers.of()).headers();

    assertThat(headers).isEqualTo(HttpHeaders.of());
    assertThat(headers.names()).isEmpty();
    assertThat(headers.first("X-Request-ID")).isEmpty();
  }

  @Test
  void threadsReadingTheHeadersFirstAtOnceSeeTheSame() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 50; round++) {
        HttpHeaders headers = read(SENT).headers();
        List<Callable<List<String>>> readers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          readers.add(() -> headers.all("set-cookie"));
        }
        for (Future<List<String>> seen : threads.invokeAll(readers)) {
          assertThat(seen.get()).containsExactly("a=1", "b=2");
        }
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /**
   * Fails on the eager copy: the headers were copied into an array, and that array copied again by
   * {@link HttpHeaders#of(String...)}, for every call, read or not (about 16 bytes per header).
   */
  @Test
  void metadataCopiesNoHeaderUntilOneIsRead() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeThat(threads.isThreadAllocatedMemorySupported()).isTrue();
    threads.setThreadAllocatedMemoryEnabled(true);
    Headers few = Headers.of("X-Request-ID", "req_1");
    Headers.Builder builder = new Headers.Builder();
    for (int i = 0; i < 64; i++) {
      builder.add("X-Header-" + i, "value " + i);
    }
    Headers many = builder.build();

    long withFew = bytesPerRead(threads, few);
    long withMany = bytesPerRead(threads, many);

    // 63 more headers copied twice would be about 1,000 bytes more per call
    assertThat(withMany - withFew).isLessThan(64);
    assertThat(read(many).headers().first("x-header-63")).contains("value 63");
  }

  private static long bytesPerRead(com.sun.management.ThreadMXBean threads, Headers headers) {
    ResponseMetadata[] kept = new ResponseMetadata[CALLS];
    long thread = Thread.currentThread().getId();
    read(headers); // classes loaded outside the measure
    long before = threads.getThreadAllocatedBytes(thread);
    for (int i = 0; i < CALLS; i++) {
      kept[i] = read(headers);
    }
    long after = threads.getThreadAllocatedBytes(thread);
    assertThat(kept).doesNotContainNull();
    return (after - before) / CALLS;
  }
}
