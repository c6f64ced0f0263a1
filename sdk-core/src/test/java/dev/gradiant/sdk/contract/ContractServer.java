package dev.gradiant.sdk.contract;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.GradiantClientBuilder;
import dev.gradiant.sdk.MockApi;

/** A {@link MockApi} on 127.0.0.1 answered by a {@link SpecDispatcher}, and a client for it. */
final class ContractServer implements AutoCloseable {
  private final MockApi api = MockApi.start();
  private final SpecDispatcher dispatcher = new SpecDispatcher(OpenApiSpec.gradiantV1());
  private final GradiantClient client;

  private ContractServer() {
    api.server().setDispatcher(dispatcher);
    client = api.client();
  }

  static ContractServer start() {
    return new ContractServer();
  }

  /** A client with a bearer token pointed at this server. */
  GradiantClient client() {
    return client;
  }

  /**
   * A builder pointed at this server, with no credentials yet, for a client that authenticates
   * otherwise (an API key, say); the caller closes what it builds.
   */
  GradiantClientBuilder clientBuilder() {
    return api.builder();
  }

  /** The base URL, {@code http://127.0.0.1:<port>/v1}. */
  String baseUrl() {
    return api.baseUrl();
  }

  SpecDispatcher dispatcher() {
    return dispatcher;
  }

  /** The only exchange since the last {@link SpecDispatcher#clear()}; fails if there were more. */
  Exchange onlyExchange() {
    var exchanges = dispatcher.exchanges();
    if (exchanges.size() != 1) {
      throw new AssertionError("expected exactly one request, got " + exchanges);
    }
    return exchanges.get(0);
  }

  @Override
  public void close() {
    client.close();
    api.close();
  }
}
