package app.receipts.reminders;

import app.receipts.capture.EditWinAction;
import app.receipts.entries.Entry;
import app.receipts.entries.EntryIds;
import app.receipts.entries.EntryReads;
import app.receipts.slack.Messenger;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/** The buttons of a metric follow-up: Add metric (the win's edit modal) and No number for this. */
final class FollowUpActions {
  private static final String NOTED = ":ok_hand: Noted — no number for that one.";
  private final EditWinAction edit;
  private final EntryReads entries;
  private final FollowUpDao dao;
  private final Reminders reminders;
  private final Clock clock;
  private final Executor executor;

  FollowUpActions(
      EditWinAction edit, EntryReads entries, Reminders reminders, Clock clock, Executor executor) {
    this.edit = edit;
    this.entries = entries;
    this.dao = reminders.followUpDao();
    this.reminders = reminders;
    this.clock = clock;
    this.executor = executor;
  }

  /** Opens the edit modal on the win; editing it also means it is never asked about again. */
  BlockActionHandler addMetric() {
    return edit;
  }

  BlockActionHandler noNumber() {
    return (req, ctx) -> {
      String teamId = ctx.getTeamId();
      String userId = ctx.getRequestUserId();
      Optional<Long> id = EntryIds.parse(req.getPayload().getActions().get(0).getValue());
      if (id.isEmpty() || dao.decline(teamId, userId, id.get(), clock.instant()) == 0) {
        return Messenger.answer(executor, req, ctx, "I can't find that win among yours.", false);
      }
      // declined and committed: the follow-up is redrawn beside the ack
      executor.execute(() -> redraw(req, ctx, id.get()));
      return ctx.ack();
    };
  }

  /** The follow-up DM without the declined win's buttons, or a short note where that fails. */
  private void redraw(BlockActionRequest req, ActionContext ctx, long declinedId) {
    String teamId = ctx.getTeamId();
    String userId = ctx.getRequestUserId();
    Optional<String> dm = dao.dmOf(teamId, userId, declinedId);
    List<Entry> wins =
        dm.map(key -> dao.inDm(teamId, userId, key)).orElse(List.of()).stream()
            .flatMap(entryId -> entries.find(teamId, userId, entryId).stream())
            .toList();
    Set<Long> declined = dm.map(key -> dao.declinedInDm(teamId, userId, key)).orElse(Set.of());
    if (wins.isEmpty()) {
      Messenger.reply(req, ctx, NOTED, false);
      return;
    }
    LocalDate today = reminders.today(teamId, userId);
    ClaimedDm.Message message = FollowUpBlocks.message(wins, today, declined);
    Messenger.redraw(req, ctx, message.text(), message.blocks(), NOTED);
  }
}
