package app.receipts.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.time.Duration;

/**
 * Slack asks apps to drop requests whose timestamp is more than five minutes away from now, in
 * either direction; Bolt's own check only refuses old ones.
 */
final class FreshRequests implements Middleware {
  private static final Duration WINDOW = Duration.ofMinutes(5);
  private static final String TIMESTAMP = "X-Slack-Request-Timestamp";

  private final Clock wallClock;

  FreshRequests(Clock wallClock) {
    this.wallClock = wallClock;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    String timestamp = req.getHeaders() == null ? null : req.getHeaders().getFirstValue(TIMESTAMP);
    if (timestamp != null && !fresh(timestamp)) {
      return Response.builder()
          .statusCode(401)
          .contentType("application/json; charset=utf-8")
          .body("{\"error\":\"invalid request\"}")
          .build();
    }
    return chain.next(req);
  }

  private boolean fresh(String timestamp) {
    try {
      long seconds = Long.parseLong(timestamp.trim());
      return Math.abs(wallClock.instant().getEpochSecond() - seconds) <= WINDOW.toSeconds();
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
