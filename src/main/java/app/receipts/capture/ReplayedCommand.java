package app.receipts.capture;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.JsonOps;
import com.slack.api.bolt.util.Responder;
import java.util.Map;

/**
 * A {@code /win} command rebuilt from a button click, so a subcommand runs for Run it exactly as
 * when typed: same person, workspace, channel, trigger id (to open a modal) and response_url (for
 * work that answers later).
 */
final class ReplayedCommand {
  private ReplayedCommand() {}

  static SlashCommandRequest of(BlockActionRequest click, ActionContext clicked, String text) {
    var action = click.getPayload();
    SlashCommandPayload payload = new SlashCommandPayload();
    payload.setCommand(CaptureIds.COMMAND);
    payload.setText(text);
    payload.setTeamId(clicked.getTeamId());
    payload.setEnterpriseId(clicked.getEnterpriseId());
    payload.setUserId(clicked.getRequestUserId());
    payload.setUserName(action.getUser() == null ? null : action.getUser().getUsername());
    payload.setChannelId(action.getChannel() == null ? null : action.getChannel().getId());
    payload.setTriggerId(action.getTriggerId());
    payload.setResponseUrl(action.getResponseUrl());
    payload.setApiAppId(action.getApiAppId());
    SlashCommandRequest request =
        new SlashCommandRequest("", payload, new RequestHeaders(Map.of()));
    SlashCommandContext context = request.getContext();
    context.setSlack(clicked.getSlack());
    context.setTeamId(clicked.getTeamId());
    context.setEnterpriseId(clicked.getEnterpriseId());
    context.setRequestUserId(clicked.getRequestUserId());
    context.setBotToken(clicked.getBotToken());
    context.setBotId(clicked.getBotId());
    context.setBotUserId(clicked.getBotUserId());
    context.setBotScopes(clicked.getBotScopes());
    context.setChannelId(payload.getChannelId());
    context.setTriggerId(payload.getTriggerId());
    context.setResponseUrl(payload.getResponseUrl());
    if (payload.getResponseUrl() != null) {
      context.setResponder(new Responder(clicked.getSlack(), payload.getResponseUrl()));
    }
    return request;
  }

  /** What the subcommand acked, as the message a response_url takes; null when it acked empty. */
  static SlashCommandResponse answer(Response ack) {
    String body = ack.getBody();
    return body == null || body.isBlank()
        ? null
        : JsonOps.fromJson(body, SlashCommandResponse.class);
  }
}
