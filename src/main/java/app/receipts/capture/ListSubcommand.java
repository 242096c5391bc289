package app.receipts.capture;

import app.receipts.entries.Entry;
import app.receipts.entries.EntryReads;
import app.receipts.slack.Subcommand;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.util.List;

/** /win list: the user's last 10 entries, with ids for edit and delete. */
final class ListSubcommand implements Subcommand {
  private final EntryReads entries;

  ListSubcommand(EntryReads entries) {
    this.entries = entries;
  }

  @Override
  public String name() {
    return "list";
  }

  @Override
  public String help() {
    return "`/win list` — your last 10 entries, with their ids";
  }

  @Override
  public boolean accepts(String args) {
    return args.isEmpty();
  }

  @Override
  public Response handle(SlashCommandRequest req, SlashCommandContext ctx, String args) {
    String teamId = ctx.getTeamId();
    String userId = ctx.getRequestUserId();
    List<Entry> recent = entries.recent(teamId, userId, 10, 0);
    int total = entries.count(teamId, userId);
    return ctx.ack(
        r ->
            r.responseType("ephemeral")
                .text("Your last " + recent.size() + " entries")
                .blocks(CaptureBlocks.list(recent, total)));
  }
}
