package app.receipts.evidence;

import app.receipts.entries.Entry;
import app.receipts.slack.BlockKit;
import app.receipts.slack.Dates;
import app.receipts.slack.Mrkdwn;
import app.receipts.slack.SlackMarkup;
import app.receipts.slack.SlackText;
import app.receipts.slack.Views;
import app.receipts.slack.WebLinks;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;

/**
 * Editing kept praise: the author's words, name, date and link shown read-only, then the owner's
 * own competency and note, prefilled.
 */
final class PraiseEditModal {
  static final int MAX_NOTE = PraiseFields.MAX_NOTE;

  private PraiseEditModal() {}

  static View view(Entry praise, String metadata) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(BlockKit.note(SlackText.quoteSafe(SlackMarkup.live(praise.text()), 2900, "")));
    blocks.add(BlockKit.note(source(praise)));
    blocks.add(PraiseFields.competency(praise.competency()));
    blocks.add(PraiseFields.note(initialNote(praise)));
    return View.builder()
        .type("modal")
        .callbackId(EvidenceIds.EDIT_MODAL)
        .title(Views.title("Edit praise #" + praise.id()))
        .submit(Views.submit("Save"))
        .close(Views.close("Cancel"))
        .privateMetadata(metadata)
        .blocks(blocks)
        .build();
  }

  /** "From @Maya · Jun 3, 2026 · message": the author as Slack shows them, never an id. */
  private static String source(Entry praise) {
    String author =
        praise.authorUserId() == null || !praise.authorUserId().matches("[UW][A-Z0-9]{1,20}")
            ? "Author unknown"
            : "From <@" + praise.authorUserId() + ">";
    String link =
        WebLinks.isWebLink(praise.permalink())
            ? " · " + Mrkdwn.link(praise.permalink(), "message")
            : "";
    return author + " · " + Dates.day(praise.occurredOn()) + link + " · its text is the author's";
  }

  /** A note longer than the input allows would make Slack refuse the whole modal. */
  private static String initialNote(Entry praise) {
    String note = praise.note();
    return note == null || note.length() > MAX_NOTE ? null : note;
  }
}
