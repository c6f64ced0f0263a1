package com.example.consumer.boot4;

import com.example.consumer.ConsumerApp;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Spring Boot 4 application has Jackson 3 ({@code tools.jackson}) on its class path, as Boot 4's
 * own JSON library, beside the Jackson 2 the SDK uses. This app uses Jackson 3 before and after
 * running the consumer checks in the same JVM, so the two have to live side by side.
 */
public final class WithJackson3 {
  private WithJackson3() {}

  /**
   * Runs Jackson 3, the consumer checks, then Jackson 3 again.
   *
   * @param args passed on to {@link ConsumerApp#main(String[])}
   */
  public static void main(String[] args) {
    ObjectMapper jackson3 = JsonMapper.builder().build();
    roundTrip(jackson3);
    ConsumerApp.main(args);
    roundTrip(jackson3);
    System.out.println(
        "jackson 3 beside the SDK: " + ObjectMapper.class.getPackage().getImplementationVersion());
  }

  private static void roundTrip(ObjectMapper mapper) {
    String json = mapper.writeValueAsString(Map.of("app", "boot4"));
    Map<?, ?> back = mapper.readValue(json, Map.class);
    if (!"boot4".equals(back.get("app"))) {
      throw new IllegalStateException("Jackson 3 round trip lost the value: " + json);
    }
  }
}
