package app.receipts.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's servlet parses the payload before any middleware runs, and a malformed payload escapes as
 * an exception that Jetty turns into a 500 page. Such a request is the sender's fault: answer 400.
 */
final class SlackEndpointServlet extends SlackAppServlet {
  private static final Logger log = LoggerFactory.getLogger(SlackEndpointServlet.class);

  SlackEndpointServlet(App app) {
    super(app);
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    try {
      super.doPost(req, resp);
    } catch (RuntimeException e) {
      log.info("Rejected a malformed Slack request: {}", e.getClass().getSimpleName());
      if (!resp.isCommitted()) {
        resp.reset();
        resp.setStatus(400);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().write("Invalid request");
      }
    }
  }
}
