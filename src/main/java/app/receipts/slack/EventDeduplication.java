package app.receipts.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;

/**
 * Slack redelivers an event it did not see acknowledged in time (X-Slack-Retry-Num). The first
 * delivery of an event_id is handled; later ones are acknowledged and dropped.
 */
public final class EventDeduplication implements Middleware {
  private final SlackDeliveries deliveries;

  public EventDeduplication(SlackDeliveries deliveries) {
    this.deliveries = deliveries;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    if (req instanceof EventRequest event) {
      String eventId = eventId(event.getRequestBodyAsString());
      String teamId = event.getContext().getTeamId() == null ? "" : event.getContext().getTeamId();
      if (eventId != null && !firstDelivery(teamId, eventId)) {
        return Response.ok();
      }
    }
    return chain.next(req);
  }

  private static String eventId(String body) {
    return Json.field(body, "event_id")
        .filter(id -> id.isValueNode() && !id.isNull())
        .map(id -> id.asText())
        .orElse(null);
  }

  boolean firstDelivery(String teamId, String eventId) {
    return deliveries.first(teamId, eventId);
  }
}
