package app.receipts.capture;

import static app.receipts.capture.CaptureIds.COMPETENCY_BLOCK;
import static app.receipts.capture.CaptureIds.IMPACT_BLOCK;
import static app.receipts.capture.CaptureIds.INPUT;
import static app.receipts.capture.CaptureIds.LINKS_BLOCK;
import static app.receipts.capture.CaptureIds.METRIC_BLOCK;
import static app.receipts.capture.CaptureIds.TEXT_BLOCK;
import static app.receipts.capture.CaptureIds.WHEN_BLOCK;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import app.receipts.entries.Competency;
import app.receipts.slack.Views;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The win modal: built from a draft (new) or an entry (edit), and read back from view state. */
final class WinModal {
  /** The checkbox that marks a new win's metric pending, for the metric follow-up. */
  static final String METRIC_LATER_BLOCK = "metric_later";

  private static final String LATER = "later";

  private WinModal() {}

  static View view(WinDraft draft, String privateMetadata, boolean editing) {
    List<OptionObject> options =
        Arrays.stream(Competency.values()).map(c -> option(plainText(c.label()), c.id())).toList();
    OptionObject initialCompetency =
        draft.competency() == null
            ? null
            : option(plainText(draft.competency().label()), draft.competency().id());
    List<LayoutBlock> blocks =
        new ArrayList<>(
            List.of(
                input(
                    i ->
                        i.blockId(TEXT_BLOCK)
                            .label(plainText("What did you ship or achieve?"))
                            .element(
                                plainTextInput(
                                    p ->
                                        p.actionId(INPUT)
                                            .multiline(true)
                                            .maxLength(WinRules.MAX_TEXT)
                                            .initialValue(draft.text())
                                            .placeholder(
                                                plainText(
                                                    "Reduced p95 latency from 1.8s to 210ms by adding"
                                                        + " a composite index"))))),
                input(
                    i ->
                        i.blockId(IMPACT_BLOCK)
                            .optional(true)
                            .label(plainText("Impact — who or what got better?"))
                            .element(
                                plainTextInput(
                                    p ->
                                        p.actionId(INPUT)
                                            .multiline(true)
                                            .maxLength(WinRules.MAX_TEXT)
                                            .initialValue(draft.impact())))),
                input(
                    i ->
                        i.blockId(METRIC_BLOCK)
                            .optional(true)
                            .label(plainText("Metric"))
                            .hint(
                                plainText(
                                    "Before → after, a percentage, a multiple. Left empty, we look for one in your text and impact."))
                            .element(
                                plainTextInput(
                                    p ->
                                        p.actionId(INPUT)
                                            .maxLength(WinRules.MAX_METRIC)
                                            .initialValue(draft.metric())))),
                input(
                    i ->
                        i.blockId(COMPETENCY_BLOCK)
                            .optional(true)
                            .label(plainText("Competency"))
                            .hint(plainText("Left empty, we suggest one from your text."))
                            .element(
                                staticSelect(
                                    s ->
                                        s.actionId(INPUT)
                                            .options(options)
                                            .initialOption(initialCompetency)))),
                input(
                    i ->
                        i.blockId(LINKS_BLOCK)
                            .optional(true)
                            .label(plainText("Links"))
                            .hint(plainText("PR, ticket, doc: one per line, http(s) only."))
                            .element(
                                plainTextInput(
                                    p ->
                                        p.actionId(INPUT)
                                            .multiline(true)
                                            .initialValue(
                                                draft.links().isEmpty()
                                                    ? null
                                                    : String.join("\n", draft.links()))))),
                input(
                    i ->
                        i.blockId(WHEN_BLOCK)
                            .label(plainText("When"))
                            .element(
                                datePicker(
                                    d ->
                                        d.actionId(INPUT)
                                            .initialDate(
                                                draft.occurredOn() == null
                                                    ? null
                                                    : draft.occurredOn().toString()))))));
    if (!editing) {
      // last, so the fields keep their places; an edit is the number (or not) already
      blocks.add(metricLater());
    }
    return View.builder()
        .type("modal")
        .callbackId(CaptureIds.MODAL)
        .title(Views.title(editing ? "Edit win" : "Log a win"))
        .submit(Views.submit(editing ? "Save changes" : "Save win"))
        .close(Views.close("Cancel"))
        .privateMetadata(privateMetadata)
        .blocks(blocks)
        .build();
  }

  private static LayoutBlock metricLater() {
    OptionObject later =
        OptionObject.builder()
            .text(plainText("I'll have the number later"))
            .description(plainText("In about two weeks I'll DM you to ask for it."))
            .value(LATER)
            .build();
    return input(
        i ->
            i.blockId(METRIC_LATER_BLOCK)
                .optional(true)
                .label(plainText("No number yet?"))
                .element(checkboxes(c -> c.actionId(INPUT).options(List.of(later)))));
  }

  /** True when "I'll have the number later" was ticked; a new win's modal only has it. */
  static boolean metricLater(ViewState state) {
    Map<String, Map<String, ViewState.Value>> values =
        state == null || state.getValues() == null ? Map.of() : state.getValues();
    ViewState.Value value = value(values, METRIC_LATER_BLOCK);
    return value != null
        && value.getSelectedOptions() != null
        && value.getSelectedOptions().stream().anyMatch(o -> LATER.equals(o.getValue()));
  }

  /** Reads the submitted values; a missing or garbled field reads as empty. */
  static WinDraft read(ViewState state) {
    Map<String, Map<String, ViewState.Value>> values =
        state == null || state.getValues() == null ? Map.of() : state.getValues();
    ViewState.Value competency = value(values, COMPETENCY_BLOCK);
    String competencyId =
        competency == null || competency.getSelectedOption() == null
            ? null
            : competency.getSelectedOption().getValue();
    return new WinDraft(
        text(values, TEXT_BLOCK),
        text(values, IMPACT_BLOCK),
        text(values, METRIC_BLOCK),
        competencyId == null ? null : Competency.fromId(competencyId).orElse(null),
        WinRules.splitLinks(text(values, LINKS_BLOCK)),
        date(value(values, WHEN_BLOCK)));
  }

  private static ViewState.Value value(
      Map<String, Map<String, ViewState.Value>> values, String block) {
    Map<String, ViewState.Value> inBlock = values.get(block);
    return inBlock == null ? null : inBlock.get(INPUT);
  }

  private static String text(Map<String, Map<String, ViewState.Value>> values, String block) {
    ViewState.Value value = value(values, block);
    return value == null ? null : value.getValue();
  }

  private static LocalDate date(ViewState.Value value) {
    if (value == null || value.getSelectedDate() == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.getSelectedDate());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
