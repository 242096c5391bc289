package app.receipts.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an exception from any handler into something the user can read, instead of a 500 that Slack
 * shows as "dispatch_failed" or a silent failure.
 */
final class ErrorMiddleware implements Middleware {
  private static final Logger log = LoggerFactory.getLogger(ErrorMiddleware.class);
  static final String UNEXPECTED =
      "Sorry, something went wrong on our side and nothing was changed. Please try again.";

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    try {
      return chain.next(req);
    } catch (UserFacingException e) {
      return reply(req, e.getMessage());
    } catch (Exception e) {
      log.error("Handler failed for {} request", req.getRequestType(), e);
      return reply(req, UNEXPECTED);
    }
  }

  private static Response reply(Request req, String message) {
    if (req.getRequestType() == RequestType.Command) {
      return Messenger.ack(message);
    }
    if (req.getRequestType() == RequestType.ViewSubmission) {
      return Messenger.notice("Receipts", message);
    }
    Messenger.dmInRequest(req.getContext(), message);
    return Response.ok();
  }
}
