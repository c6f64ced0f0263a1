package dev.gradiant.sdk.internal.observability;

import dev.gradiant.sdk.observability.CallObserver;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The observers of one client, in the order they were added, and what every call of the client
 * shares to report to them: the table of operations, the server's address, the time source. Each
 * callback reaches every observer; what one throws is caught and logged at {@code WARN}, at most
 * once a minute per observer, with the observer's class, the callback and the exception's type (its
 * message might quote anything the observer saw or kept).
 */
public final class Observers {
  private static final Logger LOG = LoggerFactory.getLogger("dev.gradiant.sdk.observability");
  private static final long WARN_INTERVAL_NANOS = 60_000_000_000L;
  private static final Observers NONE = new Observers(new CallObserver[0], null, Ticker.SYSTEM);

  private final CallObserver[] observers;
  // Per observer: the ticker reading before which a further failure is not logged, and how many
  // failures went unlogged since the last line.
  private final AtomicLong[] quietUntil;
  private final AtomicLong[] unlogged;
  private final HttpUrl baseUrl;
  private final Ticker ticker;
  // Read from its resource only by a client with observers: one without never loads the table.
  private final OperationTable operations;

  private Observers(CallObserver[] observers, HttpUrl baseUrl, Ticker ticker) {
    this.observers = observers;
    this.baseUrl = baseUrl;
    this.ticker = ticker;
    this.operations = observers.length == 0 ? null : OperationTable.standard();
    this.quietUntil = new AtomicLong[observers.length];
    this.unlogged = new AtomicLong[observers.length];
    long start = ticker.nanos();
    for (int i = 0; i < observers.length; i++) {
      quietUntil[i] = new AtomicLong(start);
      unlogged[i] = new AtomicLong();
    }
  }

  /** The same observers and warning state as {@code shared}, reporting {@code baseUrl}'s server. */
  private Observers(Observers shared, HttpUrl baseUrl) {
    this.observers = shared.observers;
    this.quietUntil = shared.quietUntil;
    this.unlogged = shared.unlogged;
    this.ticker = shared.ticker;
    this.operations = shared.operations;
    this.baseUrl = baseUrl;
  }

  /** {@return no observers: calls report nothing and pay nothing} */
  public static Observers none() {
    return NONE;
  }

  /**
   * @param observers the observers, in order
   * @param baseUrl the API root, whose host and port the events report
   * @param clock the client's clock; durations are read from it unless it is the system clock
   * @return the observers, or {@link #none()} for an empty list
   */
  public static Observers of(List<CallObserver> observers, HttpUrl baseUrl, Clock clock) {
    if (observers.isEmpty()) {
      return NONE;
    }
    return new Observers(observers.toArray(new CallObserver[0]), baseUrl, Ticker.of(clock));
  }

  /**
   * The same observers for calls sent under another root (the OAuth host): their events report that
   * server's host and port.
   *
   * @param baseUrl the root the calls go to
   * @return the observers reporting {@code baseUrl}; this instance without observers
   */
  public Observers reportingTo(HttpUrl baseUrl) {
    if (observers.length == 0 || baseUrl.equals(this.baseUrl)) {
      return this;
    }
    return new Observers(this, baseUrl);
  }

  /** {@return whether any observer is installed} */
  public boolean active() {
    return observers.length > 0;
  }

  /**
   * A new call, not yet reported: {@link CallObservation#started()} reports it once its request is
   * made.
   *
   * @param method the upper-case HTTP method
   * @param routeTemplate the endpoint's template, e.g. {@code /users/{id}}
   * @param async whether the call is made through the asynchronous face
   * @return the call's observation; {@link CallObservation#NONE} without observers
   */
  public CallObservation newCall(String method, String routeTemplate, boolean async) {
    if (observers.length == 0) {
      return CallObservation.NONE;
    }
    return new CallObservation(this, operations.find(method, routeTemplate), async);
  }

  String host() {
    return baseUrl.host();
  }

  int port() {
    return baseUrl.port();
  }

  long now() {
    return ticker.nanos();
  }

  /**
   * Hands {@code event} to every observer's {@code callback}, in order, catching what it throws.
   */
  <E> void notify(BiConsumer<CallObserver, E> callback, E event, String name) {
    for (int i = 0; i < observers.length; i++) {
      try {
        callback.accept(observers[i], event);
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) { // NOPMD: an observer must never break a call, whatever it throws
        failed(i, name, e);
      }
    }
  }

  private void failed(int index, String callback, Throwable e) {
    long now = ticker.nanos();
    long until = quietUntil[index].get();
    if (now - until < 0 || !quietUntil[index].compareAndSet(until, now + WARN_INTERVAL_NANOS)) {
      unlogged[index].incrementAndGet();
      return;
    }
    long skipped = unlogged[index].getAndSet(0);
    LOG.warn(
        "Observer {} threw {} from {}; the call went on without it (logged at most once a minute"
            + " per observer; {} more failures since the last line)",
        observers[index].getClass().getName(),
        e.getClass().getName(),
        callback,
        skipped);
  }
}
