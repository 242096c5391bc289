package app.receipts.capture;

import app.receipts.entries.Entry;
import app.receipts.entries.EntryIds;
import app.receipts.entries.EntryReads;
import app.receipts.slack.Messenger;
import app.receipts.slack.Metadata;
import app.receipts.slack.SlackCalls;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The Fix metric button under a win whose metric the rules read: opens the small modal on the
 * owner's own win at once (the trigger lasts three seconds); anyone else, or a click on a win since
 * removed, is told so and nothing opens.
 */
final class FixMetricAction implements BlockActionHandler {
  private final EntryReads reads;
  private final Executor executor;

  FixMetricAction(EntryReads reads, Executor executor) {
    this.reads = reads;
    this.executor = executor;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    String teamId = ctx.getTeamId();
    String userId = ctx.getRequestUserId();
    Optional<Entry> win =
        EntryIds.parse(req.getPayload().getActions().get(0).getValue())
            .flatMap(id -> reads.find(teamId, userId, id))
            .filter(entry -> entry.kind() == Entry.Kind.WIN);
    if (win.isEmpty()) {
      return Messenger.answer(
          executor, req, ctx, "That win was removed, or it isn't yours to change.", false);
    }
    String channelId =
        req.getPayload().getChannel() == null ? null : req.getPayload().getChannel().getId();
    String metadata =
        Metadata.write(
            new FixMetricMetadata(win.get().id(), channelId, req.getPayload().getResponseUrl()));
    SlackCalls.ok(
        "views.open",
        () ->
            ctx.client()
                .viewsOpen(
                    r ->
                        r.triggerId(req.getPayload().getTriggerId())
                            .view(FixMetricModal.view(win.get().metric(), metadata))));
    return ctx.ack();
  }
}
