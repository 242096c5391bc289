package app.receipts.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackOAuthAppServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty 12 serving Bolt at /slack/events (and, for many workspaces, the OAuth install pages) and a
 * health check at /healthz.
 */
public final class HttpServer implements AutoCloseable {
  public static final String EVENTS_PATH = "/slack/events";
  public static final String HEALTH_PATH = "/healthz";
  public static final String INSTALL_PATH = "/slack/install";
  public static final String REDIRECT_PATH = "/slack/oauth_redirect";

  private final Server server;
  private final ServerConnector connector;

  public HttpServer(int port, App app, Supplier<Optional<String>> problem) {
    QueuedThreadPool threads = new QueuedThreadPool(64, 8);
    threads.setName("http");
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setPort(port);
    server.addConnector(connector);

    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    if (app != null) {
      context.addServlet(new ServletHolder("slack", new SlackEndpointServlet(app)), EVENTS_PATH);
      if (app.config().isDistributedApp()) {
        ServletHolder oauth = new ServletHolder("oauth", new SlackOAuthAppServlet(app));
        context.getServletHandler().addServletWithMapping(oauth, INSTALL_PATH);
        context.getServletHandler().addServletWithMapping(oauth, REDIRECT_PATH);
      }
    }
    context.addServlet(new ServletHolder("health", new HealthServlet(problem)), HEALTH_PATH);
    server.setHandler(context);
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
