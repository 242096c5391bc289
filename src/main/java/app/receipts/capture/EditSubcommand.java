package app.receipts.capture;

import app.receipts.entries.EntryIds;
import app.receipts.slack.Subcommand;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/** /win edit <id>: the Edit button for keyboard users, for a win or kept praise. */
final class EditSubcommand implements Subcommand {
  private final EditWinAction editor;

  EditSubcommand(EditWinAction editor) {
    this.editor = editor;
  }

  @Override
  public String name() {
    return "edit";
  }

  @Override
  public String help() {
    return "`/win edit <id>` — change one of your wins, or your note and competency on saved"
        + " praise (ids are in `/win list`)";
  }

  @Override
  public boolean accepts(String args) {
    return EntryIds.parse(args).isPresent();
  }

  @Override
  public Response handle(SlashCommandRequest req, SlashCommandContext ctx, String args) {
    editor.openEditor(
        ctx.client(),
        req.getPayload().getTriggerId(),
        ctx.getTeamId(),
        ctx.getRequestUserId(),
        EntryIds.parse(args),
        req.getPayload().getChannelId());
    return ctx.ack();
  }
}
