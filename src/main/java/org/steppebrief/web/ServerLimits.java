package org.steppebrief.web;

import io.javalin.config.JavalinConfig;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the HTTP server itself refuses before any route runs, against clients that are slow or many
 * on purpose: a body announced larger than the limit (413 at once, nothing read), a body arriving
 * slower than {@link #MIN_BODY_BYTES_PER_SECOND} (the request fails and the connection closes), a
 * connection idle for {@link #IDLE_MILLIS}, and more than {@link #CONNECTIONS_PER_ADDRESS} open
 * connections from one address (the extra ones are closed as they open). Jetty's own error pages (a
 * malformed request line, a too-long URI or header, an unknown HTTP version) carry the same
 * security headers as the app's pages.
 */
final class ServerLimits {
  private static final Logger LOG = LoggerFactory.getLogger(ServerLimits.class);

  /**
   * A form of 64 KB at this rate takes 16 s: slower than any real network, faster than a slowloris.
   */
  static final long MIN_BODY_BYTES_PER_SECOND = 4096;

  static final long IDLE_MILLIS = 20_000;

  /** How long a stop waits for requests in flight: well inside a 10 s SIGTERM grace period. */
  static final long STOP_MILLIS = 7_000;

  /** A classroom behind one NAT address opens a few per learner; an attacker opens hundreds. */
  static final int CONNECTIONS_PER_ADDRESS = 64;

  private ServerLimits() {}

  static void apply(JavalinConfig cfg, String host, int port, long maxRequestBytes) {
    cfg.jetty.modifyServer(
        server -> {
          // Javalin places its own handler inside the innermost wrapper set here.
          SizeLimitHandler sizes = new SizeLimitHandler(maxRequestBytes, -1);
          MinimumDataRateHandler rate = new MinimumDataRateHandler(MIN_BODY_BYTES_PER_SECOND, 0);
          sizes.setHandler(rate);
          // On stop (SIGTERM), new requests are refused and those in flight finish first.
          GracefulHandler graceful = new GracefulHandler();
          rate.setHandler(graceful);
          graceful.setHandler(new HeadAsGet());
          server.setStopTimeout(STOP_MILLIS);
          server.setHandler(sizes);
          server.setErrorHandler(new HeaderedErrorHandler());
        });
    cfg.jetty.addConnector(
        (server, http) -> {
          http.setSendServerVersion(false);
          ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
          connector.setHost(host);
          connector.setPort(port);
          connector.setIdleTimeout(IDLE_MILLIS);
          connector.addBean(new PerAddress(CONNECTIONS_PER_ADDRESS));
          return connector;
        });
  }

  /** Closes a connection as it opens when its address already holds {@code max}. */
  static final class PerAddress implements Connection.Listener {
    private final int max;
    private final Map<InetAddress, AtomicInteger> open = new ConcurrentHashMap<>();

    PerAddress(int max) {
      this.max = max;
    }

    @Override
    public void onOpened(Connection connection) {
      InetAddress address = address(connection);
      if (address == null) {
        return;
      }
      int now = open.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
      if (now > max) {
        if (now == max + 1) {
          LOG.warn("{} holds {} connections: closing any more", address.getHostAddress(), max);
        }
        connection.getEndPoint().close();
      }
    }

    @Override
    public void onClosed(Connection connection) {
      InetAddress address = address(connection);
      if (address == null) {
        return;
      }
      open.computeIfPresent(address, (a, n) -> n.decrementAndGet() <= 0 ? null : n);
    }

    private static InetAddress address(Connection connection) {
      SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
      return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
  }

  /**
   * HEAD is answered by the GET route, so it says exactly what GET would (404 for what does not
   * exist, the same type and length); Jetty still sends no body, because the connection knows the
   * request was a HEAD.
   */
  static final class HeadAsGet extends Handler.Wrapper {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      if (HttpMethod.HEAD.is(request.getMethod())) {
        return super.handle(
            new Request.Wrapper(request) {
              @Override
              public String getMethod() {
                return HttpMethod.GET.asString();
              }
            },
            response,
            callback);
      }
      return super.handle(request, response, callback);
    }
  }

  /** Jetty's error pages, with the app's security headers and without any detail. */
  static final class HeaderedErrorHandler extends ErrorHandler {
    HeaderedErrorHandler() {
      setShowStacks(false);
      setShowCauses(false);
      setShowMessageInTitle(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
      SecurityHeaders.ALL.forEach((name, value) -> response.getHeaders().put(name, value));
      return super.handle(request, response, callback);
    }
  }
}
