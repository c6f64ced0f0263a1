package dev.gradiant.sdk.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Wire;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An error's free-form details reach the caller as plain, unmodifiable Java values. */
class ErrorDetailsTest {
  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @Test
  void detailsAreMapsListsStringsNumbersAndBooleansInTheServersOrder() {
    api.enqueueJson(
        422,
        """
        {"error": {"code": "VALIDATION_ERROR", "message": "Invalid",
                   "details": {"field": "email", "attempt": 3, "ratio": 0.5, "retryable": false,
                               "limits": {"max": 5}, "tags": ["a", null], "hint": null}}}""");

    ApiException e = catchThrowableOfType(ApiException.class, () -> client.users().get("user_1"));

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/users/user_1");
    assertThat(api.requestCount()).isEqualTo(1);
    @SuppressWarnings("unchecked")
    Map<String, Object> details = (Map<String, Object>) e.details().orElseThrow();
    assertThat(details.keySet())
        .containsExactly("field", "attempt", "ratio", "retryable", "limits", "tags", "hint");
    assertThat(details.get("field")).isEqualTo("email");
    assertThat(details.get("attempt")).isInstanceOf(Number.class);
    assertThat(((Number) details.get("attempt")).intValue()).isEqualTo(3);
    assertThat(((Number) details.get("ratio")).doubleValue()).isEqualTo(0.5);
    assertThat(details.get("retryable")).isEqualTo(false);
    assertThat(details.get("limits")).asInstanceOf(MAP).containsEntry("max", 5);
    assertThat(details.get("tags")).asInstanceOf(LIST).containsExactly("a", null);
    assertThat(details.containsKey("hint")).isTrue();
    assertThat(details.get("hint")).isNull();
    assertThat(e.error().details().orElseThrow()).isSameAs(e.details().orElseThrow());
  }

  @Test
  void detailsCannotBeChangedAtAnyDepth() {
    api.enqueueJson(
        409,
        """
        {"error": {"code": "BOOKING_CONFLICT", "message": "Taken",
                   "details": {"slots": [{"at": "10:00"}]}}}""");

    ApiException e = catchThrowableOfType(ApiException.class, () -> client.users().get("user_1"));

    @SuppressWarnings("unchecked")
    Map<String, Object> details = (Map<String, Object>) e.details().orElseThrow();
    @SuppressWarnings("unchecked")
    List<Object> slots = (List<Object>) details.get("slots");
    @SuppressWarnings("unchecked")
    Map<String, Object> slot = (Map<String, Object>) slots.get(0);
    assertThatThrownBy(() -> details.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> slots.add(1)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> slot.put("at", "11:00"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(slot).containsEntry("at", "10:00");
  }

  @Test
  void jsonApiErrorsAreAListOfMaps() {
    api.enqueueJson(
        422,
        """
        {"errors": [{"code": "VALIDATION_ERROR", "detail": "Bad email",
                     "source": {"pointer": "/data/attributes/email"}}]}""");

    ApiException e = catchThrowableOfType(ApiException.class, () -> client.users().get("user_1"));

    assertThat(e.details().orElseThrow())
        .asInstanceOf(LIST)
        .singleElement()
        .asInstanceOf(MAP)
        .containsEntry("code", "VALIDATION_ERROR")
        .containsEntry("source", Map.of("pointer", "/data/attributes/email"));
  }

  @Test
  void anErrorBuiltByTheCallerCopiesItsDetails() {
    List<Object> tags = new ArrayList<>(Arrays.asList("a", null));
    Map<String, Object> given = new LinkedHashMap<>();
    given.put("tags", tags);

    ApiError error = ApiError.builder().code("CODE").message("message").details(given).build();
    tags.add("b");
    given.put("later", true);

    assertThat(error.details()).contains(Map.of("tags", Arrays.asList("a", null)));
  }
}
