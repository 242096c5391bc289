package app.receipts.capture;

import app.receipts.entries.Entry;
import app.receipts.entries.EntryIds;
import app.receipts.entries.EntryService;
import app.receipts.slack.Messenger;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.Optional;

/** The Undo button under a saved win: deletes it and replaces the reply with a confirmation. */
final class UndoWinAction implements BlockActionHandler {
  private final EntryService entries;

  UndoWinAction(EntryService entries) {
    this.entries = entries;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx)
      throws IOException, SlackApiException {
    Optional<Entry> deleted =
        EntryIds.parse(req.getPayload().getActions().get(0).getValue())
            .flatMap(id -> entries.delete(ctx.getTeamId(), ctx.getRequestUserId(), id));
    String text =
        deleted
            .map(e -> ":wastebasket: Removed win #" + e.id() + ". Nothing of it is kept.")
            .orElse("That win was already removed, or it isn't yours to remove.");
    Messenger.reply(req, ctx, text, true);
    return ctx.ack();
  }
}
