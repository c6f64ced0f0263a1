package dev.gradiant.sdk.contract;

import dev.gradiant.sdk.GradiantClient;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One call of a public SDK method with realistic arguments, and the spec operation it must reach.
 * Public for the conformance suite ({@code dev.gradiant.sdk.conformance}), which makes the same
 * calls against Prism.
 *
 * <p>A call is data, so that one list serves both faces of the client: its {@code name} is the call
 * itself ({@code users().withRawResponse().get(id)}: sub-client, view, method; the text in the last
 * parentheses only describes the arguments), and {@code args} are the arguments. {@link #invoke()}
 * makes it on {@code client} or, for the {@link Face#ASYNC} twin from {@link #async()}, on {@code
 * client.async()}, waiting for the future (see {@link SdkInvoker}).
 *
 * @param name how the call reads, e.g. {@code users().get(id)}; the parameterized test's name
 * @param operationId the operation of the spec it is for
 * @param face which face of the client makes the call
 * @param args the arguments of the method named last in {@code name}
 */
public record SdkCall(String name, String operationId, Face face, List<Object> args) {

  /** The blocking client, or its asynchronous view. */
  public enum Face {
    /** {@code client.users().get(id)}. */
    BLOCKING,
    /** {@code client.async().users().get(id)}, waited for. */
    ASYNC
  }

  /** Copies the arguments. */
  public SdkCall {
    args = List.copyOf(args);
  }

  /**
   * A call through the blocking client.
   *
   * @param name the call, e.g. {@code users().update(id, every field)}
   * @param operationId the operation of the spec it is for
   * @param args the arguments, in order
   */
  public SdkCall(String name, String operationId, Object... args) {
    this(name, operationId, Face.BLOCKING, List.of(args));
  }

  /**
   * Makes the call and returns what the SDK returned: a blocking call's result as it is; an
   * asynchronous one's awaited, with an {@code AsyncPage} read as a {@code Page}. A failure is
   * thrown as the SDK's own exception on both faces.
   */
  public Function<GradiantClient, Object> invoke() {
    return client -> SdkInvoker.call(client, this);
  }

  /** {@return the same call through {@code client.async()}} */
  public SdkCall async() {
    return new SdkCall(name, operationId, Face.ASYNC, args);
  }

  /** {@return this call on each face of the client: blocking, then asynchronous} */
  public Stream<SdkCall> onEachFace() {
    return Stream.of(this, async());
  }

  @Override
  public String toString() {
    return (face == Face.ASYNC ? "async()." : "") + name + " -> " + operationId;
  }
}
