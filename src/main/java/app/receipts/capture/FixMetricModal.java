package app.receipts.capture;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

import app.receipts.slack.Views;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.List;
import java.util.Map;

/** The small modal behind Fix metric: the win's metric line, pre-filled, to correct. */
final class FixMetricModal {
  private FixMetricModal() {}

  static View view(String metric, String privateMetadata) {
    return View.builder()
        .type("modal")
        .callbackId(CaptureIds.FIX_METRIC_MODAL)
        .title(Views.title("Fix metric"))
        .submit(Views.submit("Save metric"))
        .close(Views.close("Cancel"))
        .privateMetadata(privateMetadata)
        .blocks(
            List.of(
                input(
                    i ->
                        i.blockId(CaptureIds.METRIC_BLOCK)
                            .label(plainText("Metric"))
                            .hint(
                                plainText(
                                    "What was measured and how it moved, e.g. error rate 2.3% →"
                                        + " 0.4%. Several: separate them with ;"))
                            .element(
                                plainTextInput(
                                    p ->
                                        p.actionId(CaptureIds.INPUT)
                                            .maxLength(WinRules.MAX_METRIC)
                                            .initialValue(metric))))))
        .build();
  }

  /** The submitted line; null when the field is missing or empty. */
  static String read(ViewState state) {
    Map<String, Map<String, ViewState.Value>> values =
        state == null || state.getValues() == null ? Map.of() : state.getValues();
    Map<String, ViewState.Value> block = values.get(CaptureIds.METRIC_BLOCK);
    ViewState.Value value = block == null ? null : block.get(CaptureIds.INPUT);
    return value == null ? null : value.getValue();
  }
}
