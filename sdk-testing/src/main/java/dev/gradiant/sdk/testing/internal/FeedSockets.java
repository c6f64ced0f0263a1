package dev.gradiant.sdk.testing.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ServerSocketFactory;

/**
 * The feed server's listening sockets, which remember every connection they accept so that {@link
 * #dropAll()} can end them without a close frame, as a lost network would (a server-side OkHttp
 * WebSocket cannot be cancelled).
 */
final class FeedSockets extends ServerSocketFactory {
  private final Set<Socket> accepted = ConcurrentHashMap.newKeySet();

  /** Closes every accepted connection at the TCP level. */
  void dropAll() {
    for (Socket socket : accepted) {
      accepted.remove(socket);
      try {
        socket.close();
      } catch (IOException e) {
        // Already gone: nothing to drop.
      }
    }
  }

  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new Tracking();
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    throw new UnsupportedOperationException("bound by the feed server itself");
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    throw new UnsupportedOperationException("bound by the feed server itself");
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
      throws IOException {
    throw new UnsupportedOperationException("bound by the feed server itself");
  }

  private final class Tracking extends ServerSocket {
    Tracking() throws IOException {
      super();
    }

    @Override
    public Socket accept() throws IOException {
      Socket socket = new Socket();
      implAccept(socket);
      accepted.removeIf(Socket::isClosed);
      accepted.add(socket);
      return socket;
    }
  }
}
