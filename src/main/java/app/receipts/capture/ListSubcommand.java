package app.receipts.capture;

import app.receipts.entries.Entry;
import app.receipts.entries.EntryReads;
import app.receipts.slack.Messenger;
import app.receipts.slack.Subcommand;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** /win list: the user's last 10 entries, with ids for edit and delete and a pin menu each. */
final class ListSubcommand implements Subcommand {
  private static final int SHOWN = 10;
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
    return "`/win list` — your last 10 entries, with their ids; pin one or leave it out of packets";
  }

  @Override
  public boolean accepts(String args) {
    return args.isEmpty();
  }

  @Override
  public Response handle(SlashCommandRequest req, SlashCommandContext ctx, String args) {
    List<LayoutBlock> blocks = blocks(entries, ctx.getTeamId(), ctx.getRequestUserId());
    return Messenger.ack("Your latest entries", blocks);
  }

  /** The list as it reads now: also how a pin menu on one of its rows redraws it. */
  static List<LayoutBlock> blocks(EntryReads entries, String teamId, String userId) {
    List<Entry> recent = entries.recent(teamId, userId, SHOWN, 0);
    return CaptureBlocks.list(recent, entries.count(teamId, userId));
  }
}
