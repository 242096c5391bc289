package app.receipts.capture;

import app.receipts.entries.EntryIds;
import app.receipts.entries.EntryReads;
import app.receipts.slack.Messenger;
import app.receipts.slack.Subcommand;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/**
 * /win delete <id>: asks before removing one of the user's own entries, quoting it, since a
 * mistyped id would otherwise take the wrong win for good; {@link DeleteAnswerAction} does what
 * they answer.
 */
final class DeleteSubcommand implements Subcommand {
  private final EntryReads entries;

  DeleteSubcommand(EntryReads entries) {
    this.entries = entries;
  }

  @Override
  public String name() {
    return "delete";
  }

  @Override
  public String help() {
    return "`/win delete <id>` — remove one of your entries (it asks first)";
  }

  @Override
  public boolean accepts(String args) {
    return EntryIds.parse(args).isPresent();
  }

  @Override
  public Response handle(SlashCommandRequest req, SlashCommandContext ctx, String args) {
    long id = EntryIds.parse(args).orElseThrow();
    return entries
        .find(ctx.getTeamId(), ctx.getRequestUserId(), id)
        .map(
            entry ->
                Messenger.ack(
                    "Delete " + CaptureBlocks.deletable(entry) + "? Choose Delete it or Keep it.",
                    CaptureBlocks.deleteQuestion(entry)))
        .orElseGet(
            () ->
                Messenger.ack(
                    "You have no entry #"
                        + id
                        + ". `/win list` shows your entries and their ids."));
  }
}
