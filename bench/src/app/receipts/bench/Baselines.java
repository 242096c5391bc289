package app.receipts.bench;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The two reference servers of the capture benchmark, on the same Jetty set-up as Receipts: a bare
 * servlet that answers 200, and a minimal Bolt app that verifies the signature and only acks.
 * Usage: Baselines jetty|bolt PORT
 */
public final class Baselines {
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[1]);
    QueuedThreadPool threads = new QueuedThreadPool(64, 8);
    Server server = new Server(threads);
    ServerConnector connector = new ServerConnector(server);
    connector.setPort(port);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    if (args[0].equals("jetty")) {
      context.addServlet(new ServletHolder(new Ok()), "/slack/events");
    } else {
      com.slack.api.SlackConfig slackConfig = new com.slack.api.SlackConfig();
      slackConfig.setMethodsEndpointUrlPrefix(System.getenv("SLACK_API_URL"));
      App app =
          new App(
              AppConfig.builder()
                  .slack(com.slack.api.Slack.getInstance(slackConfig))
                  .signingSecret(System.getenv("SLACK_SIGNING_SECRET"))
                  .singleTeamBotToken("xoxb-bench")
                  .build());
      app.command("/win", (req, ctx) -> ctx.ack("ok"));
      context.addServlet(
          new ServletHolder(new com.slack.api.bolt.jakarta_servlet.SlackAppServlet(app)),
          "/slack/events");
    }
    context.addServlet(new ServletHolder(new Ok()), "/healthz");
    server.setHandler(context);
    server.start();
    server.join();
  }

  static final class Ok extends HttpServlet {
    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      req.getInputStream().readAllBytes();
      resp.setStatus(200);
      resp.setContentType("application/json");
      resp.getOutputStream().write("{\"ok\":true}".getBytes());
    }
  }
}
