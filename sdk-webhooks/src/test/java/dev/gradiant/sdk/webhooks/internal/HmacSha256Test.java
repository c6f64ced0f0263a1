package dev.gradiant.sdk.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class HmacSha256Test {
  private static final byte[] KEY = "a-webhook-secret".getBytes(StandardCharsets.UTF_8);

  @Test
  void theReusedMacStartsEachCallAfresh() throws Exception {
    HmacSha256 hmac = new HmacSha256(KEY);

    for (int i = 0; i < 5; i++) {
      byte[] message = ("delivery " + i).getBytes(StandardCharsets.UTF_8);
      assertThat(hmac.compute(message)).isEqualTo(reference(message));
      assertThat(hmac.compute("id.".getBytes(StandardCharsets.UTF_8), message))
          .isEqualTo(reference(("id.delivery " + i).getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Test
  void threadsSharingOneKeyEachGetTheirOwnMac() throws Exception {
    HmacSha256 hmac = new HmacSha256(KEY);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int seed = t;
        results.add(
            threads.submit(
                () -> {
                  for (int i = 0; i < 2_000; i++) {
                    byte[] message = (seed + ":" + i).getBytes(StandardCharsets.UTF_8);
                    if (!java.util.Arrays.equals(hmac.compute(message), reference(message))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static byte[] reference(byte[] message) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
    return mac.doFinal(message);
  }
}
