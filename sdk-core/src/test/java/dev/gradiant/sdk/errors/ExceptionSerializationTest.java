package dev.gradiant.sdk.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.core.HttpHeaders;
import dev.gradiant.sdk.core.ResponseMetadata;
import dev.gradiant.sdk.internal.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every exception of {@code dev.gradiant.sdk.errors} survives Java serialization (app servers, RMI
 * and caches serialize exceptions): each public accessor of the copy answers without an NPE and
 * keeps its value, except what the Javadoc of {@link ApiException} says is dropped (the free-form
 * details and the headers outside its allow-list). New exception classes are picked up by scanning
 * the package, so they are covered too. A cause that cannot be serialized is written as a stand-in
 * that keeps its class name and stack trace, never its message.
 */
class ExceptionSerializationTest {
  private static final String PERSONAL = "jane@clinic.example";

  /** Accessors whose value after a round trip is documented to differ; checked on their own. */
  private static final Set<String> DOCUMENTED_CHANGES =
      Set.of("details", "headers", "metadata", "error", "getCause");

  static Stream<Class<? extends GradiantException>> exceptionTypes() {
    URL url = GradiantException.class.getResource("GradiantException.class");
    assertThat(url).isNotNull();
    Path dir;
    try {
      dir = Path.of(url.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<Class<? extends GradiantException>> types = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".class") || name.contains("$")) {
          continue;
        }
        Class<?> type =
            Class.forName(
                GradiantException.class.getPackageName()
                    + "."
                    + name.substring(0, name.length() - ".class".length()));
        if (GradiantException.class.isAssignableFrom(type)
            && Modifier.isPublic(type.getModifiers())
            && !Modifier.isAbstract(type.getModifiers())) {
          types.add(type.asSubclass(GradiantException.class));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    assertThat(types)
        .as("the scan finds the exception tree")
        .contains(
            GradiantException.class,
            ApiException.class,
            RateLimitException.class,
            ConnectionException.class);
    return types.stream();
  }

  @ParameterizedTest
  @MethodSource("exceptionTypes")
  void everyAccessorAnswersTheSameAfterARoundTrip(Class<? extends GradiantException> type)
      throws Exception {
    GradiantException original = instantiate(type);

    GradiantException copy = roundTrip(original);

    assertThat(copy).isExactlyInstanceOf(type);
    for (Method accessor : accessors(type)) {
      Object before = call(accessor, original);
      Object after = call(accessor, copy);
      if (!DOCUMENTED_CHANGES.contains(accessor.getName())) {
        assertThat(after).as(type.getSimpleName() + "." + accessor.getName()).isEqualTo(before);
      }
    }
    assertThat(copy.getCause() == null).isEqualTo(original.getCause() == null);
    if (original.getCause() != null) {
      assertThat(copy.getCause()).hasSameClassAs(original.getCause());
      assertThat(copy.getCause().getMessage()).isEqualTo(original.getCause().getMessage());
    }
    if (copy instanceof ApiException api) {
      assertKeptAsDocumented((ApiException) original, api);
    }
  }

  @Test
  void theDetailsAndUnlistedHeadersAreNotWrittenSoPersonalDataStaysOut() throws Exception {
    ApiException original = (ApiException) instantiate(UnprocessableEntityException.class);

    byte[] bytes = serialize(original);

    assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
        .doesNotContain(PERSONAL)
        .doesNotContain("session=abc")
        .contains("VALIDATION_ERROR");
  }

  @Test
  void aRateLimitExceptionStillSaysHowLongToWait() throws Exception {
    RateLimitException original = (RateLimitException) instantiate(RateLimitException.class);

    RateLimitException copy = roundTrip(original);

    assertThat(copy.retryAfter()).contains(Duration.ofSeconds(30));
    assertThat(copy.rateLimit()).isEqualTo(original.rateLimit()).isPresent();
  }

  /** What a credentials provider might throw: it holds a connection, which cannot be written. */
  @SuppressWarnings("serial")
  static final class VaultException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Not serializable: writing this exception fails. */
    final Object connection = new Object();

    VaultException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private static final String SECRET = "sk_live_do_not_leak_81c2";

  @ParameterizedTest
  @ValueSource(
      classes = {
        GradiantException.class,
        ClientFailureException.class,
        ConnectionException.class,
        ApiTimeoutException.class
      })
  void aCauseThatCannotBeSerializedIsWrittenAsAStandInOfTheSameName(
      Class<? extends GradiantException> type) throws Exception {
    VaultException vault =
        new VaultException(
            "vault read with " + SECRET + " failed",
            new IOException("socket to vault.internal:8200 reset"));
    GradiantException original =
        type.getConstructor(String.class, Throwable.class)
            .newInstance("GET /user failed inside the client", vault);

    byte[] bytes = serialize(original);
    GradiantException copy = roundTrip(original);

    assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
    assertThat(copy).isExactlyInstanceOf(type);
    assertThat(copy.getMessage()).isEqualTo(original.getMessage());
    assertThat(copy.attempts()).isEqualTo(original.attempts());
    Throwable standIn = copy.getCause();
    assertThat(standIn.getMessage())
        .startsWith(VaultException.class.getName())
        .doesNotContain(SECRET);
    assertThat(standIn.getStackTrace()).isEqualTo(vault.getStackTrace());
    assertThat(standIn.getCause().getMessage())
        .startsWith("java.io.IOException")
        .doesNotContain("vault.internal");
    assertThat(standIn.getCause().getStackTrace()).isEqualTo(vault.getCause().getStackTrace());
    assertThat(standIn.getCause().getCause()).isNull();
    assertThat(original.getCause()).as("the original keeps its cause").isSameAs(vault);
  }

  private static void assertKeptAsDocumented(ApiException original, ApiException copy) {
    assertThat(copy.details()).isEmpty();
    ApiError.Builder expected = ApiError.builder().message(original.serverMessage());
    original.errorCode().ifPresent(expected::code);
    assertThat(copy.error()).isEqualTo(expected.fieldErrors(original.fieldErrors()).build());
    HttpHeaders kept = copy.headers();
    assertThat(kept.last("X-Request-ID")).contains("req_77");
    assertThat(kept.last("Retry-After")).contains("30");
    assertThat(kept.last("X-RateLimit-Reset")).contains("1751285520");
    assertThat(kept.last("Set-Cookie")).isEmpty();
    assertThat(copy.metadata())
        .isEqualTo(
            ResponseMetadata.builder()
                .statusCode(original.statusCode())
                .headers(kept)
                .requestId(original.requestId().orElseThrow())
                .attempts(original.attempts())
                .retryReason(original.retryReason().orElseThrow())
                .build());
  }

  /** Public no-argument methods declared between the type and {@link RuntimeException}. */
  private static List<Method> accessors(Class<?> type) {
    Map<String, Method> methods = new LinkedHashMap<>();
    for (Class<?> c = type; c != RuntimeException.class; c = c.getSuperclass()) {
      for (Method method : c.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers())
            && !Modifier.isStatic(method.getModifiers())
            && method.getParameterCount() == 0
            && method.getReturnType() != void.class) {
          methods.putIfAbsent(method.getName(), method);
        }
      }
    }
    for (String inherited : List.of("getMessage", "getLocalizedMessage", "toString")) {
      try {
        methods.putIfAbsent(inherited, type.getMethod(inherited));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
    }
    return List.copyOf(methods.values());
  }

  private static Object call(Method accessor, Object target) {
    try {
      return accessor.invoke(target);
    } catch (InvocationTargetException e) {
      throw new AssertionError(
          accessor.getDeclaringClass().getSimpleName() + "." + accessor.getName() + " threw",
          e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Builds the type through its richest public constructor, with sample values. */
  private static GradiantException instantiate(Class<? extends GradiantException> type)
      throws Exception {
    Constructor<?> constructor =
        Stream.of(type.getConstructors())
            .max(Comparator.comparingInt(Constructor::getParameterCount))
            .orElseThrow(() -> new AssertionError(type + " has no public constructor"));
    Object[] args = new Object[constructor.getParameterCount()];
    Class<?>[] parameters = constructor.getParameterTypes();
    for (int i = 0; i < parameters.length; i++) {
      args[i] = sample(type, parameters[i], i);
    }
    return type.cast(constructor.newInstance(args));
  }

  private static Object sample(Class<?> owner, Class<?> parameter, int index) {
    if (parameter == String.class) {
      return index == 0 ? "what failed on GET /users/{id}" : "HTTP 503";
    }
    if (parameter == int.class || parameter == Integer.class) {
      return 3;
    }
    if (parameter == long.class || parameter == Long.class) {
      return 4096L;
    }
    if (parameter == Duration.class) {
      return Duration.ofSeconds(30);
    }
    if (parameter.isAssignableFrom(IOException.class)) {
      return new IOException("connection reset");
    }
    if (parameter == ApiError.class) {
      return apiError();
    }
    if (parameter == ResponseMetadata.class) {
      return ResponseMetadata.builder()
          .statusCode(statusOf(owner))
          .headers(
              HttpHeaders.of(
                  "Content-Type", "application/json",
                  "X-Request-ID", "req_77",
                  "Retry-After", "30",
                  "X-RateLimit-Limit", "100",
                  "X-RateLimit-Remaining", "0",
                  "X-RateLimit-Reset", "1751285520",
                  "Set-Cookie", "session=abc"))
          .requestId("req_77")
          .attempts(3)
          .retryReason("HTTP 503")
          .build();
    }
    return fail(
        "ExceptionSerializationTest cannot build a "
            + parameter.getName()
            + " for "
            + owner.getSimpleName()
            + "; teach sample(...) how");
  }

  private static ApiError apiError() {
    try {
      JsonNode details =
          Json.mapper()
              .readTree(
                  "[{\"field\":\"email\",\"issue\":\"Already registered\",\"value\":\""
                      + PERSONAL
                      + "\"}]");
      return ApiError.builder()
          .code("VALIDATION_ERROR")
          .message("1 field is invalid")
          .details(Json.mapper().convertValue(details, Object.class))
          .fieldErrors(
              List.of(FieldError.builder().field("email").message("Already registered").build()))
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int statusOf(Class<?> type) {
    if (RateLimitException.class.isAssignableFrom(type)) {
      return 429;
    }
    if (ServerException.class.isAssignableFrom(type)) {
      return 503;
    }
    if (MalformedResponseException.class.isAssignableFrom(type)) {
      return 200;
    }
    return 422;
  }

  private static byte[] serialize(Object value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialize(value)))) {
      return (T) in.readObject();
    }
  }
}
