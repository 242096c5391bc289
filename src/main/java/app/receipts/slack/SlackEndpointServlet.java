package app.receipts.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's events endpoint: the signature is checked first ({@link RequestSignatures}, in place of
 * Bolt's check, which {@link SlackAppFactory} turns off in HTTP mode), then Bolt answers. Bolt's
 * servlet parses the payload before any middleware runs, and a malformed payload escapes as an
 * exception that Jetty turns into a 500 page. Such a request is the sender's fault: answer 400.
 */
final class SlackEndpointServlet extends SlackAppServlet {
  private static final Logger log = LoggerFactory.getLogger(SlackEndpointServlet.class);

  private final RequestSignatures signatures;

  SlackEndpointServlet(App app, String signingSecret) {
    super(app);
    this.signatures = new RequestSignatures(signingSecret);
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    ReadOnceBody request = new ReadOnceBody(req);
    if (!signatures.valid(
        req.getHeader("X-Slack-Request-Timestamp"),
        req.getHeader("X-Slack-Signature"),
        request.body())) {
      answer(resp, 401, "application/json; charset=utf-8", "{\"error\":\"invalid request\"}");
      return;
    }
    try {
      super.doPost(request, resp);
    } catch (RuntimeException e) {
      log.info("Rejected a malformed Slack request: {}", e.getClass().getSimpleName());
      if (!resp.isCommitted()) {
        resp.reset();
        answer(resp, 400, "text/plain; charset=utf-8", "Invalid request");
      }
    }
  }

  private static void answer(HttpServletResponse resp, int status, String type, String body)
      throws IOException {
    resp.setStatus(status);
    resp.setContentType(type);
    resp.getWriter().write(body);
  }
}
