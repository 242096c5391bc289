package app.receipts.evidence;

import static app.receipts.evidence.EvidenceIds.COMPETENCY_BLOCK;
import static app.receipts.evidence.EvidenceIds.INPUT;
import static app.receipts.evidence.EvidenceIds.NOTE_BLOCK;
import static app.receipts.evidence.EvidenceIds.OWNER_BLOCK;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.usersSelect;

import app.receipts.entries.Competency;
import app.receipts.slack.BlockKit;
import app.receipts.slack.Dates;
import app.receipts.slack.SlackMarkup;
import app.receipts.slack.SlackText;
import app.receipts.slack.Views;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The "Save as evidence" modal: the quoted message, then competency, note and whose it is. */
final class PraiseModal {
  private PraiseModal() {}

  record Choice(Competency competency, String note, String ownerId) {}

  static View view(PraiseDraft draft, LocalDate day, Competency suggested, String metadata) {
    String from =
        (draft.authorUserId() == null ? "Unknown author" : "From <@" + draft.authorUserId() + ">")
            + " · "
            + Dates.day(day)
            + (draft.problem() == null ? "" : " · " + draft.problem());
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(BlockKit.text(SlackText.quoteSafe(SlackMarkup.live(draft.text()), 2800, "")));
    blocks.add(BlockKit.note(from));
    blocks.add(PraiseFields.competency(suggested));
    blocks.add(PraiseFields.note(null));
    blocks.add(
        input(
            i ->
                i.blockId(OWNER_BLOCK)
                    .label(plainText("Whose evidence"))
                    .hint(plainText("Someone else? They choose whether to keep it."))
                    .element(usersSelect(u -> u.actionId(INPUT).initialUser(draft.saverId())))));
    return View.builder()
        .type("modal")
        .callbackId(EvidenceIds.MODAL)
        .title(Views.title("Save as evidence"))
        .submit(Views.submit("Keep it"))
        .close(Views.close("Cancel"))
        .privateMetadata(metadata)
        .blocks(blocks)
        .build();
  }

  static Choice read(ViewState state, String fallbackOwner) {
    Map<String, Map<String, ViewState.Value>> values =
        state == null || state.getValues() == null ? Map.of() : state.getValues();
    ViewState.Value competency = value(values, COMPETENCY_BLOCK);
    ViewState.Value note = value(values, NOTE_BLOCK);
    ViewState.Value owner = value(values, OWNER_BLOCK);
    Competency chosen =
        competency == null || competency.getSelectedOption() == null
            ? null
            : Competency.fromId(competency.getSelectedOption().getValue()).orElse(null);
    String noteText =
        note == null || note.getValue() == null || note.getValue().isBlank()
            ? null
            : note.getValue();
    String ownerId =
        owner == null || owner.getSelectedUser() == null ? fallbackOwner : owner.getSelectedUser();
    return new Choice(chosen, noteText, ownerId);
  }

  private static ViewState.Value value(
      Map<String, Map<String, ViewState.Value>> values, String block) {
    Map<String, ViewState.Value> inBlock = values.get(block);
    return inBlock == null ? null : inBlock.get(INPUT);
  }
}
