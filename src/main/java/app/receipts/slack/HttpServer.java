package app.receipts.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackOAuthAppServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty 12 serving Bolt at /slack/events (and, for many workspaces, the OAuth install pages) and a
 * health check at /healthz.
 *
 * <p>Anyone can reach this port before any signature is checked, so bodies are read whole without
 * holding a thread ({@link BoundedBodies}), and the Slack paths may use only part of the thread
 * pool at once: requests beyond that wait without a thread, so /healthz always finds one.
 */
public final class HttpServer implements AutoCloseable {
  public static final String EVENTS_PATH = "/slack/events";
  public static final String HEALTH_PATH = "/healthz";
  public static final String INSTALL_PATH = "/slack/install";
  public static final String REDIRECT_PATH = "/slack/oauth_redirect";

  /** Slack's payloads are a few kB; the largest (a modal's state) stays far below this. */
  static final int MAX_BODY = 1 << 20;

  /** Slack sends a whole payload in one go; a body still arriving after this is an attack. */
  static final Duration BODY_DEADLINE = Duration.ofSeconds(5);

  /** Bodies being read at once, across all connections, at most. */
  static final long BODY_BUDGET = 64L << 20;

  private static final int THREADS = 64;
  private static final int SLACK_THREADS = 48;

  private final Server server;
  private final ServerConnector connector;

  /** {@code host} null listens on every interface. */
  public HttpServer(String host, int port, App app, Supplier<Optional<String>> problem) {
    QueuedThreadPool threads = new QueuedThreadPool(THREADS, 8);
    threads.setName("http");
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(host);
    connector.setPort(port);
    // a connection that sends nothing (headers included) for this long is closed
    connector.setIdleTimeout(10_000);
    // on stop, a kept-alive connection with no request in it is closed after this (Jetty: 1 s):
    // a request being handled is still answered (StoppingTest), and each stop no longer waits
    // out Slack's idle connections
    connector.setShutdownIdleTimeout(10);
    server.addConnector(connector);

    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    if (app != null) {
      context.addServlet(
          new ServletHolder(
              "slack", new SlackEndpointServlet(app, app.config().getSigningSecret())),
          EVENTS_PATH);
      if (app.config().isDistributedApp()) {
        ServletHolder oauth = new ServletHolder("oauth", new SlackOAuthAppServlet(app));
        context.getServletHandler().addServletWithMapping(oauth, INSTALL_PATH);
        context.getServletHandler().addServletWithMapping(oauth, REDIRECT_PATH);
      }
    }
    context.addServlet(new ServletHolder("health", new HealthServlet(problem)), HEALTH_PATH);
    QoSHandler slackShare = new QoSHandler(context);
    slackShare.includePath("/slack/*");
    slackShare.setMaxRequestCount(SLACK_THREADS);
    // a request that waited this long would miss Slack's 3 s ack anyway
    slackShare.setMaxSuspend(Duration.ofSeconds(3));
    server.setHandler(new BoundedBodies(slackShare, MAX_BODY, BODY_DEADLINE, BODY_BUDGET));
    server.setStopTimeout(5_000);
  }

  public HttpServer start() {
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException(
          "Cannot start the HTTP server on port " + connector.getPort(), e);
    }
    return this;
  }

  public int port() {
    return connector.getLocalPort();
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("Stopping the HTTP server failed", e);
    }
  }

  private static final class HealthServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final transient Supplier<Optional<String>> problem;

    /** {@code problem} is a cached verdict: /healthz must answer at once however storage is. */
    HealthServlet(Supplier<Optional<String>> problem) {
      this.problem = problem;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      Optional<String> why = problem.get();
      resp.setStatus(why.isEmpty() ? 200 : 503);
      resp.setContentType("application/json");
      resp.getOutputStream()
          .write(
              why.isEmpty()
                  ? "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8)
                  : JSON.writeValueAsBytes(Map.of("status", "unavailable", "reason", why.get())));
    }
  }
}
