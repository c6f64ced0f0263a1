package dev.gradiant.sdk.contract;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.pagination.AsyncPage;
import dev.gradiant.sdk.pagination.Page;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes an {@link SdkCall} by reflection: follows the accessors its name names ({@code users()},
 * {@code withRawResponse()}) from the client or its asynchronous view, then calls the method whose
 * parameters take the call's arguments. An asynchronous call is awaited (at most 30 s) and its
 * result read as the blocking twin's would be, so the same assertions hold for both faces.
 */
final class SdkInvoker {
  private SdkInvoker() {}

  static Object call(GradiantClient client, SdkCall call) {
    List<String> chain = chain(call.name());
    Object target = call.face() == SdkCall.Face.ASYNC ? client.async() : client;
    for (String accessor : chain.subList(0, chain.size() - 1)) {
      target = invoke(target, method(target, accessor, List.of()), List.of());
    }
    Object result =
        invoke(target, method(target, chain.get(chain.size() - 1), call.args()), call.args());
    if (call.face() == SdkCall.Face.BLOCKING) {
      return result;
    }
    return asBlocking(await((CompletableFuture<?>) result));
  }

  /** {@code users().withRawResponse().get(id)} to {@code [users, withRawResponse, get]}. */
  static List<String> chain(String name) {
    if (!name.endsWith(")")) {
      throw new IllegalArgumentException("An SdkCall's name must be the call, got: " + name);
    }
    int open = name.lastIndexOf('(');
    return Arrays.asList(name.substring(0, open).split("\\(\\)\\."));
  }

  private static Method method(Object target, String name, List<Object> args) {
    List<Method> matches =
        Arrays.stream(target.getClass().getMethods())
            .filter(m -> m.getName().equals(name) && m.getParameterCount() == args.size())
            .filter(m -> accepts(m.getParameterTypes(), args))
            .toList();
    if (matches.size() != 1) {
      throw new IllegalArgumentException(
          target.getClass().getSimpleName()
              + " has "
              + matches.size()
              + " methods "
              + name
              + " taking "
              + args.stream().map(a -> a.getClass().getSimpleName()).toList());
    }
    return matches.get(0);
  }

  private static boolean accepts(Class<?>[] types, List<Object> args) {
    for (int i = 0; i < types.length; i++) {
      if (!types[i].isInstance(args.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static Object invoke(Object target, Method method, List<Object> args) {
    try {
      return method.invoke(target, args.toArray());
    } catch (InvocationTargetException e) {
      throw rethrow(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object await(CompletableFuture<?> future) {
    try {
      return future.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (TimeoutException e) {
      throw new AssertionError("the asynchronous call did not complete within 30 s", e);
    }
  }

  private static RuntimeException rethrow(Throwable failure) {
    if (failure instanceof RuntimeException runtime) {
      return runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(failure);
  }

  /** An {@link AsyncPage} (alone or in an {@link ApiResponse}) as the {@link Page} it mirrors. */
  private static Object asBlocking(Object result) {
    if (result instanceof AsyncPage<?> page) {
      return new Page<>(
          page.items(),
          page.total().orElse(-1L),
          page.limit(),
          page.offset(),
          page.metadata(),
          offset -> {
            throw new UnsupportedOperationException("a contract call reads one page");
          });
    }
    if (result instanceof ApiResponse<?> response && response.data() instanceof AsyncPage<?>) {
      return ApiResponse.builder()
          .data(asBlocking(response.data()))
          .metadata(response.metadata())
          .build();
    }
    return result;
  }
}
