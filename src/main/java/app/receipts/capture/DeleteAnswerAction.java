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
 * A button that deletes one of the clicker's entries: Undo under a save's ack, and Delete it under
 * /win delete's question. The id in the button is only a hint: the delete is scoped to the clicker,
 * and the message is replaced by what happened. {@link #keep} answers the question's Keep it. The
 * delete commits before the ack; the reply goes out after it on {@code executor}, so a slow
 * response_url never holds the ack past Slack's 3 s.
 */
final class DeleteAnswerAction implements BlockActionHandler {
  private final EntryService entries;
  private final EntryReads reads;
  private final boolean undo;
  private final Executor executor;

  private DeleteAnswerAction(
      EntryService entries, EntryReads reads, boolean undo, Executor executor) {
    this.entries = entries;
    this.reads = reads;
    this.undo = undo;
    this.executor = executor;
  }

  /** Delete it under /win delete's question: the person asked and confirmed. */
  static DeleteAnswerAction confirmed(EntryService entries, EntryReads reads, Executor executor) {
    return new DeleteAnswerAction(entries, reads, false, executor);
  }

  /**
   * Undo under a save's ack: takes back the save, so only while the win is as saved. One changed
   * since (edited, re-filed, metric fixed) stays, and the person is told how to delete it.
   */
  static DeleteAnswerAction undo(EntryService entries, EntryReads reads, Executor executor) {
    return new DeleteAnswerAction(entries, reads, true, executor);
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    String teamId = ctx.getTeamId();
    String userId = ctx.getRequestUserId();
    Optional<Long> id = id(req);
    Optional<Entry> deleted =
        id.flatMap(
            found ->
                undo
                    ? entries.deleteUnedited(teamId, userId, found)
                    : entries.delete(teamId, userId, found));
    if (deleted.isPresent()) {
      String text =
          ":wastebasket: Deleted "
              + CaptureBlocks.deletable(deleted.get())
              + ". Nothing of it is kept.";
      return Messenger.answer(executor, req, ctx, text, true);
    }
    Optional<Entry> kept = id.flatMap(found -> reads.find(teamId, userId, found));
    if (undo && kept.isPresent()) {
      String text =
          CaptureBlocks.deletable(kept.get())
              + " changed after you saved it, so Undo no longer applies and nothing was deleted."
              + " `/win delete "
              + kept.get().id()
              + "` deletes it (it asks first).";
      return Messenger.answer(executor, req, ctx, capitalised(text), false);
    }
    return Messenger.answer(
        executor, req, ctx, "That entry was already deleted, or it isn't yours to delete.", true);
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
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
