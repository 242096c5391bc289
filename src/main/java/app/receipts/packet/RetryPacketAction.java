package app.receipts.packet;

import app.receipts.slack.UserFacingException;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;

/** The Try again button on a failed packet (and "Build my packet" buttons): value "from..to". */
final class RetryPacketAction implements BlockActionHandler {
  private final PacketDelivery delivery;

  RetryPacketAction(PacketDelivery delivery) {
    this.delivery = delivery;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    Period period = period(req.getPayload().getActions().get(0).getValue());
    delivery.request(
        ctx.getTeamId(),
        ctx.getRequestUserId(),
        PacketIds.requestKey("action", req.getPayload().getTriggerId()),
        period,
        req.getPayload().getResponseUrl());
    return ctx.ack();
  }

  static Period period(String value) {
    return Period.fromButtonValue(value)
        .orElseThrow(
            () ->
                new UserFacingException("That button is out of date. Run `/win packet` instead."));
  }
}
