package app.receipts.capture;

import app.receipts.entries.Entry;
import app.receipts.entries.EntryIds;
import app.receipts.entries.EntryReads;
import app.receipts.evidence.PraiseEditor;
import app.receipts.slack.Metadata;
import app.receipts.slack.SlackCalls;
import app.receipts.slack.UserFacingException;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import java.util.Optional;

/** The Edit button: opens the modal prefilled with the owner's entry (praise: its own modal). */
public final class EditWinAction implements BlockActionHandler {
  private final EntryReads entries;
  private final PraiseEditor praise;

  public EditWinAction(EntryReads entries, PraiseEditor praise) {
    this.entries = entries;
    this.praise = praise;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    String value = req.getPayload().getActions().get(0).getValue();
    String channelId =
        req.getPayload().getChannel() == null ? null : req.getPayload().getChannel().getId();
    openEditor(
        ctx.client(),
        req.getPayload().getTriggerId(),
        ctx.getTeamId(),
        ctx.getRequestUserId(),
        EntryIds.parse(value),
        channelId);
    return ctx.ack();
  }

  /** Shared with `/win edit <id>`: the entry must belong to the person asking. */
  public void openEditor(
      MethodsClient client,
      String triggerId,
      String teamId,
      String userId,
      Optional<Long> id,
      String channelId) {
    Entry entry =
        id.flatMap(found -> entries.find(teamId, userId, found))
            .orElseThrow(
                () ->
                    new UserFacingException(
                        "I can't find that entry among yours. `/win list` shows your entries and"
                            + " their ids."));
    if (entry.kind() == Entry.Kind.PRAISE) {
      praise.open(client, triggerId, entry, channelId);
      return;
    }
    String metadata = Metadata.write(new WinModalMetadata(entry.id(), channelId));
    SlackCalls.ok(
        "views.open",
        () ->
            client.viewsOpen(
                r ->
                    r.triggerId(triggerId)
                        .view(WinModal.view(CaptureFlow.draftOf(entry), metadata, true))));
  }
}
