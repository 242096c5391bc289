package app.receipts.capture;

import app.receipts.entries.EntryIds;
import app.receipts.entries.EntryService;
import app.receipts.slack.Subcommand;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** /win delete <id>: removes one of the user's own entries. */
final class DeleteSubcommand implements Subcommand {
  private final EntryService entries;

  DeleteSubcommand(EntryService entries) {
    this.entries = entries;
  }

  @Override
  public String name() {
    return "delete";
  }

  @Override
  public String help() {
    return "`/win delete <id>` — remove one of your entries";
  }

  @Override
  public boolean accepts(String args) {
    return EntryIds.parse(args).isPresent();
  }

  @Override
  public Response handle(SlashCommandRequest req, SlashCommandContext ctx, String args) {
    long id = EntryIds.parse(args).orElseThrow();
    String text =
        entries
            .delete(ctx.getTeamId(), ctx.getRequestUserId(), id)
            .map(e -> ":wastebasket: Deleted entry #" + e.id() + ".")
            .orElse("You have no entry #" + id + ". `/win list` shows your entries and their ids.");
    return ctx.ack(r -> r.responseType("ephemeral").text(text));
  }
}
