package app.receipts.evidence;

import static app.receipts.evidence.EvidenceIds.COMPETENCY_BLOCK;
import static app.receipts.evidence.EvidenceIds.INPUT;
import static app.receipts.evidence.EvidenceIds.NOTE_BLOCK;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import app.receipts.entries.Competency;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.BlockCompositions;
import com.slack.api.model.block.composition.OptionObject;
import java.util.Arrays;
import java.util.List;

/**
 * The competency and note fields that saving praise and editing it both ask for, under the block
 * ids their submissions read back.
 */
final class PraiseFields {
  /** The longest note either modal accepts: a plain_text_input's own limit. */
  static final int MAX_NOTE = 3000;

  private static final List<OptionObject> COMPETENCIES =
      Arrays.stream(Competency.values()).map(PraiseFields::choice).toList();

  private PraiseFields() {}

  static LayoutBlock competency(Competency initial) {
    return input(
        i ->
            i.blockId(COMPETENCY_BLOCK)
                .label(plainText("Competency"))
                .element(
                    staticSelect(
                        s ->
                            s.actionId(INPUT)
                                .options(COMPETENCIES)
                                .initialOption(choice(initial)))));
  }

  /** {@code initial}: the note already kept, or null for an empty field. */
  static LayoutBlock note(String initial) {
    return input(
        i ->
            i.blockId(NOTE_BLOCK)
                .optional(true)
                .label(plainText("Note — why it matters"))
                .element(
                    plainTextInput(
                        p ->
                            p.actionId(INPUT)
                                .multiline(true)
                                .maxLength(MAX_NOTE)
                                .initialValue(initial))));
  }

  private static OptionObject choice(Competency competency) {
    return BlockCompositions.option(plainText(competency.label()), competency.id());
  }
}
