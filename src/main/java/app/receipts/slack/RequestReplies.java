package app.receipts.slack;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.util.BuilderConfigurator;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How {@link Messenger} answers inside a request, with the request's own client: a click's
 * response_url first, then an ephemeral message where the person is, then their DM.
 */
final class RequestReplies {
  private static final Logger log = LoggerFactory.getLogger(RequestReplies.class);

  private RequestReplies() {}

  static void reply(
      BlockActionRequest req,
      ActionContext ctx,
      String text,
      List<LayoutBlock> blocks,
      boolean replaceOriginal) {
    if (req.getPayload().getResponseUrl() == null) {
      return;
    }
    if (!posted(
        ctx,
        r ->
            r.responseType("ephemeral")
                .replaceOriginal(replaceOriginal)
                .text(text)
                .blocks(Messenger.orNone(blocks)))) {
      tellWhereTheyAre(req, ctx, text);
    }
  }

  static void redraw(
      BlockActionRequest req,
      ActionContext ctx,
      String text,
      List<LayoutBlock> blocks,
      String orElse) {
    if (req.getPayload().getResponseUrl() == null
        || !posted(ctx, r -> r.replaceOriginal(true).text(text).blocks(Messenger.orNone(blocks)))) {
      reply(req, ctx, orElse, null, false);
    }
  }

  /** Posts to the click's response_url; false when Slack did not take it. */
  private static boolean posted(
      ActionContext ctx, BuilderConfigurator<ActionResponse.ActionResponseBuilder> answer) {
    try {
      WebhookResponse response = ctx.respond(answer);
      if (SlackClients.accepted(response)) {
        return true;
      }
      log.warn("Posting to a response_url failed: HTTP {}", response.getCode());
    } catch (IOException | RuntimeException e) {
      log.warn("Posting to a response_url failed: {}", e.getClass().getSimpleName());
    }
    return false;
  }

  /** An ephemeral message in the channel of the click, or a DM when it has none. */
  private static void tellWhereTheyAre(BlockActionRequest req, ActionContext ctx, String text) {
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

  /**
   * A DM through the request's own client, for a request that has no ack or response_url left to
   * answer with (an event, an action whose handler failed).
   */
  static void dmInRequest(Context context, String text) {
    String userId = context.getRequestUserId();
    if (userId == null) {
      return;
    }
    try {
      SlackCalls.ok(
          "chat.postMessage",
          () -> context.client().chatPostMessage(r -> r.channel(userId).text(text)));
    } catch (SlackCallException ignored) {
      // already logged by SlackCalls; there is no other way to reach this user
    }
  }
}
