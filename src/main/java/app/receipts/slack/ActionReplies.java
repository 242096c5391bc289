package app.receipts.slack;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a button click through its response_url; when that fails (expired, Slack down, too many
 * answers), the same text goes to the person as an ephemeral message, so that what their click did
 * is never left unsaid.
 */
public final class ActionReplies {
  private static final Logger log = LoggerFactory.getLogger(ActionReplies.class);

  private ActionReplies() {}

  public static void reply(
      BlockActionRequest req, ActionContext ctx, String text, boolean replaceOriginal) {
    if (req.getPayload().getResponseUrl() == null) {
      return;
    }
    try {
      WebhookResponse response =
          ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(replaceOriginal).text(text));
      if (SlackClients.accepted(response)) {
        return;
      }
      log.warn("Posting to a response_url failed: HTTP {}", response.getCode());
    } catch (IOException | RuntimeException e) {
      log.warn("Posting to a response_url failed: {}", e.getClass().getSimpleName());
    }
    String userId = ctx.getRequestUserId();
    var channel = req.getPayload().getChannel();
    try {
      if (channel != null && channel.getId() != null) {
        SlackCalls.ok(
            "chat.postEphemeral",
            () ->
                ctx.client()
                    .chatPostEphemeral(r -> r.channel(channel.getId()).user(userId).text(text)));
      } else {
        SlackCalls.ok(
            "chat.postMessage",
            () -> ctx.client().chatPostMessage(r -> r.channel(userId).text(text)));
      }
    } catch (SlackCallException alsoFailed) {
      // logged by SlackCalls; Slack is unreachable for this person right now
    }
  }
}
