package app.receipts.evidence;

import app.receipts.entries.Entry;
import app.receipts.entries.EntryFormat;
import app.receipts.slack.BlockKit;
import app.receipts.slack.Dates;
import app.receipts.slack.Messenger;
import app.receipts.slack.Mrkdwn;
import app.receipts.slack.SlackCallException;
import app.receipts.slack.SlackCalls;
import app.receipts.slack.SlackClients;
import app.receipts.slack.SlackText;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a save is stored: fetch the permalink, tell the saver what happened (and what could not be
 * kept), and ask the owner to keep or discard praise someone saved for them.
 */
final class PraiseFollowUp {
  private static final Logger log = LoggerFactory.getLogger(PraiseFollowUp.class);

  private final PraiseService praise;
  private final Messenger messenger;
  private final SlackClients slack;

  PraiseFollowUp(PraiseService praise, Messenger messenger, SlackClients slack) {
    this.praise = praise;
    this.messenger = messenger;
    this.slack = slack;
  }

  void after(PraiseDraft draft, PraiseService.Saved saved) {
    Entry entry = saved.entry();
    String missing = draft.problem() == null ? "" : " Note: " + draft.problem() + ".";
    if (entry.permalink() == null
        && (saved.outcome() == PraiseService.Outcome.KEPT
            || saved.outcome() == PraiseService.Outcome.HELD_FOR_OWNER)) {
      try {
        String permalink =
            SlackCalls.ok(
                    "chat.getPermalink",
                    () ->
                        slack
                            .forTeam(draft.teamId())
                            .chatGetPermalink(
                                r -> r.channel(draft.channelId()).messageTs(draft.messageTs())))
                .getPermalink();
        praise.setPermalink(entry, permalink);
      } catch (SlackCallException e) {
        missing += " " + whyNoLink(e.error());
      }
    }
    String owner = "<@" + entry.userId() + ">";
    String text =
        switch (saved.outcome()) {
          case KEPT -> ":receipt: Kept as evidence (" + entry.competency().label() + ")." + missing;
          case NOTE_UPDATED -> "You already kept this message — I updated your note.";
          case HELD_FOR_OWNER ->
              ":outbox_tray: Sent to "
                  + owner
                  + ": it joins their evidence only if they keep it."
                  + missing;
          case ALREADY_WITH_OWNER -> owner + " already has this message in their evidence.";
        };
    if (saved.outcome() == PraiseService.Outcome.HELD_FOR_OWNER) {
      try {
        askOwner(draft, entry);
      } catch (SlackCallException e) {
        // praise the owner was never asked about would wait for their consent forever, unseen
        praise.discard(draft.teamId(), entry.userId(), entry.id());
        text =
            ":warning: I couldn't send it to "
                + owner
                + " ("
                + e.error()
                + "), so nothing was saved for them. Please use *Save as evidence* again in a"
                + " moment.";
      }
    }
    try {
      messenger.tell(draft.teamId(), draft.channelId(), draft.saverId(), text, List.of());
    } catch (SlackCallException e) {
      log.warn("Could not tell a saver how their save went: {}", e.error());
    }
  }

  private void askOwner(PraiseDraft draft, Entry entry) {
    String text = "<@" + draft.saverId() + "> kept this praise for you";
    String id = Long.toString(entry.id());
    // who wrote it and why it was kept for them: the owner decides on what they can see
    String author = entry.authorUserId() == null ? "" : "\n— <@" + entry.authorUserId() + ">";
    String note =
        entry.note() == null || entry.note().isBlank()
            ? ""
            : "\n*Their note:* " + SlackText.fit(Mrkdwn.escape(entry.note().strip()), 500, "…");
    List<LayoutBlock> blocks =
        List.of(
            BlockKit.text(
                ":gift: *"
                    + text
                    + "*\n"
                    + EntryFormat.quote(entry, 2000)
                    + author
                    + note
                    + "\n_"
                    + Dates.day(entry.occurredOn())
                    + " · "
                    + entry.competency().label()
                    + "_"),
            BlockKit.buttons(
                BlockKit.primary(EvidenceIds.KEEP, "Keep", id),
                BlockKit.button(EvidenceIds.DISCARD, "Discard", id)));
    messenger.dm(draft.teamId(), entry.userId(), text, blocks);
  }

  static String whyNoLink(String error) {
    return switch (error) {
      case "channel_not_found", "not_in_channel" ->
          "I couldn't link to the message: it's in a channel I'm not in.";
      case "message_not_found" -> "I couldn't link to the message: it seems to have been deleted.";
      default -> "I couldn't link to the message (" + error + ").";
    };
  }
}
