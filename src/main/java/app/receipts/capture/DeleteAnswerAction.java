package app.receipts.capture;

import app.receipts.entries.Entry;
import app.receipts.entries.EntryIds;
import app.receipts.entries.EntryReads;
import app.receipts.entries.EntryService;
import app.receipts.slack.Messenger;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * A button that deletes one of the clicker's entries: Undo under a fresh ack, and Delete it under
 * /win delete's question. The id in the button is only a hint: the delete is scoped to the clicker,
 * and the message is replaced by what happened. {@link #keep} answers the question's Keep it. The
 * delete commits before the ack; the reply goes out after it on {@code executor}, so a slow
 * response_url never holds the ack past Slack's 3 s.
 */
final class DeleteAnswerAction implements BlockActionHandler {
  private final EntryService entries;
  private final Executor executor;

  DeleteAnswerAction(EntryService entries, Executor executor) {
    this.entries = entries;
    this.executor = executor;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    Optional<Entry> deleted =
        id(req).flatMap(found -> entries.delete(ctx.getTeamId(), ctx.getRequestUserId(), found));
    String text =
        deleted
            .map(
                e ->
                    ":wastebasket: Deleted "
                        + CaptureBlocks.deletable(e)
                        + ". Nothing of it is kept.")
            .orElse("That entry was already deleted, or it isn't yours to delete.");
    return Messenger.answer(executor, req, ctx, text, true);
  }

  /** Keep it: nothing changes, and the question says so. */
  static BlockActionHandler keep(EntryReads reads, Executor executor) {
    return (req, ctx) -> {
      String text =
          id(req)
              .flatMap(found -> reads.find(ctx.getTeamId(), ctx.getRequestUserId(), found))
              .map(e -> "Kept " + CaptureBlocks.deletable(e) + ". Nothing was deleted.")
              .orElse("Nothing was deleted.");
      return Messenger.answer(executor, req, ctx, text, true);
    };
  }

  private static Optional<Long> id(BlockActionRequest req) {
    return EntryIds.parse(req.getPayload().getActions().get(0).getValue());
  }
}
