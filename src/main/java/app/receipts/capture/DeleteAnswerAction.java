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

/**
 * The answer to /win delete's question: Delete it removes the clicker's own entry (the id in the
 * button is only a hint, the delete is scoped to them), Keep it leaves it; either way the question
 * is replaced by what happened.
 */
final class DeleteAnswerAction implements BlockActionHandler {
  private final EntryService entries;
  private final EntryReads reads;
  private final boolean delete;

  private DeleteAnswerAction(EntryService entries, EntryReads reads, boolean delete) {
    this.entries = entries;
    this.reads = reads;
    this.delete = delete;
  }

  static DeleteAnswerAction confirm(EntryService entries, EntryReads reads) {
    return new DeleteAnswerAction(entries, reads, true);
  }

  static DeleteAnswerAction keep(EntryService entries, EntryReads reads) {
    return new DeleteAnswerAction(entries, reads, false);
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    Optional<Long> id = EntryIds.parse(req.getPayload().getActions().get(0).getValue());
    String text;
    if (delete) {
      Optional<Entry> deleted =
          id.flatMap(found -> entries.delete(ctx.getTeamId(), ctx.getRequestUserId(), found));
      text =
          deleted
              .map(e -> ":wastebasket: Deleted " + CaptureBlocks.deletable(e) + ".")
              .orElse("That entry was already deleted, or it isn't yours to delete.");
    } else {
      text =
          id.flatMap(found -> reads.find(ctx.getTeamId(), ctx.getRequestUserId(), found))
              .map(e -> "Kept " + CaptureBlocks.deletable(e) + ". Nothing was deleted.")
              .orElse("Nothing was deleted.");
    }
    Messenger.reply(req, ctx, text, true);
    return ctx.ack();
  }
}
