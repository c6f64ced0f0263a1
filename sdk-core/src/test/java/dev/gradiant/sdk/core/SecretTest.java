package dev.gradiant.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradiant.sdk.internal.json.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A secret never prints, compares by value, and can be read from JSON but never written. */
class SecretTest {
  private static final String KEY = "avk_a7f3c91e8b2d4e6f";

  @Test
  void toStringNeverShowsTheValue() {
    Secret secret = Secret.of(KEY);

    assertThat(secret.toString()).isEqualTo("****");
    assertThat(String.valueOf(secret)).doesNotContain("a7f3");
    assertThat("key " + secret).isEqualTo("key ****");
    assertThat(secret.reveal()).isEqualTo(KEY);
  }

  @Test
  void equalsAndHashCodeFollowTheValue() {
    assertThat(Secret.of(KEY)).isEqualTo(Secret.of(KEY)).hasSameHashCodeAs(Secret.of(KEY));
    assertThat(Secret.of(KEY)).isNotEqualTo(Secret.of(KEY + "0"));
    assertThat(Secret.of(KEY)).isNotEqualTo(Secret.of("avk_a7f3c91e8b2d4e6e"));
    assertThat(Secret.of(KEY)).isNotEqualTo(KEY);
    assertThat(Secret.of(KEY).hashCode()).isNotEqualTo(KEY.hashCode());
  }

  @Test
  void anEmptyOrNullValueIsRefused() {
    assertThatThrownBy(() -> Secret.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Secret.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void jacksonReadsASecretButCannotWriteOne() throws Exception {
    Secret read = Json.mapper().readValue("\"" + KEY + "\"", Secret.class);

    assertThat(read.reveal()).isEqualTo(KEY);
    assertThatThrownBy(() -> Json.mapper().writeValueAsString(Map.of("secret", read)))
        .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class)
        .hasMessageNotContaining(KEY);
    assertThatThrownBy(() -> new ObjectMapper().writeValueAsString(read))
        .hasMessageNotContaining(KEY);
  }
}
