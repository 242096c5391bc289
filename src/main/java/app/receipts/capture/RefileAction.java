package app.receipts.capture;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import app.receipts.entries.EntryReads;
import app.receipts.entries.EntryService;
import app.receipts.entries.RuleCorrection;
import app.receipts.rules.PersonalLexicon;
import app.receipts.slack.Messenger;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * A competency button under a guessed win: re-files the owner's own win and, in the same
 * transaction, keeps the correction, so the rules read that person's next win with those words
 * their way. The ack shows the result.
 */
final class RefileAction implements BlockActionHandler {
  private final EntryService entries;
  private final EntryReads reads;
  private final Executor executor;

  RefileAction(EntryService entries, EntryReads reads, Executor executor) {
    this.entries = entries;
    this.reads = reads;
    this.executor = executor;
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
                        .filter(entry -> entry.kind() == Entry.Kind.WIN)
                        .flatMap(entry -> refile(entry, value.competency())));
    if (updated.isEmpty()) {
      return Messenger.answer(
          executor, req, ctx, "That win was removed, or it isn't yours to change.", false);
    }
    Entry win = updated.get();
    return Messenger.answer(
        executor,
        req,
        ctx,
        "Updated your win.",
        CaptureBlocks.saved(win, true, List.of(), win.hasMetric()),
        true);
  }

  private Optional<Entry> refile(Entry entry, Competency competency) {
    if (entry.competency() == competency) {
      // a second click on the same button: nothing new to learn
      return Optional.of(entry);
    }
    RuleCorrection correction =
        new RuleCorrection(
            RuleCorrection.Kind.COMPETENCY,
            PersonalLexicon.wordsOf(entry.text()),
            entry.competency().id(),
            competency.id());
    return entries.update(
        entry.toBuilder().competency(competency).build(), null, List.of(correction));
  }
}
