package app.receipts.conversations;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;

import app.receipts.packet.Period;
import app.receipts.slack.BlockKit;
import app.receipts.slack.SlackText;
import app.receipts.slack.Views;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bonus modal: the period, the company's goals for it, and the ask. */
final class BonusForm {
  static final String GOALS = "goals";
  static final String ASK = "ask";
  static final int GOALS_LENGTH = 2000;
  static final int MAX_GOALS = 10;
  static final int GOAL_LENGTH = 200;

  View view(String period) {
    return View.builder()
        .type("modal")
        .callbackId(ConversationIds.BONUS_MODAL)
        .title(Views.title("Ask for a bonus"))
        .submit(Views.submit("Prepare it"))
        .close(Views.close("Cancel"))
        .blocks(
            List.of(
                BlockKit.text(
                    "I'll group your measured wins by outcome, add up what adds up, tie them to"
                        + " the company's goals and outline the ask. Only you will see it."),
                Forms.period(period),
                Forms.text(
                    GOALS,
                    "The company's goals for the period",
                    "Optional; one per line, up to ten",
                    true,
                    GOALS_LENGTH),
                InputBlock.builder()
                    .blockId(ASK)
                    .label(plainText("Your ask"))
                    .hint(plainText("Optional: an amount ($5,000, €4k) or a percentage (10%)"))
                    .optional(true)
                    .element(plainTextInput(p -> p.actionId(Forms.INPUT).maxLength(Ask.MAX_LENGTH)))
                    .build()))
        .build();
  }

  Submission read(ViewState state, LocalDate today) {
    Map<String, String> errors = new LinkedHashMap<>();
    String text = Forms.value(state, GOALS);
    List<String> goals = Lines.of(text);
    int length = SlackText.characters(text);
    if (length > GOALS_LENGTH) {
      errors.put(
          GOALS, "That's " + length + " characters. List the goals one per line, ten at most.");
    } else if (goals.size() > MAX_GOALS) {
      errors.put(
          GOALS,
          "That's "
              + goals.size()
              + " goals. Keep the ten (at most) the company set for this period.");
    } else {
      int i = Lines.firstLongerThan(goals, GOAL_LENGTH);
      if (i >= 0) {
        errors.put(
            GOALS,
            "Goal " + (i + 1) + " is too long; a goal is a line of " + GOAL_LENGTH + " at most.");
      }
    }
    String ask = null;
    try {
      ask = Ask.parse(Forms.value(state, ASK)).map(Ask::written).orElse(null);
    } catch (IllegalArgumentException e) {
      errors.put(ASK, e.getMessage());
    }
    Period period = Forms.period(state, today, errors);
    if (!errors.isEmpty()) {
      return Submission.refused(errors);
    }
    return new Submission(Map.of(), period, Inputs.bonus(goals, ask));
  }
}
