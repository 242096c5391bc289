package app.receipts.capture;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import app.receipts.entries.EntryReads;
import app.receipts.people.People;
import app.receipts.slack.Messenger;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Optional;

/**
 * A competency button under a guessed win: re-files it through the same update as the edit modal,
 * so only the owner's own win changes, and the ack shows the result.
 */
final class RefileAction implements BlockActionHandler {
  private final Wins wins;
  private final EntryReads reads;
  private final People people;

  RefileAction(Wins wins, EntryReads reads, People people) {
    this.wins = wins;
    this.reads = reads;
    this.people = people;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    String teamId = ctx.getTeamId();
    String userId = ctx.getRequestUserId();
    Optional<Entry> updated =
        RefileValue.decode(req.getPayload().getActions().get(0).getValue())
            .flatMap(
                value ->
                    reads
                        .find(teamId, userId, value.entryId())
                        .flatMap(entry -> refile(teamId, userId, entry, value.competency())));
    if (updated.isEmpty()) {
      Messenger.reply(req, ctx, "That win was removed, or it isn't yours to change.", false);
    } else {
      Messenger.reply(
          req, ctx, "Updated your win.", CaptureBlocks.saved(updated.get(), true), true);
    }
    return ctx.ack();
  }

  private Optional<Entry> refile(String teamId, String userId, Entry entry, Competency competency) {
    WinDraft draft = CaptureFlow.draftOf(entry);
    WinDraft refiled =
        new WinDraft(
            draft.text(),
            draft.impact(),
            draft.metric(),
            competency,
            draft.links(),
            draft.occurredOn());
    return wins.updateWin(teamId, userId, entry.id(), refiled, people.today(teamId, userId));
  }
}
