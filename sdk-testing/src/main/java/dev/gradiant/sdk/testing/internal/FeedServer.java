package dev.gradiant.sdk.testing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Serves the live feed ({@code GET /v1/realtime}, upgraded to a WebSocket) and GraphQL
 * subscriptions ({@code GET /v1/graphql}, subprotocol {@code graphql-transport-ws}) on the
 * sandbox's port: the JDK's {@code HttpServer}, which serves REST, cannot upgrade a connection, so
 * the {@link SharedPort} {@link #hand hands} this server the connections that ask for an upgrade.
 * Every other request is answered {@code 404}.
 */
public final class FeedServer implements AutoCloseable {
  /** The feed's path. */
  public static final String PATH = SandboxServer.BASE_PATH + "/realtime";

  /** The path of GraphQL subscriptions (the AsyncAPI document's {@code graphql} channel). */
  public static final String GRAPHQL_PATH = SandboxServer.BASE_PATH + "/graphql";

  /** The paths served over WebSocket: a connection upgraded on one of them is served here. */
  public static final java.util.Set<String> PATHS = java.util.Set.of(PATH, GRAPHQL_PATH);

  /** The WebSocket subprotocol of GraphQL subscriptions. */
  static final String SUBPROTOCOL = "graphql-transport-ws";

  private final MockWebServer server = new MockWebServer();
  private final FeedHub hub;
  private final AtomicInteger connectionIds = new AtomicInteger();
  private final FeedSockets sockets;
  private final int port;

  /**
   * Starts the server; it serves the connections {@link #hand handed} to it.
   *
   * @param hub the channels
   * @param stores the sandbox's current state (it changes on reset)
   * @param graphqlInitTimeout how long a GraphQL subscriptions connection may go without {@code
   *     connection_init} (by the sandbox's clock, and by a timer of that length) before it is
   *     closed {@code 4408}
   * @param port the sandbox's port, for the feed's URL
   * @throws UncheckedIOException if the server cannot start
   */
  public FeedServer(FeedHub hub, Supplier<Store> stores, Duration graphqlInitTimeout, int port) {
    this.hub = hub;
    this.port = port;
    this.sockets = new FeedSockets(port);
    server.setServerSocketFactory(sockets);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            // Recorded requests are not needed: forget them, so a long-lived sandbox does not grow.
            while (server.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
              // drained
            }
            if (request.getUrl().encodedPath().equals(GRAPHQL_PATH)) {
              String protocols = request.getHeaders().get("Sec-WebSocket-Protocol");
              boolean speaks =
                  protocols != null
                      && java.util.Arrays.stream(protocols.split(","))
                          .anyMatch(p -> p.strip().equals(SUBPROTOCOL));
              MockResponse.Builder upgrade = new MockResponse.Builder();
              if (speaks) {
                upgrade.addHeader("Sec-WebSocket-Protocol", SUBPROTOCOL);
              }
              return upgrade
                  .webSocketUpgrade(new GraphqlSocket(hub, stores, speaks, graphqlInitTimeout))
                  .build();
            }
            if (!request.getUrl().encodedPath().equals(PATH)) {
              return new MockResponse.Builder().code(404).build();
            }
            FeedConnection connection =
                new FeedConnection(hub, stores, "conn_" + connectionIds.incrementAndGet());
            return new MockResponse.Builder().webSocketUpgrade(connection).build();
          }
        });
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the feed's server", e);
    }
  }

  /**
   * Serves a connection whose first request asks for a WebSocket upgrade.
   *
   * @param socket the connection
   * @param read the bytes already read from it, the upgrade request's head at least
   * @throws IOException if its input cannot be opened
   */
  public void hand(java.net.Socket socket, byte[] read) throws IOException {
    sockets.hand(socket, read);
  }

  /** {@return the feed's URL, {@code ws://127.0.0.1:<port>/v1/realtime}} */
  public String url() {
    return "ws://127.0.0.1:" + port + PATH;
  }

  /**
   * Ends every connection (the feed's and GraphQL subscriptions') without a close frame, as a lost
   * network would.
   */
  public void dropConnections() {
    sockets.dropAll();
  }

  /**
   * Closes every connection (the feed's and GraphQL subscriptions') with {@code code}.
   *
   * @param code a WebSocket close code
   */
  public void closeConnections(int code) {
    for (FeedConnection connection : hub.connections()) {
      connection.close(code, null);
    }
    for (GraphqlSocket socket : hub.graphqlSockets()) {
      socket.close(code, null);
    }
  }

  /** {@return the gate of every frame sent on the feed's and GraphQL subscriptions' connections} */
  public FrameGate frames() {
    return hub.gate();
  }

  /** {@return how many feed connections are open} */
  public int connectionCount() {
    return hub.connections().size();
  }

  @Override
  public void close() {
    dropConnections();
    server.close();
  }
}
