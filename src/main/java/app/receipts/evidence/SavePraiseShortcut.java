package app.receipts.evidence;

import app.receipts.people.People;
import app.receipts.rules.PersonalLexicon;
import app.receipts.rules.Rules;
import app.receipts.slack.Metadata;
import app.receipts.slack.SlackCalls;
import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.handler.builtin.MessageShortcutHandler;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.Message;
import java.time.ZoneId;

/** "Save as evidence" on any message: a draft of what the payload carries, then the modal. */
final class SavePraiseShortcut implements MessageShortcutHandler {
  private final PraiseService praise;
  private final People people;

  SavePraiseShortcut(PraiseService praise, People people) {
    this.praise = praise;
    this.people = people;
  }

  @Override
  public Response apply(MessageShortcutRequest req, MessageShortcutContext ctx) {
    MessageShortcutPayload payload = req.getPayload();
    Message message = payload.getMessage();
    String teamId = ctx.getTeamId();
    String saverId = ctx.getRequestUserId();
    // kept as Slack sent it (markup and entities): each surface renders it, see SlackMarkup
    String text = message == null || message.getText() == null ? "" : message.getText();
    String problem = null;
    int extras =
        message == null
            ? 0
            : (message.getFiles() == null ? 0 : message.getFiles().size())
                + (message.getAttachments() == null ? 0 : message.getAttachments().size());
    if (message != null
        && (message.getBotId() != null || "bot_message".equals(message.getSubtype()))) {
      problem = "a bot's message: kept as it reads, not linked to a person";
    }
    if (text.isBlank()) {
      text =
          "(This message had no text"
              + (extras > 0 ? ", only " + extras + " attachment(s)" : "")
              + ".)";
      problem = "attachments and files are not kept, only a note that they were there";
    }
    String channelId = payload.getChannel() == null ? "" : payload.getChannel().getId();
    String ts = message == null || message.getTs() == null ? "" : message.getTs();
    String author = message == null ? null : message.getUser();
    PraiseDraft draft = praise.draft(teamId, saverId, channelId, ts, author, text, problem);
    ZoneId zone = people.zone(teamId, saverId);
    String metadata = Metadata.write(new PraiseModalMetadata(draft.id()));
    SlackCalls.ok(
        "views.open",
        () ->
            ctx.client()
                .viewsOpen(
                    r ->
                        r.triggerId(payload.getTriggerId())
                            .view(
                                PraiseModal.view(
                                    draft,
                                    MessageDay.of(ts, zone, people.today(teamId, saverId)),
                                    Rules.read(draft.text(), PersonalLexicon.EMPTY)
                                        .competency()
                                        .top(),
                                    metadata))));
    people.seen(teamId, saverId);
    return ctx.ack();
  }
}
