package dev.gradiant.sdk.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

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
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final ServerSocket listener;
  private final CannedApi api;
  private final byte[] headerBlock;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile IOException failure;
  // What the server has done, to show it is not what limits a concurrency run: requests answered,
  // and the CPU time of its connection threads (those still serving, plus those that ended).
  private final LongAdder served = new LongAdder();
  private final Set<Thread> workers = ConcurrentHashMap.newKeySet();
  private final LongAdder endedWorkersCpuNanos = new LongAdder();

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
    workers.add(Thread.currentThread());
    try {
      socket.setTcpNoDelay(true);
      RequestReader in = new RequestReader(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream(64 * 1024);
      Request request;
      while ((request = in.next()) != null) {
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
        served.increment();
      }
    } catch (SocketException closed) {
      // The client or close() shut the connection.
    } catch (IOException e) {
      // Recorded before the connection closes: closing it fails the client's call, and so the
      // benchmark's set-up check.
      failure = e;
    } finally {
      open.remove(socket);
      closeQuietly(socket);
      endedWorkersCpuNanos.add(Math.max(0, THREADS.getCurrentThreadCpuTime()));
      workers.remove(Thread.currentThread());
    }
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException alreadyBroken) {
      // Nothing more to release.
    }
  }

  private static void write(ByteArrayOutputStream out, String ascii) {
    out.writeBytes(ascii.getBytes(StandardCharsets.ISO_8859_1));
  }

  /**
   * {@return why the server last ended a connection itself (a request it could not read), or null}
   */
  public IOException failure() {
    return failure;
  }

  /** {@return how many requests the server has answered} */
  public long served() {
    return served.sum();
  }

  /** {@return how many connections the server is serving now, a thread each} */
  public int connections() {
    return workers.size();
  }

  /**
   * {@return the CPU time the server's connection threads have used so far, in nanoseconds
   * (approximate while a thread ends during the sum)}
   */
  public long cpuNanos() {
    long total = endedWorkersCpuNanos.sum();
    for (Thread worker : workers) {
      total += Math.max(0, THREADS.getThreadCpuTime(worker.getId()));
    }
    return total;
  }

  /** {@return the API root on this server, e.g. {@code http://127.0.0.1:50123/v1}} */
  public String baseUrl() {
    return "http://127.0.0.1:" + listener.getLocalPort() + "/v1";
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      // Every connection, even if one fails to close: each holds a thread blocked in a read.
      open.forEach(LoopbackServer::closeQuietly);
    }
  }

  /** What the canned API needs of one request; its body is read and dropped. */
  private static final class Request {
    final String method;
    final String path;
    final String authorization;
    final String limit;
    final String offset;

    Request(String method, String target, String authorization) {
      this.method = method;
      this.authorization = authorization;
      int question = target.indexOf('?');
      this.path = question < 0 ? target : target.substring(0, question);
      String query = question < 0 ? null : target.substring(question + 1);
      this.limit = parameter(query, "limit");
      this.offset = parameter(query, "offset");
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

  /**
   * Reads the requests of one connection through a byte buffer: each head is found whole and
   * scanned once, and only the values the canned API needs become strings. (Reading a byte at a
   * time through a {@code BufferedInputStream}, a lock per byte, cost about 25 ns per header byte:
   * enough to charge a client that sends a longer {@code User-Agent} a few microseconds per call,
   * which a production server would not.)
   */
  private static final class RequestReader {
    private final InputStream in;
    private final byte[] buffer = new byte[32 * 1024];
    private int start;
    private int end;

    RequestReader(InputStream in) {
      this.in = in;
    }

    /** {@return the next request, its body read and dropped, or null when the client closed} */
    Request next() throws IOException {
      int headEnd;
      while ((headEnd = headEnd()) < 0) {
        if (!fill()) {
          if (start == end) {
            return null;
          }
          throw new EOFException("The connection ended inside a request head");
        }
      }
      int lineEnd = lineEnd(start);
      String requestLine = new String(buffer, start, lineEnd - start, StandardCharsets.ISO_8859_1);
      String[] parts = requestLine.split(" ", 3);
      if (parts.length != 3) {
        throw new IOException("Not an HTTP request line: " + requestLine);
      }
      long length = 0;
      String authorization = null;
      for (int line = lineEnd + 2; line < headEnd; line = lineEnd + 2) {
        lineEnd = lineEnd(line);
        int colon = line;
        while (colon < lineEnd && buffer[colon] != ':') {
          colon++;
        }
        if (named(line, colon, "content-length")) {
          length = Long.parseLong(value(colon, lineEnd));
        } else if (named(line, colon, "authorization")) {
          authorization = value(colon, lineEnd);
        } else if (named(line, colon, "transfer-encoding")) {
          throw new IOException("Request bodies must carry a Content-Length");
        }
      }
      start = headEnd + 4;
      skipBody(length);
      return new Request(parts[0], parts[1], authorization);
    }

    /** {@return where the blank line ending the head starts, or -1 if not all of it is here} */
    private int headEnd() {
      for (int i = start; i + 3 < end; i++) {
        if (buffer[i] == '\r'
            && buffer[i + 1] == '\n'
            && buffer[i + 2] == '\r'
            && buffer[i + 3] == '\n') {
          return i;
        }
      }
      return -1;
    }

    private int lineEnd(int from) {
      int i = from;
      while (buffer[i] != '\r' || buffer[i + 1] != '\n') {
        i++;
      }
      return i;
    }

    /** {@return whether the header name in {@code [from, colon)} is {@code name}, in any case} */
    private boolean named(int from, int colon, String name) {
      if (colon - from != name.length()) {
        return false;
      }
      for (int i = 0; i < name.length(); i++) {
        if ((buffer[from + i] | 0x20) != name.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    private String value(int colon, int lineEnd) {
      return new String(buffer, colon + 1, lineEnd - colon - 1, StandardCharsets.ISO_8859_1).trim();
    }

    private void skipBody(long length) throws IOException {
      int buffered = (int) Math.min(length, end - start);
      start += buffered;
      in.skipNBytes(length - buffered); // throws EOFException if the connection ends first
    }

    /** Reads more bytes after those buffered; {@return false at the end of the input} */
    private boolean fill() throws IOException {
      if (start > 0) {
        System.arraycopy(buffer, start, buffer, 0, end - start);
        end -= start;
        start = 0;
      }
      if (end == buffer.length) {
        throw new IOException("A request head longer than " + buffer.length + " bytes");
      }
      int read = in.read(buffer, end, buffer.length - end);
      if (read < 0) {
        return false;
      }
      end += read;
      return true;
    }
  }
}
