package app.receipts.conversations;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

import app.receipts.packet.Period;
import app.receipts.packet.PeriodFormatException;
import app.receipts.packet.PeriodParser;
import app.receipts.slack.Mrkdwn;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.view.ViewState;
import java.time.LocalDate;
import java.util.Map;

/** The pieces both modals are made of, and reading their state back. */
final class Forms {
  static final String INPUT = "input";
  static final String PERIOD = "period";

  /** PeriodParser refuses anything longer. */
  static final int PERIOD_LENGTH = 64;

  private Forms() {}

  static InputBlock period(String initial) {
    return InputBlock.builder()
        .blockId(PERIOD)
        .label(plainText("Period"))
        .hint(plainText("Since your last review by default; or 2026-H1, Q3, last 90 days"))
        .element(
            plainTextInput(p -> p.actionId(INPUT).initialValue(initial).maxLength(PERIOD_LENGTH)))
        .build();
  }

  static InputBlock text(
      String blockId, String label, String hint, boolean optional, int maxLength) {
    return InputBlock.builder()
        .blockId(blockId)
        .label(plainText(label))
        .hint(plainText(hint))
        .optional(optional)
        .element(plainTextInput(p -> p.actionId(INPUT).multiline(true).maxLength(maxLength)))
        .build();
  }

  /** An optional one-line text field. */
  static InputBlock line(String blockId, String label, String hint, int maxLength) {
    return InputBlock.builder()
        .blockId(blockId)
        .label(plainText(label))
        .hint(plainText(hint))
        .optional(true)
        .element(plainTextInput(p -> p.actionId(INPUT).maxLength(maxLength)))
        .build();
  }

  static String value(ViewState state, String block) {
    ViewState.Value value = at(state, block);
    return value == null ? null : value.getValue();
  }

  /** The period field read in the person's {@code today}; null, with its error put, when bad. */
  static Period period(ViewState state, LocalDate today, Map<String, String> errors) {
    try {
      String typed = value(state, PERIOD);
      return new PeriodParser().parse(typed == null ? "" : typed, today);
    } catch (PeriodFormatException e) {
      errors.put(PERIOD, Mrkdwn.truncate(e.getMessage(), 150));
      return null;
    }
  }

  static String user(ViewState state, String block) {
    ViewState.Value value = at(state, block);
    return value == null ? null : value.getSelectedUser();
  }

  private static ViewState.Value at(ViewState state, String block) {
    if (state == null || state.getValues() == null) {
      return null;
    }
    return state.getValues().getOrDefault(block, Map.of()).get(INPUT);
  }
}
