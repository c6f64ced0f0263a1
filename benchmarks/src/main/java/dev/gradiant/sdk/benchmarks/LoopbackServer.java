package dev.gradiant.sdk.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small HTTP/1.1 server on 127.0.0.1 answering from a {@link CannedApi}: one blocking thread per
 * connection, keep-alive, {@code TCP_NODELAY}, and each answer (status line, headers and body)
 * written in a single write. The benchmarks call it one request at a time over one kept-alive
 * connection, so this is the shortest path a loopback round trip can take: no selector, no hand-off
 * between threads, and no second packet for the body. (The JDK's {@code HttpServer} hands each
 * request between a selector thread and a handler and writes headers and body apart; its round trip
 * varied by a factor of two from one second to the next on a 2-core machine. OkHttp's MockWebServer
 * records every request it serves, which grows the heap during a long run.)
 *
 * <p>It understands what the clients under test send: a request line, headers, and a body framed by
 * {@code Content-Length} or chunked. Anything else closes the connection.
 */
public final class LoopbackServer implements AutoCloseable {
  private final ServerSocket listener;
  private final CannedApi api;
  private final byte[] headerBlock;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();

  private LoopbackServer(ServerSocket listener, CannedApi api) {
    this.listener = listener;
    this.api = api;
    StringBuilder headers = new StringBuilder();
    for (Map.Entry<String, String> header : CannedApi.headers().entrySet()) {
      headers.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
    }
    this.headerBlock = headers.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * Starts a server on an ephemeral port of 127.0.0.1.
   *
   * @param api the answers
   * @return the running server; close it to stop its threads
   */
  public static LoopbackServer start(CannedApi api) {
    try {
      ServerSocket listener = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
      LoopbackServer server = new LoopbackServer(listener, api);
      Thread acceptor = new Thread(server::acceptUntilClosed, "loopback-accept");
      acceptor.setDaemon(true);
      acceptor.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Accepts connections until {@link #close} closes the listening socket. */
  private void acceptUntilClosed() {
    while (!listener.isClosed()) {
      Socket socket;
      try {
        socket = listener.accept();
      } catch (IOException closed) {
        return;
      }
      open.add(socket);
      Thread worker = new Thread(() -> serve(socket), "loopback-connection");
      worker.setDaemon(true);
      worker.start();
    }
  }

  /** Answers requests on one connection until the client or {@link #close} closes it. */
  private void serve(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
      OutputStream out = socket.getOutputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream(64 * 1024);
      Request request;
      while ((request = Request.read(in)) != null) {
        CannedApi.Answer canned =
            api.answer(
                request.method, request.path, request.authorization, request.limit, request.offset);
        answer.reset();
        write(answer, "HTTP/1.1 " + canned.status() + " " + canned.reason() + "\r\n");
        answer.write(headerBlock);
        write(answer, "Content-Length: " + canned.body().length + "\r\n\r\n");
        answer.write(canned.body());
        answer.writeTo(out);
        out.flush();
      }
    } catch (SocketException closed) {
      // The client or close() shut the connection.
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      open.remove(socket);
    }
  }

  private static void write(ByteArrayOutputStream out, String ascii) {
    out.writeBytes(ascii.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** {@return the API root on this server, e.g. {@code http://127.0.0.1:50123/v1}} */
  public String baseUrl() {
    return "http://127.0.0.1:" + listener.getLocalPort() + "/v1";
  }

  @Override
  public void close() {
    try {
      listener.close();
      for (Socket socket : open) {
        socket.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the canned API needs of one request; its body is read and dropped. */
  private static final class Request {
    final String method;
    final String path;
    final String authorization;
    final String limit;
    final String offset;

    private Request(String method, String target, String authorization) {
      this.method = method;
      this.authorization = authorization;
      int question = target.indexOf('?');
      this.path = question < 0 ? target : target.substring(0, question);
      String query = question < 0 ? null : target.substring(question + 1);
      this.limit = parameter(query, "limit");
      this.offset = parameter(query, "offset");
    }

    /** {@return the next request on the connection, or null at its end} */
    static Request read(InputStream in) throws IOException {
      String line = line(in);
      if (line == null || line.isEmpty()) {
        return null;
      }
      String[] parts = line.split(" ", 3);
      if (parts.length != 3) {
        throw new IOException("Not an HTTP request line: " + line);
      }
      long length = 0;
      String authorization = null;
      for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
        int colon = header.indexOf(':');
        String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = header.substring(colon + 1).trim();
        if (name.equals("content-length")) {
          length = Long.parseLong(value);
        } else if (name.equals("authorization")) {
          authorization = value;
        } else if (name.equals("transfer-encoding")) {
          throw new IOException("Request bodies must carry a Content-Length: " + value);
        }
      }
      in.skipNBytes(length); // throws EOFException if the connection ends first
      return new Request(parts[0], parts[1], authorization);
    }

    /** {@return one CRLF-terminated line without its terminator, or null at the end of input} */
    private static String line(InputStream in) throws IOException {
      StringBuilder line = new StringBuilder(64);
      int b;
      while ((b = in.read()) != -1) {
        if (b == '\n') {
          int end = line.length();
          return end > 0 && line.charAt(end - 1) == '\r'
              ? line.substring(0, end - 1)
              : line.toString();
        }
        line.append((char) b);
      }
      return line.length() == 0 ? null : line.toString();
    }

    private static String parameter(String query, String name) {
      if (query == null) {
        return null;
      }
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        if (eq == name.length() && pair.startsWith(name)) {
          return pair.substring(eq + 1);
        }
      }
      return null;
    }
  }
}
